package org.sightline.assessment.internal;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sightline.encounter.IncidentGrading;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The grade and highest risk of each encounter's latest THRIVE assessment, for lists of incidents. */
@Component
public class LatestGrading implements IncidentGrading {

	private final JdbcClient jdbc;

	LatestGrading(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<UUID, Grading> latest(Collection<UUID> encounterIds) {
		if (encounterIds.isEmpty()) {
			return Map.of();
		}
		record Row(UUID encounter, Grading grading) {
		}
		return jdbc.sql("""
				select distinct on (encounter_id) encounter_id, grade, highest_risk
				from assessment.thrive_assessment where encounter_id = any(:ids)
				order by encounter_id, version desc
				""")
			.param("ids", encounterIds.toArray(UUID[]::new))
			.query((rs, n) -> new Row(rs.getObject("encounter_id", UUID.class),
					new Grading(rs.getString("grade"), rs.getString("highest_risk"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Row::encounter, Row::grading));
	}

	@Override
	public java.util.Set<UUID> latestGraded(String grade, java.time.Instant assessedSince) {
		return new java.util.HashSet<>(jdbc.sql("""
				select encounter_id from (
				    select distinct on (encounter_id) encounter_id, grade
				    from assessment.thrive_assessment
				    where encounter_id in (select encounter_id from assessment.thrive_assessment where assessed_at >= :since)
				    order by encounter_id, version desc) latest
				where grade = :grade
				""")
			.param("since", java.sql.Timestamp.from(assessedSince))
			.param("grade", grade)
			.query((rs, n) -> rs.getObject("encounter_id", UUID.class))
			.list());
	}
}
