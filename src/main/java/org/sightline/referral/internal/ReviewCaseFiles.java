package org.sightline.referral.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sightline.assessment.AssessmentManagement;
import org.sightline.assessment.AssessmentView;
import org.sightline.encounter.Catalogues;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.referral.ReferralManagement;
import org.sightline.referral.ReferralStatus;
import org.sightline.referral.ReferralView;
import org.sightline.shared.Actor;
import org.sightline.shared.RecordNotFoundException;
import org.sightline.supervision.CaseFiles;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The supervisor queue's view of a case: the encounter, its latest THRIVE assessment and the
 * referrals made from it, read through the owning modules (which check need to know and audit).
 */
@Component
public class ReviewCaseFiles implements CaseFiles {

	private final EncounterManagement encounters;
	private final AssessmentManagement assessments;
	private final ReferralManagement referrals;
	private final Catalogues catalogues;
	private final MessageSource messages;
	private final Clock clock;

	ReviewCaseFiles(EncounterManagement encounters, AssessmentManagement assessments, ReferralManagement referrals,
			Catalogues catalogues, MessageSource messages, Clock clock) {
		this.encounters = encounters;
		this.assessments = assessments;
		this.referrals = referrals;
		this.catalogues = catalogues;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public Map<UUID, CaseLine> lines(Actor actor, Collection<UUID> encounterIds) {
		Map<UUID, CaseLine> lines = new LinkedHashMap<>();
		for (UUID id : new LinkedHashSet<>(encounterIds)) {
			readable(actor, id).ifPresent(e -> lines.put(id, new CaseLine(id, e.reference(), e.situation(), e.occurredAt(),
					e.people().stream().map(EncounterView.PersonView::displayName).toList())));
		}
		return lines;
	}

	@Override
	public Optional<CaseSummary> summary(Actor actor, UUID encounterId) {
		Optional<EncounterView> read = readable(actor, encounterId);
		if (read.isEmpty()) {
			return Optional.empty();
		}
		EncounterView encounter = read.get();
		Optional<AssessmentView> latest = assessments.latestOfReadableEncounter(actor, new EncounterId(encounterId));
		List<CasePerson> people = encounter.people()
			.stream()
			.map(p -> new CasePerson(p.id(), p.displayName(), p.role().name(), age(p),
					latest.flatMap(a -> a.personRisks().stream().filter(r -> r.personId().equals(p.id())).findFirst())
						.map(r -> r.riskLevel().name())))
			.toList();
		List<ReferralMade> made = referrals.forReadableEncounter(encounterId).stream().map(ReviewCaseFiles::made).toList();
		return Optional.of(new CaseSummary(encounterId, encounter.reference(), encounter.situation(), encounter.occurredAt(),
				people, latest.map(a -> a.highestRisk().name()), latest.map(this::grade), latest.map(AssessmentView::version),
				keyFacts(encounter, latest), made, "/encounters/" + encounterId));
	}

	static ReferralMade made(ReferralView r) {
		return new ReferralMade(r.id(), r.reference(), r.receivingAgency(), r.status().name(),
				r.status() != ReferralStatus.REVOKED, "/referrals/" + r.id());
	}

	Optional<EncounterView> readable(Actor actor, UUID encounterId) {
		try {
			return Optional.of(encounters.view(actor, new EncounterId(encounterId)));
		}
		catch (RecordNotFoundException gone) {
			return Optional.empty();
		}
	}

	/** "Grade 1: Emergency": the force's display code and the grade in words. */
	String grade(AssessmentView a) {
		return a.gradeDisplayCode() + ": " + messages.getMessage("grade." + a.grade().name(), null, Locale.UK);
	}

	/** Vulnerabilities recorded, facts assessed and what the risk tools made of them, in words. */
	List<String> keyFacts(EncounterView encounter, Optional<AssessmentView> latest) {
		var facts = new LinkedHashSet<String>();
		for (EncounterView.PersonView p : encounter.people()) {
			p.vulnerabilities().forEach(code -> facts.add(p.displayName() + ": " + words(code).toLowerCase(Locale.UK)));
		}
		latest.ifPresent(a -> {
			a.facts().forEach(code -> facts.add(words(code)));
			for (AssessmentView.ToolResult tool : a.tools()) {
				String who = a.personRisks().stream().filter(r -> r.personId().equals(tool.personId())).findFirst()
					.map(AssessmentView.PersonRiskView::name).orElse("a person");
				facts.add(tool.tool() + " for " + who + ": " + tool.yesAnswers() + " of " + tool.questions()
						+ " answered yes, " + tool.finalLevel().toLowerCase(Locale.UK) + " risk");
			}
		});
		return new ArrayList<>(facts);
	}

	/** A catalogue or fact code in words: the catalogue's label, the assessment's, or the code spelled out. */
	String words(String code) {
		String label = catalogues.label(code);
		if (!label.equals(code)) {
			return label;
		}
		String spelled = code.substring(0, 1) + code.substring(1).toLowerCase(Locale.UK).replace('_', ' ');
		return messages.getMessage("fact." + code, null, spelled, Locale.UK);
	}

	private Optional<Integer> age(EncounterView.PersonView p) {
		if (p.dateOfBirth() != null) {
			return Optional.of(Period.between(p.dateOfBirth(), LocalDate.now(clock.withZone(ZoneOffset.UTC))).getYears());
		}
		return Optional.ofNullable(p.estimatedAgeYears());
	}
}
