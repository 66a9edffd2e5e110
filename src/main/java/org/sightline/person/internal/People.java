package org.sightline.person.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sightline.person.NewPerson;
import org.sightline.person.PersonId;
import org.sightline.person.linkage.SearchModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The person index tables, and candidate retrieval for a search. */
@Repository
public class People {

	/** Trigram similarity at or above which two surnames are spelt alike (Taylor and Tayler: 0.4). */
	static final String NAME_SIMILARITY_THRESHOLD = "0.3";

	/** Most surnames spelt alike that a search looks under, the closest first. */
	static final int SIMILAR_SURNAMES = 20;

	/** Most candidates each way of finding them (name spelling, name sound, date of birth) returns. */
	static final int PER_ROUTE = 50;

	/** One person the search retrieved, as stored, with their current address. */
	public record Row(UUID id, String givenName, String familyName, LocalDate dateOfBirth, Integer birthYear, String address,
			String postcode, UUID mergedInto) {
	}

	private final JdbcClient jdbc;

	People(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(PersonId id, NewPerson person, Instant now, LocalDate reviewDate) {
		insert(id, person, null, now, reviewDate);
	}

	/** Adds a person; the description is for one whose name is not known. */
	public void insert(PersonId id, NewPerson person, String description, Instant now, LocalDate reviewDate) {
		jdbc.sql("""
				insert into person.person (id, given_name, family_name, given_name_normalised, family_name_normalised,
				    date_of_birth, birth_year, sex, created_at, review_date, description)
				values (:id, :given, :family, :givenNormalised, :familyNormalised, :dateOfBirth, :birthYear, :sex,
				    :createdAt, :reviewDate, :description)
				""")
			.param("description", description)
			.param("id", id.value())
			.param("given", person.givenName())
			.param("family", person.familyName())
			.param("givenNormalised", normalised(person.givenName()))
			.param("familyNormalised", normalised(person.familyName()))
			.param("dateOfBirth", person.dateOfBirth() == null ? null : Date.valueOf(person.dateOfBirth()))
			.param("birthYear", person.birthYear() != null ? person.birthYear()
					: person.dateOfBirth() == null ? null : person.dateOfBirth().getYear())
			.param("sex", person.sex())
			.param("createdAt", Timestamp.from(now))
			.param("reviewDate", Date.valueOf(reviewDate))
			.update();
		addFamilyName(person.familyName());
		addDetails(id, person.aliases(), person.addresses(), person.phones(), person.identifiers(), now);
	}

	/**
	 * Adds other names, addresses (the first becomes the current one), phone numbers and
	 * identifiers to a person.
	 */
	public void addDetails(PersonId id, List<NewPerson.Name> aliases, List<NewPerson.PostalAddress> addresses,
			List<String> phones, List<NewPerson.Identifier> identifiers, Instant now) {
		for (NewPerson.Name alias : aliases) {
			addFamilyName(alias.familyName());
			jdbc.sql("""
					insert into person.person_alias (person_id, given_name, family_name, given_name_normalised,
					    family_name_normalised)
					values (:id, :given, :family, :givenNormalised, :familyNormalised)
					""")
				.param("id", id.value())
				.param("given", alias.givenName())
				.param("family", alias.familyName())
				.param("givenNormalised", normalised(alias.givenName()))
				.param("familyNormalised", normalised(alias.familyName()))
				.update();
		}
		// the first address is the current one: it gets the latest recorded_at
		for (int i = 0; i < addresses.size(); i++) {
			jdbc.sql("""
					insert into person.person_address (person_id, address, postcode, recorded_at)
					values (:id, :address, :postcode, :recordedAt)
					""")
				.param("id", id.value())
				.param("address", addresses.get(i).address())
				.param("postcode", addresses.get(i).postcode())
				.param("recordedAt", Timestamp.from(now.minusSeconds(i)))
				.update();
		}
		for (String phone : phones) {
			jdbc.sql("insert into person.person_phone (person_id, phone_number) values (:id, :phone)")
				.param("id", id.value())
				.param("phone", phone)
				.update();
		}
		for (NewPerson.Identifier identifier : identifiers) {
			jdbc.sql("insert into person.person_identifier (person_id, scheme, value) values (:id, :scheme, :value)")
				.param("id", id.value())
				.param("scheme", identifier.scheme())
				.param("value", identifier.value())
				.update();
		}
	}

	/** The person an identifier is recorded for, if any. */
	public java.util.Optional<UUID> identifiedBy(String scheme, String value) {
		return jdbc.sql("select person_id from person.person_identifier where scheme = :scheme and value = :value")
			.param("scheme", scheme)
			.param("value", value)
			.query(UUID.class)
			.optional();
	}

	private void addFamilyName(String familyName) {
		String name = normalised(familyName);
		if (!name.isEmpty()) {
			jdbc.sql("insert into person.family_name (name) values (:name) on conflict do nothing")
				.param("name", name)
				.update();
		}
	}

	private static final String ROW_COLUMNS = """
			p.date_of_birth, p.birth_year, a.address, a.postcode, p.merged_into
			from %s
			left join lateral (select address, postcode from person.person_address pa where pa.person_id = p.id
			    order by recorded_at desc, pa.id desc limit 1) a on true
			""";

	/** People reached on this number, however it was typed (digits compared). */
	public List<Row> byPhone(String digits) {
		return jdbc.sql("select p.id, p.given_name, p.family_name, " + ROW_COLUMNS.formatted("""
				person.person p
				""") + " where p.id in (select person_id from person.person_phone where phone_digits = :digits) limit :perRoute")
			.param("digits", digits)
			.param("perRoute", PER_ROUTE)
			.query(People::row)
			.list();
	}

	/** People with this identifier (PNC ID, NHS number, ...), in any scheme. */
	public List<Row> byIdentifier(String value) {
		return jdbc.sql("select p.id, p.given_name, p.family_name, " + ROW_COLUMNS.formatted("""
				person.person p
				""") + " where p.id in (select person_id from person.person_identifier where value = :value) limit :perRoute")
			.param("value", value)
			.param("perRoute", PER_ROUTE)
			.query(People::row)
			.list();
	}

	/** The details already recorded on one person record, to leave out repeats and keep each kind bounded. */
	public record Held(Set<String> names, Set<String> addresses, Set<String> phoneDigits, int identifiers) {

		public static final Held NOTHING = new Held(Set.of(), Set.of(), Set.of(), 0);
	}

	public Held held(PersonId id) {
		Set<String> names = new java.util.HashSet<>(jdbc.sql("""
				select coalesce(given_name_normalised, '') || '|' || family_name_normalised from person.person_alias
				where person_id = :id
				""").param("id", id.value()).query(String.class).list());
		Set<String> addresses = new java.util.HashSet<>(jdbc.sql("""
				select coalesce(lower(address), '') || '|' || coalesce(postcode, '') from person.person_address
				where person_id = :id
				""").param("id", id.value()).query(String.class).list());
		Set<String> phones = new java.util.HashSet<>(jdbc.sql("""
				select regexp_replace(phone_number, '[^0-9]', '', 'g') from person.person_phone where person_id = :id
				""").param("id", id.value()).query(String.class).list());
		int identifiers = jdbc.sql("select count(*) from person.person_identifier where person_id = :id")
			.param("id", id.value())
			.query(Integer.class)
			.single();
		return new Held(names, addresses, phones, identifiers);
	}

	public static String nameKey(NewPerson.Name name) {
		return normalised(name.givenName()) + "|" + normalised(name.familyName());
	}

	public static String addressKey(NewPerson.PostalAddress address) {
		return (address.address() == null ? "" : address.address().toLowerCase(java.util.Locale.ROOT)) + "|"
				+ (address.postcode() == null ? "" : address.postcode());
	}

	/** One person as stored, with the current address. */
	public java.util.Optional<Row> row(UUID id) {
		return jdbc.sql("select p.id, p.given_name, p.family_name, " + ROW_COLUMNS.formatted("person.person p")
				+ " where p.id = :id")
			.param("id", id)
			.query(People::row)
			.optional();
	}

	/**
	 * People who may be the one sought, found four ways joined by OR, each way capped: a surname
	 * spelt alike (trigram similarity, among the distinct surnames) with the given name, one of its
	 * nicknames or a given name with the same first letter; a surname that sounds the same (Double Metaphone) with the given name
	 * or one of its nicknames; a date of birth equal to the one given or to it with day and
	 * month swapped; and another name the person is known by (alias) with a surname spelt alike,
	 * returned under that name so it is ranked as that name. Ranking is the linkage model's job, not
	 * this query's.
	 *
	 * @param givenNames the given name sought and its nicknames; empty when only a surname is known
	 */
	public List<Row> candidates(String familyName, List<String> givenNames, List<LocalDate> datesOfBirth) {
		// must run in the caller's transaction: it sets the threshold of the % operator for it alone
		jdbc.sql("select set_config('pg_trgm.similarity_threshold', :threshold, true)")
			.param("threshold", NAME_SIMILARITY_THRESHOLD)
			.query()
			.singleValue();
		String given = givenNames.isEmpty() ? "" : "and given_name_normalised in (:givenNames)";
		// a given name misspelt after its first letter: a range on the index's second column, not a LIKE
		String sameInitial = givenNames.isEmpty() ? ""
				: """
						union
						(select id, null, null from person.person where family_name_normalised in (select name from spelt_alike)
						 and given_name_normalised >= :initial and given_name_normalised < :nextInitial limit :perRoute)
						""";
		String byDate = datesOfBirth.isEmpty() ? ""
				: "union (select id, null, null from person.person where date_of_birth in (:dates) limit :perRoute)";
		// another name the person is known by, spelt alike: the row carries that name, to be ranked under it
		var spec = jdbc.sql("""
				with spelt_alike as materialized (
				    select name from person.family_name where name %% :familyName
				    order by name <-> :familyName limit :similarSurnames
				),
				found (id, alias_given, alias_family) as (
				    (select id, null, null from person.person
				     where family_name_normalised in (select name from spelt_alike) %s limit :perRoute)
				    %s
				    union
				    (select id, null, null from person.person
				     where dmetaphone(family_name_normalised) = dmetaphone(:familyName) %s limit :perRoute)
				    %s
				    union
				    (select person_id, given_name, family_name from person.person_alias
				     where family_name_normalised in (select name from spelt_alike) limit :perRoute)
				)
				select p.id,
				    case when f.alias_family is null then p.given_name else f.alias_given end as given_name,
				    coalesce(f.alias_family, p.family_name) as family_name,
				    p.date_of_birth, p.birth_year, a.address, a.postcode, p.merged_into
				from found f
				join person.person p on p.id = f.id
				left join lateral (select address, postcode from person.person_address pa where pa.person_id = p.id
				    order by recorded_at desc, pa.id desc limit 1) a on true
				""".formatted(given, sameInitial, given, byDate))
			.param("familyName", familyName)
			.param("similarSurnames", SIMILAR_SURNAMES)
			.param("perRoute", PER_ROUTE);
		if (!givenNames.isEmpty()) {
			char initial = givenNames.get(0).charAt(0);
			spec = spec.param("givenNames", givenNames)
				.param("initial", String.valueOf(initial))
				.param("nextInitial", String.valueOf((char) (initial + 1)));
		}
		if (!datesOfBirth.isEmpty()) {
			spec = spec.param("dates", datesOfBirth.stream().map(Date::valueOf).toList());
		}
		return spec.query(People::row).list();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		Date dateOfBirth = rs.getDate("date_of_birth");
		Integer birthYear = rs.getObject("birth_year", Integer.class);
		return new Row(rs.getObject("id", UUID.class), rs.getString("given_name"), rs.getString("family_name"),
				dateOfBirth == null ? null : dateOfBirth.toLocalDate(), birthYear,
				rs.getString("address"), rs.getString("postcode"), rs.getObject("merged_into", UUID.class));
	}

	public static String normalised(String name) {
		String normalised = SearchModel.normaliseName(name);
		return normalised == null ? "" : normalised;
	}
}
