package org.sightline.assessment.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sightline.assessment.AssessmentView;
import org.sightline.assessment.HubConcern;
import org.sightline.assessment.ResponseGrade;
import org.sightline.assessment.RiskLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores every version of every THRIVE assessment, append-only: the whole version as a JSON
 * document, with the columns reports and constraints need beside it.
 */
@Repository
public class Assessments {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	Assessments(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** @throws org.springframework.dao.DuplicateKeyException when this version number was taken meanwhile */
	public void insert(AssessmentView view) {
		jdbc.sql("""
				insert into assessment.thrive_assessment (id, encounter_id, version, trigger, assessed_by, assessed_at,
				    grade, highest_risk, document)
				values (:id, :encounterId, :version, :trigger, :assessedBy, :assessedAt, :grade, :highestRisk,
				    cast(:document as jsonb))
				""")
			.param("id", view.id())
			.param("encounterId", view.encounterId())
			.param("version", view.version())
			.param("trigger", view.trigger().name())
			.param("assessedBy", view.assessedBy())
			.param("assessedAt", Timestamp.from(view.assessedAt()))
			.param("grade", view.grade().name())
			.param("highestRisk", view.highestRisk().name())
			.param("document", json.writeValueAsString(view))
			.update();
	}

	/** Every version for any of these encounters, oldest first. */
	public List<AssessmentView> forEncounters(java.util.Collection<UUID> encounterIds) {
		if (encounterIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select document::text from assessment.thrive_assessment where encounter_id in (:ids)
				order by assessed_at, version
				""")
			.param("ids", encounterIds)
			.query((rs, n) -> json.readValue(rs.getString(1), AssessmentView.class))
			.list();
	}

	/** Every version for an encounter, oldest first. */
	public List<AssessmentView> forEncounter(UUID encounterId) {
		return jdbc.sql("select document::text from assessment.thrive_assessment where encounter_id = :id order by version")
			.param("id", encounterId)
			.query((rs, n) -> json.readValue(rs.getString(1), AssessmentView.class))
			.list();
	}

	/** The latest version for each encounter assessed in the period, oldest first. */
	public List<AssessmentView> latestVersionsAssessedBetween(java.time.Instant from, java.time.Instant to) {
		return jdbc.sql("""
				select distinct on (encounter_id) document::text from assessment.thrive_assessment
				where encounter_id in (select encounter_id from assessment.thrive_assessment
				                       where assessed_at >= :from and assessed_at < :to)
				order by encounter_id, version desc
				""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> json.readValue(rs.getString(1), AssessmentView.class))
			.list();
	}

	/**
	 * Encounters assessed since {@code since} whose latest version found a high risk, a child
	 * (under {@code adultAge}) or a safeguarding referral due, most recently assessed first.
	 */
	public List<HubConcern> hubConcernsSince(java.time.Instant since, int adultAge, int limit) {
		return jdbc.sql("""
				with latest as (
				    select distinct on (encounter_id) encounter_id, version, assessed_at, grade, highest_risk, document
				    from assessment.thrive_assessment
				    where encounter_id in (select encounter_id from assessment.thrive_assessment where assessed_at >= :since)
				    order by encounter_id, version desc),
				concerns as (
				    select encounter_id, version, assessed_at, grade, highest_risk,
				           document->'snapshot'->>'reference' as reference, document->'snapshot'->>'situation' as situation,
				           exists (select 1 from jsonb_array_elements(coalesce(document->'snapshot'->'people', '[]')) p
				                   where (p->>'ageYears')::int < :adultAge or p->>'role' = 'CHILD_PRESENT') as child,
				           array(select jsonb_array_elements_text(coalesce(document->'safeguarding'->'referralsDue', '[]'))) as due
				    from latest)
				select * from concerns
				where highest_risk = 'HIGH' or child or cardinality(due) > 0
				order by assessed_at desc
				limit :limit
				""")
			.param("since", Timestamp.from(since))
			.param("adultAge", adultAge)
			.param("limit", limit)
			.query((rs, n) -> {
				List<String> due = List.of((String[]) rs.getArray("due").getArray());
				return new HubConcern(rs.getObject("encounter_id", UUID.class), rs.getString("reference"),
						org.sightline.shared.Situation.valueOf(rs.getString("situation")), rs.getInt("version"),
						rs.getTimestamp("assessed_at").toInstant(), ResponseGrade.valueOf(rs.getString("grade")),
						RiskLevel.valueOf(rs.getString("highest_risk")), rs.getBoolean("child"),
						due.contains("ADULT_SOCIAL_CARE"), due);
			})
			.list();
	}

	public Optional<AssessmentView> latest(UUID encounterId) {
		return jdbc.sql("""
				select document::text from assessment.thrive_assessment where encounter_id = :id
				order by version desc limit 1
				""")
			.param("id", encounterId)
			.query((rs, n) -> json.readValue(rs.getString(1), AssessmentView.class))
			.optional();
	}

	/** Runs assessment.dispose (as the schema's owner): returns the versions deleted. */
	public List<UUID> dispose(java.util.Collection<UUID> encounters, java.util.Collection<UUID> mentions) {
		return jdbc.sql("select assessment.dispose(:encounters, :mentions)")
			.param("encounters", encounters.toArray(UUID[]::new))
			.param("mentions", mentions.toArray(UUID[]::new))
			.query((rs, n) -> rs.getArray(1) == null ? List.<UUID>of()
					: java.util.Arrays.stream((Object[]) rs.getArray(1).getArray()).map(o -> (UUID) o).toList())
			.single();
	}
}
