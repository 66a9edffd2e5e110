package org.sightline.chronology.internal;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.sightline.assessment.AssessmentManagement;
import org.sightline.assessment.AssessmentView;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.chronology.TriggerFiring;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.person.PersonId;
import org.sightline.person.PersonLink;
import org.sightline.person.PersonLinking;
import org.sightline.person.PersonProfile;
import org.sightline.referral.ReferralManagement;
import org.sightline.referral.ReferralView;
import org.sightline.routing.RoutingDecisionSummary;
import org.sightline.routing.RoutingManagement;
import org.sightline.shared.Actor;
import org.sightline.shared.Violations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A subject access request (UK GDPR Art 15; DPA 2018 s45 for law-enforcement processing): everything
 * held about a person across every record linked to them, as JSON (for the disclosure officer's
 * redaction tools) and as PDF (to read). Made by a supervisor acting for the data protection officer,
 * with the request's reference as the reason; the export is audited as a disclosure.
 */
@Service
public class SubjectAccess {

	/** Everything held about one person, as it stands now. */
	public record Export(Instant generatedAt, String generatedBy, String request, PersonProfile person,
			List<EncounterView> encounters, List<AssessmentView> assessments, List<RoutingDecisionSummary> routingDecisions,
			List<ReferralView> referrals, List<TriggerFiring> triggers) {
	}

	private final PersonLinking linking;
	private final EncounterManagement encounters;
	private final AssessmentManagement assessments;
	private final RoutingManagement routing;
	private final ReferralManagement referrals;
	private final RepeatTriggers triggers;
	private final AuditTrail audit;
	private final Clock clock;

	SubjectAccess(PersonLinking linking, EncounterManagement encounters, AssessmentManagement assessments,
			RoutingManagement routing, ReferralManagement referrals, RepeatTriggers triggers, AuditTrail audit, Clock clock) {
		this.linking = linking;
		this.encounters = encounters;
		this.assessments = assessments;
		this.routing = routing;
		this.referrals = referrals;
		this.triggers = triggers;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @param request the subject access request's reference (the reason for reading everything)
	 * @throws org.sightline.shared.InvalidInputException without a request reference
	 */
	@PreAuthorize("hasRole('SUPERVISOR')")
	@Transactional
	public Export export(Actor actor, PersonId id, String request) {
		if (request == null || request.isBlank() || request.length() > 200) {
			new Violations().add("request", "Give the subject access request’s reference (up to 200 characters)")
				.throwIfAny();
		}
		String reason = "Subject access request " + request.strip();
		PersonProfile person = linking.profile(actor, id, reason);
		Set<UUID> encounterIds = new LinkedHashSet<>();
		Set<UUID> mentions = new LinkedHashSet<>();
		for (PersonLink contact : person.contacts()) {
			encounterIds.add(contact.encounterId());
			mentions.add(contact.sourceId());
		}
		List<EncounterView> read = new ArrayList<>();
		for (UUID encounter : encounterIds) {
			read.add(encounters.view(actor, new EncounterId(encounter)));
		}
		String personRef = person.id().toString();
		Export export = new Export(Instant.now(clock), actor.username(), request.strip(), person, read,
				assessments.forChronology(actor, encounterIds, personRef),
				routing.forChronology(actor, encounterIds, personRef),
				referrals.forChronology(actor, encounterIds, mentions, personRef), triggers.firingsFor(person.records()));
		audit.record(actor, AuditAction.DISCLOSURE, "PERSON", personRef, reason, "subject access export: encounters="
				+ read.size() + "; assessments=" + export.assessments().size() + "; decisions="
				+ export.routingDecisions().size() + "; referrals=" + export.referrals().size());
		return export;
	}

	/** The export as a PDF to read: every section, every record, in plain words. */
	public static byte[] pdf(Export export, ZoneId zone) {
		DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm").withZone(zone);
		Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
		Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
		Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
		var out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 40, 40);
		PdfWriter.getInstance(document, out);
		document.open();
		PersonProfile person = export.person();
		document.add(new Paragraph("Subject access: " + person.displayName(), title));
		document.add(new Paragraph("Request " + export.request() + ". Produced " + when.format(export.generatedAt()) + " by "
				+ export.generatedBy() + ". Review and redact third parties' data before disclosure.", body));
		document.add(new Paragraph("The person", heading));
		lines(document, body, List.of("Name: " + person.displayName(),
				"Date of birth: " + (person.dateOfBirth() == null ? "not recorded" : person.dateOfBirth()),
				"Other names: " + person.names().size() + "; addresses: " + person.addresses().size() + "; phone numbers: "
						+ person.phones().size() + "; identifiers: " + person.identifiers().size(),
				"Records linked: " + person.records().size()));
		person.names().forEach(n -> lines(document, body, List.of("Also known as: " + n)));
		person.addresses().forEach(a -> lines(document, body, List.of("Address: " + a)));
		person.phones().forEach(p -> lines(document, body, List.of("Phone: " + p)));
		document.add(new Paragraph("Encounters (" + export.encounters().size() + ")", heading));
		for (EncounterView e : export.encounters()) {
			lines(document, body, List.of(e.reference() + ", " + when.format(e.occurredAt()) + ": " + e.situation().shortName(),
					"Where: " + e.location().description(), "What happened: " + e.narrative()));
		}
		document.add(new Paragraph("THRIVE assessments (" + export.assessments().size() + ")", heading));
		for (AssessmentView a : export.assessments()) {
			lines(document, body, List.of("Version " + a.version() + ", " + when.format(a.assessedAt()) + ": grade "
					+ a.grade().name().toLowerCase().replace('_', ' ') + ", highest risk "
					+ a.highestRisk().name().toLowerCase().replace('_', ' ')));
		}
		document.add(new Paragraph("Routing decisions (" + export.routingDecisions().size() + ")", heading));
		for (RoutingDecisionSummary d : export.routingDecisions()) {
			lines(document, body, List.of(when.format(d.decidedAt()) + ": " + d.outcome().name().toLowerCase().replace('_', ' ')));
		}
		document.add(new Paragraph("Referrals (" + export.referrals().size() + ")", heading));
		for (ReferralView r : export.referrals()) {
			lines(document, body, List.of(r.reference() + " to " + r.receivingAgency().name().toLowerCase().replace('_', ' ')
					+ ", " + when.format(r.createdAt()) + ": " + r.status().name().toLowerCase().replace('_', ' ')));
		}
		document.add(new Paragraph("Patterns noticed (" + export.triggers().size() + ")", heading));
		for (TriggerFiring t : export.triggers()) {
			lines(document, body, List.of(when.format(t.firedAt()) + ": " + t.ruleName() + ". " + t.reason()));
		}
		document.close();
		return out.toByteArray();
	}

	private static void lines(Document document, Font font, List<String> lines) {
		for (String line : lines) {
			document.add(new Paragraph(line, font));
		}
	}
}
