package org.sightline.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sightline.assessment.internal.Assessments;
import org.sightline.assessment.internal.MaracTrigger;
import org.sightline.assessment.internal.ThriveAssessor;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.encounter.Catalogues;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.shared.Actor;
import org.sightline.shared.ConflictException;
import org.sightline.shared.access.AgreementSimulators;
import org.sightline.shared.access.SafeguardingReviewers;
import org.sightline.shared.access.StaffWhoRecord;
import org.sightline.supervision.Concerning;
import org.sightline.supervision.ReviewRisk;
import org.sightline.supervision.SubjectRef;
import org.sightline.supervision.SupervisionManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records THRIVE assessments of encounters (each re-assessment a new version) and reads their
 * history. Only someone who may read the encounter may assess it or read its assessments.
 */
@Service
public class AssessmentManagement {

	static final String AUDIT_SUBJECT = "ASSESSMENT";

	private final EncounterManagement encounters;
	private final Assessments assessments;
	private final ThriveAssessor assessor;
	private final SupervisionManagement supervision;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Catalogues catalogues;
	private final MaracTrigger maracTrigger;

	private final int adultAge;

	AssessmentManagement(EncounterManagement encounters, Assessments assessments, ThriveAssessor assessor,
			SupervisionManagement supervision, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
			Catalogues catalogues, MaracTrigger maracTrigger,
			AssessmentSettings settings) {
		this.maracTrigger = maracTrigger;
		this.catalogues = catalogues;
		this.adultAge = settings.adultAge();
		this.encounters = encounters;
		this.assessments = assessments;
		this.assessor = assessor;
		this.supervision = supervision;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a new version of the THRIVE assessment of an encounter. A HIGH risk level and any
	 * judgement that departs from a tool go to the supervisor review queue.
	 * @throws org.sightline.shared.InvalidInputException naming every invalid field; nothing is stored
	 * @throws ConflictException when someone else re-assessed the encounter meanwhile
	 */
	@StaffWhoRecord
	@Transactional
	public AssessmentView record(Actor actor, EncounterId encounterId, RecordAssessment command) {
		EncounterView encounter = encounters.view(actor, encounterId);
		Instant now = Instant.now(clock);
		Optional<AssessmentView> previous = assessments.latest(encounterId.value());
		ThriveAssessor.Assessed assessed = assessor.assess(UUID.randomUUID(), snapshot(encounter, now, catalogues), previous, command,
				actor, now);
		AssessmentView view = withEncounter(assessed.view(), encounterId.value());
		try {
			assessments.insert(view);
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("Someone else re-assessed this encounter at the same moment: read their "
					+ "assessment, then assess again");
		}
		audit.record(actor, AuditAction.COLLECTION, AUDIT_SUBJECT, view.id().toString(),
				view.version() == 1 ? "THRIVE assessment" : "RE-THRIVE (" + view.trigger() + ")",
				"encounter=" + encounterId + "; version=" + view.version() + "; grade=" + view.grade());
		SubjectRef subject = new SubjectRef(AUDIT_SUBJECT, view.id().toString(),
				"/encounters/" + encounterId + "#version-" + view.version());
		Map<String, String> reasons = new java.util.LinkedHashMap<>(assessed.supervisorReasons());
		reasons.putAll(maracTrigger.reasons(view));
		ReviewRisk risk = ReviewRisk.named(view.highestRisk().name());
		for (Map.Entry<String, String> reason : reasons.entrySet()) {
			supervision.raise(subject, reason.getKey(), reason.getValue(), actor.username(),
					Concerning.person(encounterId.value(), personIn(reason.getKey(), view), risk));
		}
		events.publishEvent(new AssessmentRecorded(view.id(), encounterId.value(), view.version(), view.trigger(),
				view.grade(), view.highestRisk()));
		return view;
	}

	/** The person a reason code ends with (JUDGEMENT_DIFFERS_FROM_TOOL:DASH:person), if one of the encounter's. */
	private static UUID personIn(String reasonCode, AssessmentView view) {
		String last = reasonCode.substring(reasonCode.lastIndexOf(':') + 1);
		return view.snapshot().people().stream().map(AssessmentView.SnapshotPerson::id)
			.filter(id -> id.toString().equals(last)).findFirst().orElse(null);
	}

	/** Every version, oldest first, if the actor may read the encounter; the reading is audited. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public List<AssessmentView> history(Actor actor, EncounterId encounterId) {
		encounters.view(actor, encounterId);
		return historyOfReadableEncounter(actor, encounterId);
	}

	/**
	 * Every version, for a caller that has just read the encounter through {@link EncounterManagement}
	 * (and so passed its need-to-know check). The reading is audited.
	 */
	@StaffWhoRecord
	@Transactional
	public List<AssessmentView> historyOfReadableEncounter(Actor actor, EncounterId encounterId) {
		List<AssessmentView> versions = assessments.forEncounter(encounterId.value());
		for (AssessmentView version : versions) {
			audit.record(actor, AuditAction.CONSULTATION, AUDIT_SUBJECT, version.id().toString(),
					"Read with encounter " + encounterId, null);
		}
		return versions;
	}

	/**
	 * The latest version, for a caller that has just read the encounter (the THRIVE page starts a
	 * re-assessment from it). One reading is audited, not every version.
	 */
	@StaffWhoRecord
	@Transactional
	public Optional<AssessmentView> latestOfReadableEncounter(Actor actor, EncounterId encounterId) {
		Optional<AssessmentView> latest = assessments.latest(encounterId.value());
		latest.ifPresent(v -> audit.record(actor, AuditAction.CONSULTATION, AUDIT_SUBJECT, v.id().toString(),
				"Read with encounter " + encounterId, null));
		return latest;
	}

	/**
	 * Every version for the encounters of one person's chronology, for a caller who has opened it
	 * with a reason (the person index audits that). One audit entry records the bulk consultation.
	 */
	@StaffWhoRecord
	@Transactional
	public List<AssessmentView> forChronology(Actor actor, java.util.Collection<UUID> encounterIds, String personRef) {
		List<AssessmentView> versions = assessments.forEncounters(encounterIds);
		audit.record(actor, AuditAction.CONSULTATION, AUDIT_SUBJECT, "chronology:" + personRef,
				"Read with a person's chronology", "assessments=" + versions.size());
		return versions;
	}

	/**
	 * The latest assessment of every encounter assessed in the period, for analysis (agreement
	 * simulation). One audit entry records the bulk consultation and its purpose.
	 */
	@AgreementSimulators
	@Transactional
	public List<AssessmentView> latestVersionsAssessedBetween(Actor actor, Instant from, Instant to, String purpose) {
		List<AssessmentView> versions = assessments.latestVersionsAssessedBetween(from, to);
		audit.record(actor, AuditAction.CONSULTATION, AUDIT_SUBJECT, "period:" + from + "/" + to, purpose,
				"assessments=" + versions.size());
		return versions;
	}

	/**
	 * The encounters assessed since {@code since} that the safeguarding hub should triage: the
	 * latest version found a high risk, a child, or a safeguarding referral due. Audited as one
	 * consultation of the list.
	 */
	@SafeguardingReviewers
	@Transactional
	public List<HubConcern> hubConcernsSince(Actor actor, Instant since, int limit) {
		List<HubConcern> concerns = assessments.hubConcernsSince(since, adultAge, limit);
		audit.record(actor, AuditAction.CONSULTATION, AUDIT_SUBJECT, "hub-triage", "Listed encounters for hub triage",
				"count=" + concerns.size());
		return concerns;
	}

	/**
	 * What was known when assessing. A person's recorded codes are kept as recorded, followed by
	 * any facts a force's own code means (catalogue {@code means:}), so the rules understand them.
	 */
	static AssessmentView.Snapshot snapshot(EncounterView encounter, Instant now, Catalogues catalogues) {
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		return new AssessmentView.Snapshot(encounter.reference(), encounter.situation(), encounter.occurredAt(),
				encounter.people()
					.stream()
					.map(p -> new AssessmentView.SnapshotPerson(p.id(), p.displayName(), p.role().name(), p.dateOfBirth(),
							p.dateOfBirth() != null ? Integer.valueOf(Period.between(p.dateOfBirth(), today).getYears())
									: p.estimatedAgeYears(),
							withMeanings(p.vulnerabilities(), catalogues)))
					.toList());
	}

	private static List<String> withMeanings(List<String> codes, Catalogues catalogues) {
		java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(codes);
		codes.forEach(code -> catalogues.facts(code).forEach(f -> all.add(f.name())));
		return List.copyOf(all);
	}

	private static AssessmentView withEncounter(AssessmentView v, UUID encounterId) {
		return new AssessmentView(v.id(), encounterId, v.version(), v.trigger(), v.triggerNote(), v.assessedBy(),
				v.assessedAt(), v.elements(), v.grade(), v.gradeDisplayCode(), v.targetMinutes(), v.rationale(),
				v.personRisks(), v.facts(), v.significantHarm(), v.tools(), v.missingPerson(), v.safeguarding(),
				v.rcrpThreshold(), v.supervisorReview(), v.changes(), v.snapshot());
	}

	/**
	 * Disposal after a records review: the assessments of deleted encounters go; in the assessments of
	 * encounters that stay, the disposed mentions are anonymised. Returns the versions deleted.
	 */
	@PreAuthorize("hasRole('SUPERVISOR')")
	@Transactional
	public List<UUID> dispose(java.util.Collection<UUID> deletedEncounters, java.util.Collection<UUID> mentions) {
		return assessments.dispose(deletedEncounters, mentions);
	}
}
