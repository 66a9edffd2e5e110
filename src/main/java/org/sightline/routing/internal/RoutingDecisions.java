package org.sightline.routing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sightline.routing.RoutingDecisionSummary;
import org.sightline.routing.RoutingDecisionView;
import org.sightline.routing.RoutingOutcome;
import org.sightline.routing.RoutingRecommendation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class RoutingDecisions {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	RoutingDecisions(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public void insert(UUID id, UUID encounterId, UUID assessmentId, int assessmentVersion, String decidedBy, Instant decidedAt,
			RoutingRecommendation recommendation, RoutingOutcome outcome, String overrideRationale) {
		jdbc.sql("""
				insert into routing.routing_decision (id, encounter_id, assessment_id, assessment_version, decided_by,
				    decided_at, agreement_id, agreement_version, clause_id, recommended_outcome, outcome, override_rationale,
				    recommendation)
				values (:id, :encounterId, :assessmentId, :assessmentVersion, :decidedBy, :decidedAt, :agreementId,
				    :agreementVersion, :clauseId, :recommended, :outcome, :rationale, cast(:recommendation as jsonb))
				""")
			.param("id", id)
			.param("encounterId", encounterId)
			.param("assessmentId", assessmentId)
			.param("assessmentVersion", assessmentVersion)
			.param("decidedBy", decidedBy)
			.param("decidedAt", Timestamp.from(decidedAt))
			.param("agreementId", recommendation.agreement().id())
			.param("agreementVersion", recommendation.agreement().version())
			.param("clauseId", recommendation.clauseId())
			.param("recommended", recommendation.outcome().name())
			.param("outcome", outcome.name())
			.param("rationale", overrideRationale)
			.param("recommendation", json.writeValueAsString(recommendation))
			.update();
	}

	public void insertCallerNotice(UUID decisionId, Instant toldAt, String recordedBy, Instant recordedAt, String whatTold) {
		jdbc.sql("""
				insert into routing.caller_notice (decision_id, told_at, recorded_by, recorded_at, what_told)
				values (:decisionId, :toldAt, :recordedBy, :recordedAt, :whatTold)
				""")
			.param("decisionId", decisionId)
			.param("toldAt", Timestamp.from(toldAt))
			.param("recordedBy", recordedBy)
			.param("recordedAt", Timestamp.from(recordedAt))
			.param("whatTold", whatTold)
			.update();
	}

	public void recordOverrideReview(UUID decisionId, String outcome, String reviewedBy, Instant at) {
		jdbc.sql("""
				insert into routing.override_review (decision_id, outcome, reviewed_by, reviewed_at)
				values (:id, :outcome, :by, :at) on conflict (decision_id) do nothing
				""")
			.param("id", decisionId)
			.param("outcome", outcome)
			.param("by", reviewedBy)
			.param("at", Timestamp.from(at))
			.update();
	}

	public Optional<RoutingDecisionView> findById(UUID id) {
		return jdbc.sql("select * from routing.routing_decision where id = :id")
			.param("id", id)
			.query((rs, n) -> rs.getObject("encounter_id", UUID.class))
			.optional()
			.flatMap(encounterId -> forEncounter(encounterId).stream().filter(d -> d.id().equals(id)).findFirst());
	}

	/** What the chronology shows of every decision for any of these encounters, oldest first. */
	public List<RoutingDecisionSummary> summariesFor(java.util.Collection<UUID> encounterIds) {
		if (encounterIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select id, encounter_id, decided_by, decided_at, outcome, override_rationale, recommendation
				from routing.routing_decision where encounter_id in (:ids) order by decided_at
				""")
			.param("ids", encounterIds)
			.query((rs, n) -> new RoutingDecisionSummary(rs.getObject("id", UUID.class),
					rs.getObject("encounter_id", UUID.class), rs.getString("decided_by"),
					rs.getTimestamp("decided_at").toInstant(), RoutingOutcome.valueOf(rs.getString("outcome")),
					json.readValue(rs.getString("recommendation"), RoutingRecommendation.class).primaryAgency(),
					rs.getString("override_rationale")))
			.list();
	}

	/** Every decision for an encounter, oldest first. */
	public List<RoutingDecisionView> forEncounter(UUID encounterId) {
		return jdbc.sql("""
				select d.*, r.outcome as review_outcome from routing.routing_decision d
				left join routing.override_review r on r.decision_id = d.id
				where d.encounter_id = :id order by d.decided_at
				""")
			.param("id", encounterId)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new RoutingDecisionView(id, rs.getObject("encounter_id", UUID.class),
						rs.getObject("assessment_id", UUID.class), rs.getInt("assessment_version"), rs.getString("decided_by"),
						rs.getTimestamp("decided_at").toInstant(),
						json.readValue(rs.getString("recommendation"), RoutingRecommendation.class),
						RoutingOutcome.valueOf(rs.getString("outcome")), rs.getString("override_rationale"),
						Optional.ofNullable(rs.getString("review_outcome")), notices(id), timersOf(id));
			})
			.list();
	}

	private List<RoutingDecisionView.TimerView> timersOf(UUID decisionId) {
		return jdbc.sql("select * from routing.timer where decision_id = :id order by started_at, code")
			.param("id", decisionId)
			.query((rs, n) -> new RoutingDecisionView.TimerView(rs.getObject("id", UUID.class), rs.getString("code"),
					rs.getString("label"), rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("due_at").toInstant(),
					rs.getString("status"),
					rs.getTimestamp("completed_at") == null ? null : rs.getTimestamp("completed_at").toInstant()))
			.list();
	}

	private List<RoutingDecisionView.CallerNotice> notices(UUID decisionId) {
		return jdbc.sql("select * from routing.caller_notice where decision_id = :id order by told_at")
			.param("id", decisionId)
			.query((rs, n) -> new RoutingDecisionView.CallerNotice(rs.getTimestamp("told_at").toInstant(),
					rs.getString("recorded_by"), rs.getString("what_told")))
			.list();
	}

	/** Runs routing.dispose (as the schema's owner): returns the decisions deleted. */
	public java.util.List<java.util.UUID> dispose(java.util.Collection<java.util.UUID> encounters) {
		return jdbc.sql("select routing.dispose(:encounters)")
			.param("encounters", encounters.toArray(java.util.UUID[]::new))
			.query((rs, n) -> rs.getArray(1) == null ? java.util.List.<java.util.UUID>of()
					: java.util.Arrays.stream((Object[]) rs.getArray(1).getArray()).map(o -> (java.util.UUID) o).toList())
			.single();
	}
}
