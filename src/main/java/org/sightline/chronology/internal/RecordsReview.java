package org.sightline.chronology.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sightline.assessment.AssessmentManagement;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.chronology.RecordsDisposed;
import org.sightline.encounter.EncounterManagement;
import org.sightline.person.PersonDisposal;
import org.sightline.person.PersonId;
import org.sightline.referral.ReferralManagement;
import org.sightline.routing.RoutingManagement;
import org.sightline.shared.Actor;
import org.sightline.shared.Violations;
import org.sightline.supervision.SupervisionManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Management of Police Information review (REFERENCE §7): the people whose records are due for
 * review under the force's rules, and the decision on each, retain (with a reason and the next
 * review date) or dispose. Disposal deletes or anonymises the person's records in every module in
 * one transaction, and leaves in the audit log an erasure entry with counts and no personal data.
 */
@Service
public class RecordsReview {

	/** What a disposal removed, in counts (this is also what the audit log keeps). */
	public record Disposal(int records, int encountersDeleted, int mentionsAnonymised, int assessmentsDeleted,
			int decisionsDeleted, int referralsDeleted, int triggersDeleted) {
	}

	static final int MAX_REASON = 1_000;

	private final PersonDisposal people;
	private final EncounterManagement encounters;
	private final AssessmentManagement assessments;
	private final RoutingManagement routing;
	private final ReferralManagement referrals;
	private final SupervisionManagement supervision;
	private final RetentionRules rules;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final ZoneId zone;
	private final org.springframework.context.ApplicationEventPublisher events;

	RecordsReview(PersonDisposal people, EncounterManagement encounters, AssessmentManagement assessments,
			RoutingManagement routing, ReferralManagement referrals, SupervisionManagement supervision, RetentionRules rules,
			AuditTrail audit, JdbcClient jdbc, Clock clock, ZoneId displayZone,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.people = people;
		this.encounters = encounters;
		this.assessments = assessments;
		this.routing = routing;
		this.referrals = referrals;
		this.supervision = supervision;
		this.rules = rules;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
		this.zone = displayZone;
	}

	/** People due for review today and not retained past today, oldest due first (the list read is audited). */
	@PreAuthorize("hasRole('SUPERVISOR')")
	@Transactional
	public List<PersonDisposal.DueForReview> due(Actor actor, int limit) {
		LocalDate today = LocalDate.now(clock.withZone(zone));
		List<PersonDisposal.DueForReview> due = new ArrayList<>();
		for (PersonDisposal.DueForReview person : people.dueForReview(rules.yearsBySituation(), rules.defaultReviewYears(),
				today, limit)) {
			if (retainedUntil(person.person().value()).filter(d -> d.isAfter(today)).isEmpty()) {
				due.add(person);
			}
		}
		audit.record(actor, AuditAction.CONSULTATION, "PERSON", "records-review", "Records review queue",
				"due=" + due.size());
		return due;
	}

	/** Keep the person's records, for a reason, until the next review. */
	@PreAuthorize("hasRole('SUPERVISOR')")
	@Transactional
	public void retain(Actor actor, PersonId person, String reason, LocalDate nextReview) {
		var problems = reasonProblems(reason);
		LocalDate today = LocalDate.now(clock.withZone(zone));
		if (nextReview == null || !nextReview.isAfter(today) || nextReview.isAfter(today.plusYears(10))) {
			problems.add("nextReview", "Choose the next review date: after today and within 10 years");
		}
		problems.throwIfAny();
		people.recordsOf(person);
		decision(person, "RETAIN", reason.strip(), nextReview, actor);
		audit.record(actor, AuditAction.ALTERATION, "PERSON", person.toString(), "Records review: retain",
				"next review " + nextReview);
	}

	/**
	 * Disposes of everything held about the person, in every module, in this transaction.
	 * @param reason why, in words that hold no personal data (the decision outlives the person's records)
	 */
	@PreAuthorize("hasRole('SUPERVISOR')")
	@Transactional
	public Disposal dispose(Actor actor, PersonId person, String reason) {
		reasonProblems(reason).throwIfAny();
		PersonDisposal.Disposed gone = people.dispose(person);
		List<UUID> deletedEncounters = encounters.disposeMentions(gone.mentions());
		List<UUID> deletedAssessments = assessments.dispose(deletedEncounters, gone.mentions());
		List<UUID> deletedDecisions = routing.dispose(deletedEncounters);
		List<UUID> deletedReferrals = referrals.dispose(deletedEncounters, gone.mentions());
		int triggersDeleted = jdbc.sql("select chronology.dispose(:people)")
			.param("people", gone.records().toArray(UUID[]::new))
			.query(Integer.class)
			.single();
		List<String> subjects = new ArrayList<>();
		gone.records().forEach(id -> subjects.add(id.toString()));
		deletedEncounters.forEach(id -> subjects.add(id.toString()));
		deletedAssessments.forEach(id -> subjects.add(id.toString()));
		deletedDecisions.forEach(id -> subjects.add(id.toString()));
		deletedReferrals.forEach(id -> subjects.add(id.toString()));
		supervision.disposeItemsAbout(subjects);
		Disposal disposal = new Disposal(gone.records().size(), deletedEncounters.size(),
				gone.mentions().size(), deletedAssessments.size(), deletedDecisions.size(), deletedReferrals.size(),
				triggersDeleted);
		decision(person, "DISPOSE", reason.strip(), null, actor);
		events.publishEvent(new RecordsDisposed(List.copyOf(gone.records()), deletedEncounters));
		audit.record(actor, AuditAction.ERASURE, "PERSON", person.toString(), "Records review: disposed",
				"records=" + disposal.records() + "; encounters deleted=" + disposal.encountersDeleted()
						+ "; mentions removed or anonymised=" + disposal.mentionsAnonymised() + "; assessments="
						+ disposal.assessmentsDeleted() + "; routing decisions=" + disposal.decisionsDeleted()
						+ "; referrals=" + disposal.referralsDeleted() + "; trigger firings=" + disposal.triggersDeleted());
		return disposal;
	}

	private Optional<LocalDate> retainedUntil(UUID person) {
		return jdbc.sql("""
				select next_review from chronology.retention_review where person_ref = :person and decision = 'RETAIN'
				order by decided_at desc limit 1
				""").param("person", person).query(LocalDate.class).optional();
	}

	private void decision(PersonId person, String decision, String reason, LocalDate nextReview, Actor actor) {
		jdbc.sql("""
				insert into chronology.retention_review (id, person_ref, decision, reason, next_review, decided_by, decided_at)
				values (:id, :person, :decision, :reason, :next, :by, :at)
				""")
			.param("id", UUID.randomUUID())
			.param("person", person.value())
			.param("decision", decision)
			.param("reason", reason)
			.param("next", nextReview)
			.param("by", actor.username())
			.param("at", Timestamp.from(Instant.now(clock)))
			.update();
	}

	private static Violations reasonProblems(String reason) {
		var problems = new Violations();
		if (reason == null || reason.isBlank()) {
			problems.add("reason", "Give the reason for the decision (no personal details: it is kept after the records go)");
		}
		else if (reason.length() > MAX_REASON) {
			problems.add("reason", "The reason must be " + MAX_REASON + " characters or fewer");
		}
		return problems;
	}
}
