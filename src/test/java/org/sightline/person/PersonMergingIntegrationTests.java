package org.sightline.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sightline.person.PersonLinkingIntegrationTests.as;
import static org.sightline.person.PersonLinkingIntegrationTests.daysAgo;
import static org.sightline.person.PersonLinkingIntegrationTests.person;
import static org.sightline.person.PersonLinkingIntegrationTests.uniqueSurname;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.encounter.EncounterFixtures;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.encounter.RecordEncounter;
import org.sightline.shared.ConflictException;
import org.sightline.shared.InvalidInputException;
import org.sightline.supervision.ReviewItem;
import org.sightline.supervision.SupervisionManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Merging and unmerging person records keeps full history and never alters a source record. */
@SpringBootTest
class PersonMergingIntegrationTests {

	@Autowired
	EncounterManagement encounters;

	@Autowired
	PersonLinking linking;

	@Autowired
	PersonMerging merging;

	@Autowired
	SupervisionManagement supervision;

	@Autowired
	JdbcClient jdbc;

	EncounterView record(Instant at, RecordEncounter.PersonDetails person) {
		RecordEncounter command = EncounterFixtures.encounter(at, person);
		return as(PersonLinkingIntegrationTests.RESPONDER,
				() -> encounters.record(PersonLinkingIntegrationTests.RESPONDER, command, Optional.empty()).encounter());
	}

	/** Two records of one person the matcher could not join: a maiden name and a married name. */
	PersonId[] twoRecordsOfOnePerson() {
		LocalDate born = LocalDate.of(1983, 7, 14);
		EncounterView first = record(daysAgo(40), person("VICTIM", "Claire", uniqueSurname("Hollis"), born, null));
		EncounterView second = record(daysAgo(5), person("VICTIM", "Claire", uniqueSurname("Brennan"), born, null));
		return new PersonId[] { new PersonId(first.people().get(0).personId()),
				new PersonId(second.people().get(0).personId()) };
	}

	String linkOf(UUID sourceId) {
		return jdbc.sql("select person_id::text || ':' || method from person.person_link where source_id = :id")
			.param("id", sourceId)
			.query(String.class)
			.single();
	}

	@Test
	void a_merge_reads_both_records_as_one_person_and_an_unmerge_restores_them_exactly() {
		PersonId[] records = twoRecordsOfOnePerson();
		PersonId survivor = records[0];
		PersonId merged = records[1];
		List<UUID> mentionsBefore = linking.contactsOf(merged).stream().map(PersonLink::sourceId).toList();
		String linkBefore = linkOf(mentionsBefore.get(0));

		as(PersonLinkingIntegrationTests.SUPERVISOR, () -> merging.merge(PersonLinkingIntegrationTests.SUPERVISOR,
				survivor, merged, "Same PNC ID; married name"));

		assertThat(linking.personOf(merged)).isEqualTo(survivor);
		assertThat(linking.contactsOf(survivor)).hasSize(2);
		assertThat(linking.personsOfMentions(mentionsBefore)).containsValue(survivor);
		assertThat(linkOf(mentionsBefore.get(0))).as("the source link is never rewritten").isEqualTo(linkBefore);

		Merge undone = as(PersonLinkingIntegrationTests.SUPERVISOR, () -> merging.unmerge(
				PersonLinkingIntegrationTests.SUPERVISOR, merged, "Different people: checked the PNC"));

		assertThat(undone.standing()).isFalse();
		assertThat(undone.unmergeReason()).contains("Different people: checked the PNC");
		assertThat(linking.personOf(merged)).isEqualTo(merged);
		assertThat(linking.contactsOf(survivor)).hasSize(1);
		assertThat(linking.contactsOf(merged)).extracting(PersonLink::sourceId).isEqualTo(mentionsBefore);

		PersonProfile profile = as(PersonLinkingIntegrationTests.SUPERVISOR,
				() -> linking.profile(PersonLinkingIntegrationTests.SUPERVISOR, merged, "test"));
		assertThat(profile.history()).extracting(PersonEvent::action)
			.containsSubsequence("UNMERGED", "MERGED_INTO", "LINKED", "CREATED");
		assertThat(profile.history()).filteredOn(h -> h.action().equals("MERGED_INTO"))
			.singleElement()
			.satisfies(h -> assertThat(h.reason()).isEqualTo("Same PNC ID; married name"));
		assertThat(profile.merges()).singleElement().satisfies(m -> {
			assertThat(m.reason()).isEqualTo("Same PNC ID; married name");
			assertThat(m.unmergedBy()).contains("supervisor");
		});
	}

	@Test
	void an_unmerge_of_a_person_that_was_never_merged_is_refused_and_changes_nothing() {
		PersonId[] records = twoRecordsOfOnePerson();
		long events = jdbc.sql("select count(*) from person.person_event").query(Long.class).single();

		assertThatThrownBy(() -> as(PersonLinkingIntegrationTests.SUPERVISOR,
				() -> merging.unmerge(PersonLinkingIntegrationTests.SUPERVISOR, records[0], "Checking")))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("never merged");
		assertThat(jdbc.sql("select count(*) from person.person_event").query(Long.class).single()).isEqualTo(events);
	}

	@Test
	void an_unmerge_of_a_merge_already_undone_is_refused() {
		PersonId[] records = twoRecordsOfOnePerson();
		as(PersonLinkingIntegrationTests.SUPERVISOR, () -> merging.merge(PersonLinkingIntegrationTests.SUPERVISOR,
				records[0], records[1], "Same person"));
		as(PersonLinkingIntegrationTests.SUPERVISOR,
				() -> merging.unmerge(PersonLinkingIntegrationTests.SUPERVISOR, records[1], "Not the same"));

		assertThatThrownBy(() -> as(PersonLinkingIntegrationTests.SUPERVISOR,
				() -> merging.unmerge(PersonLinkingIntegrationTests.SUPERVISOR, records[1], "Again")))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("already undone");
	}

	@Test
	void a_merge_needs_a_reason_and_a_record_already_merged_cannot_be_merged_again() {
		PersonId[] records = twoRecordsOfOnePerson();
		assertThatThrownBy(() -> as(PersonLinkingIntegrationTests.SUPERVISOR,
				() -> merging.merge(PersonLinkingIntegrationTests.SUPERVISOR, records[0], records[1], " ")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.violations()).anyMatch(v -> v.field().equals("reason")));
		assertThatThrownBy(() -> as(PersonLinkingIntegrationTests.SUPERVISOR,
				() -> merging.merge(PersonLinkingIntegrationTests.SUPERVISOR, records[0], records[0], "Self")))
			.isInstanceOf(InvalidInputException.class);

		as(PersonLinkingIntegrationTests.SUPERVISOR, () -> merging.merge(PersonLinkingIntegrationTests.SUPERVISOR,
				records[0], records[1], "Same person"));
		assertThatThrownBy(() -> as(PersonLinkingIntegrationTests.SUPERVISOR,
				() -> merging.merge(PersonLinkingIntegrationTests.SUPERVISOR, records[1], records[0], "Backwards")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("already the same person");
	}

	@Test
	void a_call_handler_may_not_merge_records() {
		PersonId[] records = twoRecordsOfOnePerson();
		var handler = PersonLinkingIntegrationTests.actor("handler", org.sightline.shared.Role.CALL_HANDLER);
		assertThatThrownBy(() -> as(handler, () -> merging.merge(handler, records[0], records[1], "Same person")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void deciding_a_possible_match_as_the_same_person_merges_the_records_and_closes_the_supervision_item() {
		String surname = uniqueSurname("Whitlock");
		EncounterView first = record(daysAgo(10), person("SUBJECT", "Jordan", surname, LocalDate.of(1979, 1, 30), null));
		EncounterView second = record(daysAgo(1), person("VICTIM", "Jordan", surname, null, null));
		UUID created = second.people().get(0).personId();
		UUID reviewId = jdbc.sql("select id from person.match_review where new_person_id = :id")
			.param("id", created)
			.query(UUID.class)
			.single();

		MatchReview decided = as(PersonLinkingIntegrationTests.SUPERVISOR, () -> merging.decide(
				PersonLinkingIntegrationTests.SUPERVISOR, reviewId, true, "Same mobile number"));

		assertThat(decided.decision()).contains("SAME_PERSON");
		assertThat(linking.personOf(new PersonId(created))).isEqualTo(new PersonId(first.people().get(0).personId()));
		List<ReviewItem> items = as(PersonLinkingIntegrationTests.SUPERVISOR,
				() -> supervision.itemsFor(PersonLinking.MATCH_SUBJECT, reviewId.toString()));
		assertThat(items).singleElement().satisfies(item -> assertThat(item.open()).isFalse());
		assertThatThrownBy(() -> as(PersonLinkingIntegrationTests.SUPERVISOR, () -> merging.decide(
				PersonLinkingIntegrationTests.SUPERVISOR, reviewId, false, null)))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void a_possible_match_decided_after_the_records_were_merged_the_other_way_still_closes() {
		String surname = uniqueSurname("Whitlock");
		EncounterView first = record(daysAgo(10), person("SUBJECT", "Jordan", surname, LocalDate.of(1979, 1, 30), null));
		EncounterView second = record(daysAgo(1), person("VICTIM", "Jordan", surname, null, null));
		PersonId existing = new PersonId(first.people().get(0).personId());
		PersonId created = new PersonId(second.people().get(0).personId());
		UUID reviewId = jdbc.sql("select id from person.match_review where new_person_id = :id")
			.param("id", created.value())
			.query(UUID.class)
			.single();
		as(PersonLinkingIntegrationTests.SUPERVISOR,
				() -> merging.merge(PersonLinkingIntegrationTests.SUPERVISOR, created, existing, "Merged from the person page"));

		MatchReview decided = as(PersonLinkingIntegrationTests.SUPERVISOR,
				() -> merging.decide(PersonLinkingIntegrationTests.SUPERVISOR, reviewId, true, null));

		assertThat(decided.decision()).contains("SAME_PERSON");
		assertThat(linking.personOf(existing)).isEqualTo(linking.personOf(created));
	}

	@Test
	void a_link_and_the_history_cannot_be_rewritten_in_the_database() {
		PersonId[] records = twoRecordsOfOnePerson();
		assertThatThrownBy(() -> jdbc.sql("update person.person_link set person_id = :id")
			.param("id", records[0].value())
			.update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from person.person_event").update())
			.hasMessageContaining("append-only");
	}
}
