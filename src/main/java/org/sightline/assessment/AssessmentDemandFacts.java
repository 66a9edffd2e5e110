package org.sightline.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The latest THRIVE grade and highest risk of each encounter, for the demand figures. Read by the
 * demand module's projections only.
 */
@Component
public class AssessmentDemandFacts {

	public record Facts(UUID encounterId, ResponseGrade grade, RiskLevel highestRisk, int versions) {
	}

	private static final String SELECT = """
			select distinct on (encounter_id) encounter_id, grade, highest_risk, version
			from assessment.thrive_assessment
			""";

	private final JdbcClient jdbc;

	AssessmentDemandFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<Facts> of(UUID encounterId) {
		return jdbc.sql(SELECT + " where encounter_id = :id order by encounter_id, version desc")
			.param("id", encounterId)
			.query((rs, n) -> facts(rs))
			.optional();
	}

	/** The latest assessment of every encounter, streamed (for a rebuild). */
	@Transactional(readOnly = true)
	public void forEach(Consumer<Facts> consumer) {
		jdbc.sql(SELECT + " order by encounter_id, version desc").withFetchSize(5_000).query((ResultSet rs) -> {
			consumer.accept(facts(rs));
		});
	}

	private static Facts facts(ResultSet rs) throws SQLException {
		return new Facts(rs.getObject("encounter_id", UUID.class), ResponseGrade.valueOf(rs.getString("grade")),
				RiskLevel.valueOf(rs.getString("highest_risk")), rs.getInt("version"));
	}
}
