package org.sightline.encounter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.sightline.shared.Situation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the demand figures need of an encounter, and nothing that names anyone: when, where (the
 * force area, and a one-way key of the location for counting repeat locations), the situation, the
 * vulnerabilities recorded about anyone in it, and the subject's age, sex and self-defined ethnicity
 * for equality monitoring. Read by the demand module's projections only, so it is not audited as a
 * consultation of a person's record.
 */
@Component
public class EncounterDemandFacts {

	/**
	 * @param subjectSourceId the encounter person who is the subject (first subject or victim, else the
	 * first person): the person index links it to a person
	 * @param locationKey a one-way hash of the normalised location description
	 * @param subjectAgeYears age on the day, from the date of birth or the estimated age; null if unknown
	 */
	public record Facts(UUID encounterId, Instant occurredAt, String area, Situation situation, String source,
			String locationKey, UUID subjectSourceId, Integer subjectAgeYears, String subjectSex, String subjectEthnicity,
			Set<String> vulnerabilities) {
	}

	private static final String SELECT = """
			select e.id, e.occurred_at, e.area, e.situation, e.source,
			       md5(lower(regexp_replace(trim(e.location_description), '\\s+', ' ', 'g'))) as location_key,
			       s.id as subject_id, s.date_of_birth, s.estimated_age_years, s.sex, s.ethnicity,
			       coalesce((select array_agg(distinct v) from encounter.encounter_person p, unnest(p.vulnerabilities) v
			                 where p.encounter_id = e.id), '{}') as vulnerabilities
			from encounter.encounter e
			left join lateral (
			    select p.* from encounter.encounter_person p where p.encounter_id = e.id
			    order by (p.role in ('SUBJECT', 'VICTIM')) desc, p.position limit 1) s on true
			""";

	/** The same for every encounter at once, by joins rather than a lookup per row (for a rebuild). */
	private static final String SELECT_ALL = """
			with subject as (
			    select distinct on (encounter_id) * from encounter.encounter_person
			    order by encounter_id, (role in ('SUBJECT', 'VICTIM')) desc, position
			), facts as (
			    select p.encounter_id, array_agg(distinct v) as vulnerabilities
			    from encounter.encounter_person p, unnest(p.vulnerabilities) v group by p.encounter_id
			)
			select e.id, e.occurred_at, e.area, e.situation, e.source,
			       md5(lower(regexp_replace(trim(e.location_description), '\\s+', ' ', 'g'))) as location_key,
			       s.id as subject_id, s.date_of_birth, s.estimated_age_years, s.sex, s.ethnicity,
			       coalesce(f.vulnerabilities, '{}') as vulnerabilities
			from encounter.encounter e
			left join subject s on s.encounter_id = e.id
			left join facts f on f.encounter_id = e.id
			""";

	private final JdbcClient jdbc;

	private final ZoneId zone;

	EncounterDemandFacts(JdbcClient jdbc, ZoneId displayZone) {
		this.jdbc = jdbc;
		this.zone = displayZone;
	}

	@Transactional(readOnly = true)
	public Optional<Facts> of(UUID encounterId) {
		return jdbc.sql(SELECT + " where e.id = :id").param("id", encounterId).query((rs, n) -> facts(rs)).optional();
	}

	/** How many encounters there are (for a rebuild's progress). */
	@Transactional(readOnly = true)
	public long count() {
		return jdbc.sql("select count(*) from encounter.encounter").query(Long.class).single();
	}

	/** Every encounter, streamed (for a rebuild), in no particular order. */
	@Transactional(readOnly = true)
	public void forEach(Consumer<Facts> consumer) {
		jdbc.sql(SELECT_ALL).withFetchSize(5_000).query((ResultSet rs) -> {
			consumer.accept(facts(rs));
		});
	}

	private Facts facts(ResultSet rs) throws SQLException {
		Instant occurredAt = rs.getTimestamp("occurred_at").toInstant();
		Integer age = null;
		java.sql.Date dob = rs.getDate("date_of_birth");
		if (dob != null) {
			LocalDate born = dob.toLocalDate();
			age = Math.max(0, Period.between(born, occurredAt.atZone(zone).toLocalDate()).getYears());
		}
		else if (rs.getObject("estimated_age_years") != null) {
			age = rs.getInt("estimated_age_years");
		}
		java.sql.Array array = rs.getArray("vulnerabilities");
		Set<String> vulnerabilities = array == null ? Set.of() : Set.copyOf(List.of((String[]) array.getArray()));
		return new Facts(rs.getObject("id", UUID.class), occurredAt, rs.getString("area"),
				Situation.valueOf(rs.getString("situation")), rs.getString("source"), rs.getString("location_key"),
				rs.getObject("subject_id", UUID.class), age, rs.getString("sex"), rs.getString("ethnicity"), vulnerabilities);
	}
}
