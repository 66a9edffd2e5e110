package org.sightline.hub.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sightline.hub.TriageOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The hub's triage decisions, in the {@code hub} schema. */
@Repository
public class TriageDecisions {

	public record Decision(UUID encounterId, int assessmentVersion, TriageOutcome outcome, String note, String triagedBy,
			Instant triagedAt) {
	}

	private final JdbcClient jdbc;

	TriageDecisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the decision; false when that version was already triaged (by someone else, say). */
	public boolean add(Decision decision) {
		return jdbc.sql("""
				insert into hub.triage_decision (id, encounter_id, assessment_version, outcome, note, triaged_by, triaged_at)
				values (:id, :encounter, :version, :outcome, :note, :by, :at)
				on conflict (encounter_id, assessment_version) do nothing
				""")
			.param("id", UUID.randomUUID())
			.param("encounter", decision.encounterId())
			.param("version", decision.assessmentVersion())
			.param("outcome", decision.outcome().name())
			.param("note", decision.note())
			.param("by", decision.triagedBy())
			.param("at", Timestamp.from(decision.triagedAt()))
			.update() == 1;
	}

	/** The latest decision for each encounter that has one. */
	public Map<UUID, Decision> latestFor(Collection<UUID> encounters) {
		if (encounters.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select distinct on (encounter_id) * from hub.triage_decision where encounter_id = any(:ids)
				order by encounter_id, assessment_version desc
				""")
			.param("ids", encounters.toArray(UUID[]::new))
			.query((rs, n) -> new Decision(rs.getObject("encounter_id", UUID.class), rs.getInt("assessment_version"),
					TriageOutcome.valueOf(rs.getString("outcome")), rs.getString("note"), rs.getString("triaged_by"),
					rs.getTimestamp("triaged_at").toInstant()))
			.list()
			.stream()
			.collect(Collectors.toMap(Decision::encounterId, d -> d));
	}

	List<Decision> recent(int limit) {
		return jdbc.sql("select * from hub.triage_decision order by triaged_at desc limit :limit")
			.param("limit", limit)
			.query((rs, n) -> new Decision(rs.getObject("encounter_id", UUID.class), rs.getInt("assessment_version"),
					TriageOutcome.valueOf(rs.getString("outcome")), rs.getString("note"), rs.getString("triaged_by"),
					rs.getTimestamp("triaged_at").toInstant()))
			.list();
	}
}
