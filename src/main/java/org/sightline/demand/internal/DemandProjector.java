package org.sightline.demand.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sightline.assessment.AssessmentDemandFacts;
import org.sightline.chronology.TriggerDemandFacts;
import org.sightline.encounter.EncounterDemandFacts;
import org.sightline.person.PersonDemandFacts;
import org.sightline.referral.ReferralDemandFacts;
import org.sightline.routing.RoutingDemandFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects one encounter (with its latest assessment and routing decision, its sent referrals and the
 * triggers fired on it) into the demand read model, from the modules' own facts. Idempotent: projecting
 * the same encounter twice, or events arriving in any order, gives the same row; an encounter that no
 * longer exists (disposed of) is removed.
 */
@Component
public class DemandProjector {

	private final EncounterDemandFacts encounters;
	private final PersonDemandFacts people;
	private final AssessmentDemandFacts assessments;
	private final RoutingDemandFacts routing;
	private final ReferralDemandFacts referrals;
	private final TriggerDemandFacts triggers;
	private final Strands strands;
	private final JdbcClient jdbc;

	DemandProjector(EncounterDemandFacts encounters, PersonDemandFacts people, AssessmentDemandFacts assessments,
			RoutingDemandFacts routing, ReferralDemandFacts referrals, TriggerDemandFacts triggers, Strands strands,
			JdbcClient jdbc) {
		this.encounters = encounters;
		this.people = people;
		this.assessments = assessments;
		this.routing = routing;
		this.referrals = referrals;
		this.triggers = triggers;
		this.strands = strands;
		this.jdbc = jdbc;
	}

	/** The encounter's row as the operational records say now. */
	record Row(EncounterDemandFacts.Facts encounter, UUID personId, Optional<AssessmentDemandFacts.Facts> assessment,
			Optional<RoutingDemandFacts.Facts> routing, List<String> strands, List<String> triggers) {
	}

	@Transactional
	void project(UUID encounterId) {
		serialise();
		Optional<EncounterDemandFacts.Facts> facts = encounters.of(encounterId);
		if (facts.isEmpty()) {
			remove(encounterId);
			return;
		}
		EncounterDemandFacts.Facts e = facts.get();
		UUID person = e.subjectSourceId() == null ? null : people.personOf(e.subjectSourceId()).orElse(null);
		Map<String, Integer> fired = triggers.firedOn(encounterId);
		upsert(new Row(e, person, assessments.of(encounterId), routing.of(encounterId),
				strands.of(e.situation(), e.vulnerabilities()), List.copyOf(fired.keySet())));
		markRepeats(encounterId, person, e.locationKey(), e.occurredAt());
		jdbc.sql("delete from demand.referral_demand where encounter_id = :id").param("id", encounterId).update();
		for (ReferralDemandFacts.Facts r : referrals.ofEncounter(encounterId)) {
			insertReferral(r);
		}
	}

	/** Re-projects every encounter whose subject is one of these people (after a merge or a disposal). */
	@Transactional
	void projectEncountersOf(List<UUID> personIds) {
		if (personIds.isEmpty()) {
			return;
		}
		jdbc.sql("select encounter_id from demand.encounter_demand where subject_person_id in (:ids)")
			.param("ids", personIds)
			.query(UUID.class)
			.list()
			.forEach(this::project);
	}

	@Transactional
	void remove(UUID encounterId) {
		serialise();
		int removed = jdbc.sql("delete from demand.encounter_demand where encounter_id = :id").param("id", encounterId).update();
		jdbc.sql("delete from demand.referral_demand where encounter_id = :id").param("id", encounterId).update();
		if (removed > 0) {
			jdbc.sql("""
					insert into demand.removed (encounter_id, change_seq) values (:id, nextval('demand.change_seq'))
					on conflict (encounter_id) do update set change_seq = excluded.change_seq
					""").param("id", encounterId).update();
		}
	}

	/**
	 * One projection at a time: two encounters of the same person or location update each other's
	 * repeat flags, and in parallel they could deadlock. Projections take milliseconds.
	 */
	private void serialise() {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('sightline.demand.projection'))").query(Object.class).single();
	}

	private void upsert(Row row) {
		EncounterDemandFacts.Facts e = row.encounter();
		var a = row.assessment();
		var r = row.routing();
		jdbc.sql("""
				insert into demand.encounter_demand (encounter_id, occurred_at, area, situation, source, location_key,
				    subject_person_id, age_band, sex, ethnicity, strands, grade, risk, outcome, lead_agency, agreement,
				    overridden, override_review, caller_informed, officer_minutes, handover_minutes, triggers, change_seq)
				values (:id, :occurredAt, :area, :situation, :source, :locationKey, :person, :ageBand, :sex, :ethnicity,
				    cast(:strands as text[]), :grade, :risk, :outcome, :lead, :agreement, :overridden, :review, :callerInformed,
				    :officerMinutes, :handoverMinutes, cast(:triggers as text[]), nextval('demand.change_seq'))
				on conflict (encounter_id) do update set occurred_at = excluded.occurred_at, area = excluded.area,
				    situation = excluded.situation, source = excluded.source, location_key = excluded.location_key,
				    subject_person_id = excluded.subject_person_id, age_band = excluded.age_band, sex = excluded.sex,
				    ethnicity = excluded.ethnicity, strands = excluded.strands, grade = excluded.grade, risk = excluded.risk,
				    outcome = excluded.outcome, lead_agency = excluded.lead_agency, agreement = excluded.agreement,
				    overridden = excluded.overridden, override_review = excluded.override_review,
				    caller_informed = excluded.caller_informed, officer_minutes = excluded.officer_minutes,
				    handover_minutes = excluded.handover_minutes, triggers = excluded.triggers,
				    change_seq = excluded.change_seq
				""")
			.param("id", e.encounterId())
			.param("occurredAt", Timestamp.from(e.occurredAt()))
			.param("area", e.area())
			.param("situation", e.situation().name())
			.param("source", e.source())
			.param("locationKey", e.locationKey())
			.param("person", row.personId())
			.param("ageBand", AgeBand.of(e.subjectAgeYears()).name())
			.param("sex", e.subjectSex())
			.param("ethnicity", e.subjectEthnicity())
			.param("strands", array(row.strands()))
			.param("grade", a.map(x -> x.grade().name()).orElse(null))
			.param("risk", a.map(x -> x.highestRisk().name()).orElse(null))
			.param("outcome", r.map(x -> x.outcome().name()).orElse(null))
			.param("lead", r.map(x -> x.leadAgency() == null ? null : x.leadAgency().name()).orElse(null))
			.param("agreement", r.map(x -> x.agreementId() + "@" + x.agreementVersion()).orElse(null))
			.param("overridden", r.map(RoutingDemandFacts.Facts::overridden).orElse(false))
			.param("review", r.map(RoutingDemandFacts.Facts::overrideReview).orElse(null))
			.param("callerInformed", r.map(RoutingDemandFacts.Facts::callerInformed).orElse(false))
			.param("officerMinutes", r.map(RoutingDemandFacts.Facts::recordedOfficerMinutes).orElse(null))
			.param("handoverMinutes", r.map(RoutingDemandFacts.Facts::handoverMinutes).orElse(null))
			.param("triggers", array(row.triggers()))
			.update();
		jdbc.sql("delete from demand.removed where encounter_id = :id").param("id", e.encounterId()).update();
	}

	/**
	 * Repeat flags look back 12 months from each encounter, over the read model itself. An encounter
	 * recorded late (it happened before others already projected) can make later ones repeats, so the
	 * same person's and location's encounters in the 12 months after it are worked out again too.
	 */
	private void markRepeats(UUID encounterId, UUID person, String locationKey, Instant occurredAt) {
		jdbc.sql("""
				update demand.encounter_demand d set change_seq = nextval('demand.change_seq'),
				    repeat_person = d.subject_person_id is not null and exists (select 1 from demand.encounter_demand o
				        where o.subject_person_id = d.subject_person_id and o.encounter_id <> d.encounter_id
				          and o.occurred_at < d.occurred_at and o.occurred_at >= d.occurred_at - interval '365 days'),
				    repeat_location = d.location_key is not null and exists (select 1 from demand.encounter_demand o
				        where o.location_key = d.location_key and o.encounter_id <> d.encounter_id
				          and o.occurred_at < d.occurred_at and o.occurred_at >= d.occurred_at - interval '365 days'),
				    repeat_missing = d.situation = 'MISSING_PERSON' and d.subject_person_id is not null and exists (
				        select 1 from demand.encounter_demand o where o.subject_person_id = d.subject_person_id
				          and o.situation = 'MISSING_PERSON' and o.encounter_id <> d.encounter_id
				          and o.occurred_at < d.occurred_at and o.occurred_at >= d.occurred_at - interval '365 days')
				where d.encounter_id = :id
				   or ((d.subject_person_id = :person or d.location_key = :location)
				       and d.occurred_at > :at and d.occurred_at <= cast(:at as timestamptz) + interval '365 days')
				""")
			.param("id", encounterId)
			.param("person", person)
			.param("location", locationKey)
			.param("at", Timestamp.from(occurredAt))
			.update();
	}

	private void insertReferral(ReferralDemandFacts.Facts r) {
		jdbc.sql("""
				insert into demand.referral_demand (referral_id, encounter_id, agency, status, sent_at, acknowledged_at,
				    decided_at, ack_due_at, decision_due_at, change_seq)
				values (:id, :encounterId, :agency, :status, :sentAt, :ackAt, :decidedAt, :ackDue, :decisionDue,
				    nextval('demand.change_seq'))
				""")
			.param("id", r.referralId())
			.param("encounterId", r.encounterId())
			.param("agency", r.agency().name())
			.param("status", r.status().name())
			.param("sentAt", ts(r.sentAt()))
			.param("ackAt", ts(r.acknowledgedAt()))
			.param("decidedAt", ts(r.decidedAt()))
			.param("ackDue", ts(r.ackDueAt()))
			.param("decisionDue", ts(r.decisionDueAt()))
			.update();
	}

	public static String array(List<String> values) {
		return "{" + String.join(",", values) + "}";
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
