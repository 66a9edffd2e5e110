package org.sightline.chronology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.sightline.assessment.AssessmentManagement;
import org.sightline.assessment.AssessmentView;
import org.sightline.chronology.internal.RepeatTriggers;
import org.sightline.person.PersonId;
import org.sightline.person.PersonLink;
import org.sightline.person.PersonLinking;
import org.sightline.person.PersonProfile;
import org.sightline.referral.ReferralManagement;
import org.sightline.referral.ReferralView;
import org.sightline.routing.RoutingDecisionSummary;
import org.sightline.routing.RoutingManagement;
import org.sightline.shared.Actor;
import org.sightline.shared.Situation;
import org.sightline.shared.access.StaffWhoRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's chronology: every encounter, assessment, routing decision, referral, missing episode
 * and trigger across all the records linked to them, newest first. Opening it needs a reason,
 * which the person index audits; each module that owns what is shown audits reading it, one entry
 * per opening (subject "chronology:" and the person), read in one query per module.
 */
@Service
public class Chronology {

	/** What kind of thing an entry is, for the tag beside it. */
	public enum Kind {
		ENCOUNTER("Contact"), MISSING_EPISODE("Missing episode"), ASSESSMENT("THRIVE"), ROUTING("Routing"),
		REFERRAL("Referral"), TRIGGER("Trigger");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** One line of the chronology. */
	public record Entry(Instant at, Kind kind, String title, List<String> details, String link) {
	}

	/** The person, their chronology newest first, and the triggers that fired for them. */
	public record PersonChronology(PersonProfile person, List<Entry> entries, List<TriggerFiring> triggers) {
	}

	/** Longest reason for opening a person's record. */
	public static final int MAX_REASON = 500;

	private final PersonLinking linking;

	private final AssessmentManagement assessments;

	private final RoutingManagement routing;

	private final ReferralManagement referrals;

	private final RepeatTriggers triggers;

	Chronology(PersonLinking linking, AssessmentManagement assessments, RoutingManagement routing,
			ReferralManagement referrals, RepeatTriggers triggers) {
		this.linking = linking;
		this.assessments = assessments;
		this.routing = routing;
		this.referrals = referrals;
		this.triggers = triggers;
	}

	/**
	 * Opens a person's chronology for the reason given (audited).
	 * @throws org.sightline.shared.InvalidInputException without a reason
	 * @throws org.sightline.shared.RecordNotFoundException when there is no such person
	 */
	@StaffWhoRecord
	@Transactional
	public PersonChronology open(Actor actor, PersonId id, String reason) {
		if (reason == null || reason.isBlank()) {
			new org.sightline.shared.Violations().add("reason", "Say why you are opening this person's record")
				.throwIfAny();
		}
		if (reason.length() > MAX_REASON) {
			new org.sightline.shared.Violations()
				.add("reason", "The reason must be " + MAX_REASON + " characters or fewer")
				.throwIfAny();
		}
		PersonProfile person = linking.profile(actor, id, reason.strip());
		List<Entry> entries = new ArrayList<>();
		Set<UUID> encounters = new LinkedHashSet<>();
		Set<UUID> mentions = new LinkedHashSet<>();
		for (PersonLink contact : person.contacts()) {
			mentions.add(contact.sourceId());
			if (!encounters.add(contact.encounterId())) {
				continue;
			}
			boolean missing = contact.situation() == Situation.MISSING_PERSON;
			entries.add(new Entry(contact.occurredAt(), missing ? Kind.MISSING_EPISODE : Kind.ENCOUNTER,
					contact.encounterReference() + ": " + contact.situation().shortName() + ", " + contact.roleName(),
					List.of("Linked " + linkDescription(contact)), "/encounters/" + contact.encounterId()));
		}
		String personRef = person.id().toString();
		for (AssessmentView assessment : assessments.forChronology(actor, encounters, personRef)) {
			entries.add(assessmentEntry(assessment, mentions));
		}
		for (RoutingDecisionSummary decision : routing.forChronology(actor, encounters, personRef)) {
			entries.add(routingEntry(decision));
		}
		for (ReferralView referral : referrals.forChronology(actor, encounters, mentions, personRef)) {
			entries.add(referralEntry(referral));
		}
		List<TriggerFiring> fired = triggers.firingsFor(person.records());
		for (TriggerFiring firing : fired) {
			entries.add(new Entry(firing.firedAt(), Kind.TRIGGER, firing.ruleName(),
					List.of(firing.reason(), "On " + firing.encounterReference() + "; sent to the supervision queue"),
					null));
		}
		entries.sort(Comparator.comparing(Entry::at).reversed());
		return new PersonChronology(person, List.copyOf(entries), fired);
	}

	private static String linkDescription(PersonLink contact) {
		String weight = contact.matchWeight() == null ? "" : " (match weight " + contact.matchWeight() + ")";
		return switch (contact.method()) {
			case AUTOMATIC -> "automatically" + weight;
			case CHOSEN -> "by " + contact.linkedBy() + " from the matches offered" + weight;
			case NEW_PERSON -> "as a new person";
		};
	}

	private static Entry assessmentEntry(AssessmentView assessment, Set<UUID> mentions) {
		List<String> details = new ArrayList<>();
		details.add("Grade: " + words(assessment.grade().name()) + "; highest risk: " + words(assessment.highestRisk().name()));
		if (assessment.missingPerson() != null && mentions.contains(assessment.missingPerson().personId())) {
			details.add("Missing person risk: " + words(assessment.missingPerson().toolLevel().name()));
		}
		details.add("By " + assessment.assessedBy());
		return new Entry(assessment.assessedAt(), Kind.ASSESSMENT,
				"THRIVE assessment, version " + assessment.version(), details,
				"/encounters/" + assessment.encounterId());
	}

	private static Entry routingEntry(RoutingDecisionSummary decision) {
		List<String> details = new ArrayList<>();
		details.add("Outcome: " + words(decision.outcome().name()));
		decision.primaryAgency().ifPresent(a -> details.add("Primary agency: " + words(a.name())));
		if (decision.overrideRationale() != null) {
			details.add("Recommendation overridden: " + decision.overrideRationale());
		}
		return new Entry(decision.decidedAt(), Kind.ROUTING, "Routing decision by " + decision.decidedBy(), details,
				"/encounters/" + decision.encounterId());
	}

	private static Entry referralEntry(ReferralView referral) {
		return new Entry(referral.createdAt(), Kind.REFERRAL,
				"Referral " + referral.reference() + " to " + words(referral.receivingAgency().name()),
				List.of("Status: " + words(referral.status().name()), "By " + referral.createdBy()),
				"/referrals/" + referral.id());
	}

	private static String words(String code) {
		if (code.equals("MARAC") || code.equals("IDVA")) {
			return code;
		}
		String text = code.toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
