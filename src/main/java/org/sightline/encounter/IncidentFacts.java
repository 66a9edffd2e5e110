package org.sightline.encounter;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.sightline.shared.Situation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the wellbeing module needs of an encounter to count the exposure of the member of staff who
 * recorded it, and nothing that names or describes anyone: who recorded it and when, the situation,
 * the incident features and the vulnerability codes recorded about anyone in it (no names, no ages,
 * no free text). Read by the wellbeing module's listener only, with no one signed in, so it is not
 * audited as a consultation of a person's record; the wellbeing module audits what it records.
 */
@Component
public class IncidentFacts {

	/** The coded facts of one encounter. */
	public record Facts(EncounterId encounterId, String recordedBy, Instant occurredAt, Situation situation,
			Set<String> incidentFeatures, Set<String> vulnerabilities) {

		public Facts {
			incidentFeatures = Set.copyOf(incidentFeatures);
			vulnerabilities = Set.copyOf(vulnerabilities);
		}
	}

	private final JdbcClient jdbc;

	IncidentFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The encounter's coded facts; empty for an encounter that does not exist (or was disposed of). */
	@Transactional(readOnly = true)
	public Optional<Facts> of(EncounterId id) {
		return jdbc.sql("""
				select e.id, e.recorded_by, e.occurred_at, e.situation, e.incident_features,
				       coalesce((select array_agg(distinct v) from encounter.encounter_person p, unnest(p.vulnerabilities) v
				                 where p.encounter_id = e.id), '{}') as vulnerabilities
				from encounter.encounter e where e.id = :id
				""")
			.param("id", id.value())
			.query((rs, n) -> new Facts(id, rs.getString("recorded_by"), rs.getTimestamp("occurred_at").toInstant(),
					Situation.valueOf(rs.getString("situation")), codes(rs.getArray("incident_features")),
					codes(rs.getArray("vulnerabilities"))))
			.optional();
	}

	private static Set<String> codes(Array array) throws SQLException {
		return array == null ? Set.of() : new TreeSet<>(Arrays.asList((String[]) array.getArray()));
	}
}
