package org.sightline.encounter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.TestActors;
import org.sightline.person.PersonLinking;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** People in encounters recorded before intake linking existed are linked after an upgrade. */
@SpringBootTest
public class EarlierMentionsLinkingTests {

	@Autowired
	EarlierMentionsLinking earlier;

	@Autowired
	PersonLinking linking;

	@Autowired
	JdbcClient jdbc;

	/** An encounter as an earlier version stored it: the person is in it, with no link to the index. */
	UUID recordedBeforeLinking(String family) {
		UUID encounter = UUID.randomUUID();
		UUID person = UUID.randomUUID();
		jdbc.sql("""
				insert into encounter.encounter (id, reference, source, occurred_at, location_description, situation,
				    narrative, recorded_by, recorded_at, review_date)
				values (:id, :reference, 'ON_SCENE', :at, 'Park', 'CONCERN_FOR_WELFARE', 'Earlier', 'responder', :at, :review)
				""")
			.param("id", encounter)
			.param("reference", "ENC-2025-" + (100000 + (int) (Math.random() * 899999)))
			.param("at", Timestamp.from(Instant.parse("2025-06-01T10:00:00Z")))
			.param("review", java.sql.Date.valueOf(LocalDate.of(2031, 6, 1)))
			.update();
		jdbc.sql("""
				insert into encounter.encounter_person (id, encounter_id, position, role, given_name, family_name, date_of_birth)
				values (:id, :encounter, 0, 'SUBJECT', 'Elin', :family, :born)
				""")
			.param("id", person)
			.param("encounter", encounter)
			.param("family", family)
			.param("born", java.sql.Date.valueOf(LocalDate.of(1958, 9, 9)))
			.update();
		return person;
	}

	@Test
	void a_person_in_an_earlier_encounter_is_linked_once_and_only_once() {
		UUID mention = recordedBeforeLinking(TestActors.uniqueSurname("Vaughan"));
		assertThat(linking.personsOfMentions(List.of(mention))).isEmpty();

		assertThat(earlier.linkAll()).isPositive();
		assertThat(linking.personsOfMentions(List.of(mention))).containsKey(mention);

		assertThat(earlier.linkAll()).isZero();
	}
}
