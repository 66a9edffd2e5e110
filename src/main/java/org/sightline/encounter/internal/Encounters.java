package org.sightline.encounter.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterSearch;
import org.sightline.encounter.EncounterSummary;
import org.sightline.encounter.EncounterView;
import org.sightline.encounter.Location;
import org.sightline.encounter.PersonRole;
import org.sightline.encounter.Sex;
import org.sightline.encounter.Source;
import org.sightline.shared.Situation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores encounters and their people in the {@code encounter} schema. */
@Repository
public class Encounters {

	private final JdbcClient jdbc;

	Encounters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A reference people can read out on a radio: ENC-2026-000042. */
	public String nextReference(Year year) {
		long number = jdbc.sql("select nextval('encounter.encounter_reference_seq')").query(Long.class).single();
		return "ENC-%d-%06d".formatted(year.getValue(), number);
	}

	public void insert(Encounter encounter) {
		EncounterView e = encounter.view();
		jdbc.sql("""
				insert into encounter.encounter (id, reference, source, occurred_at, location_description, latitude,
				    longitude, area, situation, narrative, recorded_by, recorded_at, review_date, incident_features)
				values (:id, :reference, :source, :occurredAt, :locationDescription, :latitude, :longitude, :area,
				    :situation, :narrative, :recordedBy, :recordedAt, :reviewDate, :incidentFeatures)
				""")
			.param("id", e.id())
			.param("reference", e.reference())
			.param("source", e.source().name())
			.param("occurredAt", Timestamp.from(e.occurredAt()))
			.param("locationDescription", e.location().description())
			.param("latitude", e.location().latitude())
			.param("longitude", e.location().longitude())
			.param("area", e.area())
			.param("situation", e.situation().name())
			.param("narrative", e.narrative())
			.param("recordedBy", e.recordedBy())
			.param("recordedAt", Timestamp.from(e.recordedAt()))
			.param("reviewDate", e.reviewDate())
			.param("incidentFeatures", e.incidentFeatures().toArray(String[]::new))
			.update();
		int position = 0;
		for (EncounterView.PersonView p : e.people()) {
			jdbc.sql("""
					insert into encounter.encounter_person (id, encounter_id, position, role, given_name, family_name,
					    description, date_of_birth, estimated_age_years, vulnerabilities, barriers, communication_needs,
					    adjustments, spoken_to_alone, voice, checks, next_steps_explained, sex, ethnicity)
					values (:id, :encounterId, :position, :role, :givenName, :familyName, :description, :dateOfBirth,
					    :estimatedAgeYears, :vulnerabilities, :barriers, :communicationNeeds, :adjustments,
					    :spokenToAlone, :voice, :checks, :nextStepsExplained, :sex, :ethnicity)
					""")
				.param("id", p.id())
				.param("encounterId", e.id())
				.param("position", position++)
				.param("role", p.role().name())
				.param("givenName", p.givenName())
				.param("familyName", p.familyName())
				.param("description", p.description())
				.param("dateOfBirth", p.dateOfBirth())
				.param("estimatedAgeYears", p.estimatedAgeYears())
				.param("vulnerabilities", p.vulnerabilities().toArray(String[]::new))
				.param("barriers", p.barriers().toArray(String[]::new))
				.param("communicationNeeds", p.communicationNeeds().toArray(String[]::new))
				.param("adjustments", p.adjustments().toArray(String[]::new))
				.param("spokenToAlone", p.spokenToAlone())
				.param("voice", p.voice())
				.param("checks", p.checks().toArray(String[]::new))
				.param("nextStepsExplained", p.nextStepsExplained())
				.param("sex", p.sex() == null ? null : p.sex().name())
				.param("ethnicity", p.ethnicity())
				.update();
		}
	}

	public Optional<Encounter> findById(EncounterId id) {
		List<EncounterView.PersonView> people = jdbc
			.sql("select * from encounter.encounter_person where encounter_id = :id order by position")
			.param("id", id.value())
			.query(Encounters::person)
			.list();
		return jdbc.sql("select * from encounter.encounter where id = :id")
			.param("id", id.value())
			.query((rs, n) -> encounter(rs, people))
			.optional()
			.map(Encounter::fromStore);
	}

	long countPeople() {
		return jdbc.sql("select count(*) from encounter.encounter_person").query(Long.class).single();
	}

	/** A page of people in encounters, as mentions for the person index, in id order after {@code after}. */
	List<org.sightline.person.PersonMention> mentionsAfter(UUID after, int limit) {
		return jdbc.sql("""
				select p.*, e.reference, e.occurred_at, e.situation from encounter.encounter_person p
				join encounter.encounter e on e.id = p.encounter_id
				where p.id > :after order by p.id limit :limit
				""")
			.param("after", after)
			.param("limit", limit)
			.query((rs, n) -> {
				java.sql.Date born = rs.getDate("date_of_birth");
				return new org.sightline.person.PersonMention(rs.getObject("id", UUID.class),
						rs.getObject("encounter_id", UUID.class), rs.getString("reference"),
						rs.getTimestamp("occurred_at").toInstant(), Situation.valueOf(rs.getString("situation")),
						rs.getString("role"), rs.getString("given_name"), rs.getString("family_name"),
						rs.getString("description"), born == null ? null : born.toLocalDate(),
						rs.getObject("estimated_age_years", Integer.class));
			})
			.list();
	}

	private static final String SUMMARY = """
			select e.id, e.reference, e.occurred_at, e.recorded_at, e.situation, e.location_description, e.area,
			       (select count(*) from encounter.encounter_person p where p.encounter_id = e.id) as people
			from encounter.encounter e
			""";

	public List<EncounterSummary> recentRecordedBy(String username, int limit) {
		return jdbc.sql(SUMMARY + "where e.recorded_by = :username order by e.recorded_at desc limit :limit")
			.param("username", username)
			.param("limit", limit)
			.query(Encounters::summary)
			.list();
	}

	/** Encounters recorded since {@code since}, newest first, in one area when given. */
	public List<EncounterSummary> recordedSince(Instant since, Optional<String> area,
			Optional<java.util.Set<java.util.UUID>> among, int limit) {
		return jdbc.sql(SUMMARY + """
				where e.recorded_at >= :since and (cast(:area as text) is null or e.area = :area)
				  and (not :filtered or e.id = any(:among))
				order by e.recorded_at desc limit :limit
				""")
			.param("since", java.sql.Timestamp.from(since))
			.param("area", area.orElse(null))
			.param("filtered", among.isPresent())
			.param("among", among.orElse(java.util.Set.of()).toArray(java.util.UUID[]::new))
			.param("limit", limit)
			.query(Encounters::summary)
			.list();
	}

	/**
	 * Encounters matching every given part of the search, newest first. Unless {@code anyAge}, only
	 * those recorded since {@code since} or recorded by {@code username} (the operational window).
	 */
	public List<EncounterSummary> search(EncounterSearch search, boolean anyAge, Instant since, String username,
			java.time.ZoneId zone, int limit) {
		String reference = search.reference().map(r -> r.toUpperCase(java.util.Locale.ROOT)).orElse(null);
		return jdbc.sql(SUMMARY + """
				where (cast(:reference as text) is null or e.reference = :reference or e.reference like '%-' || :reference)
				  and (cast(:name as text) is null or exists (select 1 from encounter.encounter_person p
				       where p.encounter_id = e.id
				         and (lower(p.family_name) like :name || '%' or lower(p.given_name) like :name || '%'
				              or lower(coalesce(p.given_name, '') || ' ' || coalesce(p.family_name, '')) like :name || '%')))
				  and (cast(:address as text) is null or lower(e.location_description) like '%' || :address || '%')
				  and (cast(:dayStart as timestamptz) is null or (e.occurred_at >= :dayStart and e.occurred_at < :dayEnd))
				  and (:anyAge or e.recorded_at >= :since or e.recorded_by = :username)
				order by e.recorded_at desc limit :limit
				""")
			.param("reference", reference)
			.param("name", search.name().map(Encounters::likeLiteral).orElse(null))
			.param("address", search.address().map(Encounters::likeLiteral).orElse(null))
			.param("dayStart", search.on().map(d -> java.sql.Timestamp.from(d.atStartOfDay(zone).toInstant())).orElse(null))
			.param("dayEnd", search.on().map(d -> java.sql.Timestamp.from(d.plusDays(1).atStartOfDay(zone).toInstant())).orElse(null))
			.param("anyAge", anyAge)
			.param("since", java.sql.Timestamp.from(since))
			.param("username", username)
			.param("limit", limit)
			.query(Encounters::summary)
			.list();
	}

	/** Lower case, with LIKE's wildcards taken literally. */
	private static String likeLiteral(String text) {
		return text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static EncounterSummary summary(ResultSet rs, int row) throws SQLException {
		return new EncounterSummary(rs.getObject("id", UUID.class), rs.getString("reference"),
				rs.getTimestamp("occurred_at").toInstant(), rs.getTimestamp("recorded_at").toInstant(),
				Situation.valueOf(rs.getString("situation")), rs.getString("location_description"), rs.getString("area"),
				rs.getInt("people"));
	}

	private static EncounterView encounter(ResultSet rs, List<EncounterView.PersonView> people) throws SQLException {
		return new EncounterView(rs.getObject("id", UUID.class), rs.getString("reference"),
				Source.valueOf(rs.getString("source")), rs.getTimestamp("occurred_at").toInstant(),
				new Location(rs.getString("location_description"), rs.getObject("latitude", Double.class),
						rs.getObject("longitude", Double.class)),
				rs.getString("area"), Situation.valueOf(rs.getString("situation")), rs.getString("narrative"), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant(), rs.getObject("review_date", LocalDate.class), people,
				codes(rs.getArray("incident_features")));
	}

	private static EncounterView.PersonView person(ResultSet rs, int row) throws SQLException {
		return new EncounterView.PersonView(rs.getObject("id", UUID.class), PersonRole.valueOf(rs.getString("role")),
				rs.getString("given_name"), rs.getString("family_name"), rs.getString("description"),
				rs.getObject("date_of_birth", LocalDate.class), rs.getObject("estimated_age_years", Integer.class),
				codes(rs.getArray("vulnerabilities")), codes(rs.getArray("barriers")),
				codes(rs.getArray("communication_needs")), codes(rs.getArray("adjustments")),
				rs.getObject("spoken_to_alone", Boolean.class), rs.getString("voice"), codes(rs.getArray("checks")),
				rs.getObject("next_steps_explained", Boolean.class), null, sex(rs.getString("sex")),
				rs.getString("ethnicity"));
	}

	private static Sex sex(String name) {
		return name == null ? null : Sex.valueOf(name);
	}

	private static List<String> codes(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	/** Runs encounter.dispose_mentions (as the schema's owner): returns the encounters deleted. */
	public java.util.List<java.util.UUID> disposeMentions(java.util.Collection<java.util.UUID> mentions) {
		return jdbc.sql("select encounter.dispose_mentions(:mentions)")
			.param("mentions", mentions.toArray(java.util.UUID[]::new))
			.query((rs, n) -> uuidArray(rs.getArray(1)))
			.single();
	}

	static java.util.List<java.util.UUID> uuidArray(java.sql.Array array) throws java.sql.SQLException {
		return array == null ? java.util.List.of()
				: java.util.Arrays.stream((Object[]) array.getArray()).map(o -> (java.util.UUID) o).toList();
	}
}
