package org.sightline.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.sightline.encounter.EncounterFixtures;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.encounter.RecordEncounter;
import org.sightline.TestActors;
import org.sightline.shared.Actor;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Role;
import org.sightline.supervision.ReviewItem;
import org.sightline.supervision.SupervisionManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Intake linking against the real PostgreSQL: every person in a recorded encounter links to a
 * person in the index, automatically above the high threshold, to a new person below it, with a
 * review between the thresholds, or to the person the recorder chose.
 */
@SpringBootTest
class PersonLinkingIntegrationTests {

	static final Actor RESPONDER = TestActors.RESPONDER;

	static final Actor SUPERVISOR = TestActors.SUPERVISOR;

	@Autowired
	EncounterManagement encounters;

	@Autowired
	PersonLinking linking;

	@Autowired
	SupervisionManagement supervision;

	@Autowired
	JdbcClient jdbc;

	static Actor actor(String name, Role role) {
		return TestActors.actor(name, role);
	}

	static <T> T as(Actor actor, Supplier<T> work) {
		return TestActors.as(actor, work);
	}

	static String uniqueSurname(String stem) {
		return TestActors.uniqueSurname(stem);
	}

	static RecordEncounter.PersonDetails person(String role, String given, String family, LocalDate born, UUID chosen) {
		return new RecordEncounter.PersonDetails(role, given, family, null, born, null, List.of(), List.of(), List.of(),
				List.of(), null, null, List.of(), null, chosen);
	}

	EncounterView record(String situation, Instant at, RecordEncounter.PersonDetails... people) {
		RecordEncounter base = EncounterFixtures.encounter(at, people);
		RecordEncounter command = new RecordEncounter(base.source(), base.occurredAt(), base.location(), situation,
				base.narrative(), base.people());
		return as(RESPONDER, () -> encounters.record(RESPONDER, command, Optional.empty()).encounter());
	}

	static Instant daysAgo(int days) {
		return Instant.now().minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
	}

	long count(String sql, Object id) {
		return jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

	@Test
	void a_person_seen_for_the_first_time_is_added_to_the_index_and_linked_to_the_mention() {
		String surname = uniqueSurname("Okonkwo");
		EncounterView e = record("CONCERN_FOR_WELFARE", daysAgo(1),
				person("SUBJECT", "Ada", surname, LocalDate.of(1950, 6, 1), null));

		UUID personId = e.people().get(0).personId();
		assertThat(personId).isNotNull();
		PersonLink link = linking.contactsOf(new PersonId(personId)).get(0);
		assertThat(link.method()).isEqualTo(LinkMethod.NEW_PERSON);
		assertThat(link.sourceId()).isEqualTo(e.people().get(0).id());
		assertThat(link.encounterReference()).isEqualTo(e.reference());
	}

	@Test
	void the_same_name_and_date_of_birth_links_automatically_with_its_weight_and_evidence() {
		String surname = uniqueSurname("Pemberton");
		LocalDate born = LocalDate.of(1988, 4, 3);
		EncounterView first = record("CONCERN_FOR_WELFARE", daysAgo(20), person("SUBJECT", "Megan", surname, born, null));
		EncounterView second = record("MISSING_PERSON", daysAgo(2), person("SUBJECT", "Megan", surname, born, null));

		UUID personId = first.people().get(0).personId();
		assertThat(second.people().get(0).personId()).isEqualTo(personId);
		PersonLink link = linking.contactsOf(new PersonId(personId)).get(0);
		assertThat(link.encounterId()).isEqualTo(second.id());
		assertThat(link.method()).isEqualTo(LinkMethod.AUTOMATIC);
		assertThat(link.matchWeight()).isGreaterThanOrEqualTo(24.0);
		assertThat(link.evidence()).anyMatch(ev -> ev.startsWith("surname: same"))
			.anyMatch(ev -> ev.startsWith("date of birth: same"));
	}

	@Test
	void a_name_without_a_date_of_birth_makes_a_new_person_and_a_possible_match_for_review() {
		String surname = uniqueSurname("Whitlock");
		EncounterView first = record("CONCERN_FOR_WELFARE", daysAgo(10),
				person("SUBJECT", "Jordan", surname, LocalDate.of(1979, 1, 30), null));
		EncounterView second = record("CONCERN_FOR_WELFARE", daysAgo(1), person("VICTIM", "Jordan", surname, null, null));

		UUID existing = first.people().get(0).personId();
		UUID created = second.people().get(0).personId();
		assertThat(created).isNotEqualTo(existing);
		UUID reviewId = jdbc.sql("select id from person.match_review where new_person_id = :id")
			.param("id", created)
			.query(UUID.class)
			.single();
		List<ReviewItem> items = as(SUPERVISOR,
				() -> supervision.itemsFor(PersonLinking.MATCH_SUBJECT, reviewId.toString()));
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.open()).isTrue();
			assertThat(item.reason()).contains(second.reference()).contains("Jordan " + surname);
		});
	}

	@Test
	void a_different_date_of_birth_is_a_different_person_and_raises_no_review() {
		String surname = uniqueSurname("Castellano");
		EncounterView first = record("CONCERN_FOR_WELFARE", daysAgo(10),
				person("SUBJECT", "Rosa", surname, LocalDate.of(1960, 2, 2), null));
		EncounterView second = record("CONCERN_FOR_WELFARE", daysAgo(1),
				person("SUBJECT", "Rosa", surname, LocalDate.of(1994, 9, 17), null));

		assertThat(second.people().get(0).personId()).isNotEqualTo(first.people().get(0).personId());
		assertThat(count("select count(*) from person.match_review where new_person_id = :id",
				second.people().get(0).personId())).isZero();
	}

	@Test
	void the_person_the_recorder_chose_is_linked_even_under_another_spelling() {
		String surname = uniqueSurname("Fairweather");
		EncounterView first = record("CONCERN_FOR_WELFARE", daysAgo(10),
				person("SUBJECT", "Robert", surname, LocalDate.of(1970, 1, 20), null));
		UUID chosen = first.people().get(0).personId();

		EncounterView second = record("CONCERN_FOR_WELFARE", daysAgo(1),
				person("SUBJECT", "Bob", surname.substring(0, surname.length() - 1), null, chosen));

		assertThat(second.people().get(0).personId()).isEqualTo(chosen);
		assertThat(linking.contactsOf(new PersonId(chosen)).get(0).method()).isEqualTo(LinkMethod.CHOSEN);
	}

	@Test
	void choosing_a_person_who_is_not_in_the_index_rejects_the_encounter_and_stores_nothing() {
		long before = count("select count(*) from encounter.encounter where id <> :id", UUID.randomUUID());
		long people = count("select count(*) from person.person where id <> :id", UUID.randomUUID());

		assertThatThrownBy(() -> record("CONCERN_FOR_WELFARE", daysAgo(1),
				person("SUBJECT", "Sam", uniqueSurname("Nobody"), null, UUID.randomUUID())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.violations()).anyMatch(v -> v.field().equals("people[0].personId")));

		assertThat(count("select count(*) from encounter.encounter where id <> :id", UUID.randomUUID())).isEqualTo(before);
		assertThat(count("select count(*) from person.person where id <> :id", UUID.randomUUID())).isEqualTo(people);
	}

	@Test
	void a_person_known_only_by_a_description_still_gets_a_record_in_the_index() {
		RecordEncounter.PersonDetails described = new RecordEncounter.PersonDetails("WITNESS", null, null,
				"Man in his 40s, red coat", null, 45, List.of(), List.of(), List.of(), List.of(), null, null, List.of(),
				null);
		EncounterView e = record("CONCERN_FOR_WELFARE", daysAgo(1), described);

		UUID personId = e.people().get(0).personId();
		assertThat(jdbc.sql("select description from person.person where id = :id")
			.param("id", personId)
			.query(String.class)
			.single()).isEqualTo("Man in his 40s, red coat");
	}

	@Test
	void the_summary_at_intake_counts_recent_contacts_by_kind() {
		String surname = uniqueSurname("Abernethy");
		LocalDate born = LocalDate.of(1985, 3, 12);
		record("MENTAL_HEALTH_CONVEYANCE", daysAgo(80), person("SUBJECT", "Kim", surname, born, null));
		record("SECTION_136_PLACE_OF_SAFETY", daysAgo(60), person("SUBJECT", "Kim", surname, born, null));
		record("DOMESTIC_ABUSE", daysAgo(30), person("VICTIM", "Kim", surname, born, null));
		record("MISSING_PERSON", daysAgo(200), person("SUBJECT", "Kim", surname, born, null));
		EncounterView last = record("AWOL_FROM_MENTAL_HEALTH_UNIT", daysAgo(3), person("SUBJECT", "Kim", surname, born, null));

		ContactSummary summary = linking.summaryOf(new PersonId(last.people().get(0).personId()));

		assertThat(summary.text()).isEqualTo("4 contacts in 90 days: 3 mental health, 1 domestic abuse victim");
		assertThat(summary.total()).isEqualTo(5);
	}
}
