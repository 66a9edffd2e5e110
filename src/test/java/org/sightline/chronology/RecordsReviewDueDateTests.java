package org.sightline.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.TestActors;
import org.sightline.chronology.internal.RecordsReview;
import org.sightline.encounter.EncounterFixtures;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.RecordEncounter;
import org.sightline.identity.CurrentActor;
import org.sightline.person.PersonId;
import org.sightline.shared.Actor;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.MutableClock;
import org.sightline.shared.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * MoPI review by the calendar: a person falls due on the day the force's period after their latest
 * contact ends (six years for a welfare concern), and a decision to retain holds them out of the
 * queue until its date. The test clock walks through the years.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestClock.class)
class RecordsReviewDueDateTests {

	@Autowired
	MutableClock clock;

	@Autowired
	RecordsReview review;

	@Autowired
	EncounterManagement encounters;

	boolean due(Actor supervisor, UUID person) {
		return review.due(supervisor, 10_000).stream().anyMatch(d -> d.person().value().equals(person));
	}

	@Test
	@WithUserDetails("supervisor")
	void a_person_falls_due_on_the_day_their_review_period_ends_and_a_retention_holds_them_until_its_date() {
		Actor supervisor = CurrentActor.require();
		clock.setTo(TestClock.FRIDAY_AFTERNOON); // 3 December 2100
		var call = EncounterFixtures.encounter(Instant.now(clock).minus(Duration.ofHours(1)),
				new RecordEncounter.PersonDetails("SUBJECT", "Robin", TestActors.uniqueSurname("Calendar"),
						null, LocalDate.of(1970, 3, 3), null, List.of(), List.of(), List.of(), List.of(), null, null, List.of(),
						null));
		var welfare = new RecordEncounter(call.source(), call.occurredAt(), call.location(), "CONCERN_FOR_WELFARE",
				call.narrative(), call.people());
		UUID robin = encounters.record(supervisor, welfare, Optional.empty()).encounter().people().get(0).personId();
		assertThat(due(supervisor, robin)).as("just seen").isFalse();

		clock.setTo(Instant.parse("2106-12-02T12:00:00Z"));
		assertThat(due(supervisor, robin)).as("the day before six years are up").isFalse();
		clock.setTo(Instant.parse("2106-12-03T12:00:00Z"));
		assertThat(due(supervisor, robin)).as("six years to the day").isTrue();

		assertThatThrownBy(() -> review.retain(supervisor, new PersonId(robin), "Open case", LocalDate.of(2106, 12, 3)))
			.as("a retention must reach past today")
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("nextReview");
		review.retain(supervisor, new PersonId(robin), "Linked to an open investigation", LocalDate.of(2107, 12, 3));
		assertThat(due(supervisor, robin)).as("retained").isFalse();
		clock.setTo(Instant.parse("2107-12-02T12:00:00Z"));
		assertThat(due(supervisor, robin)).as("the day before the retention ends").isFalse();
		clock.setTo(Instant.parse("2107-12-03T12:00:00Z"));
		assertThat(due(supervisor, robin)).as("the retention's date: due again").isTrue();
	}
}
