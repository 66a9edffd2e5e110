package org.sightline.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.audit.AuditTrail;
import org.sightline.identity.CurrentActor;
import org.sightline.shared.ConflictException;
import org.sightline.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@RecordApplicationEvents
class SupervisionIntegrationTests {

	@Autowired
	SupervisionManagement supervision;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApplicationEvents events;

	static SubjectRef subject() {
		String id = UUID.randomUUID().toString();
		return new SubjectRef("ASSESSMENT", id, "/assessments/" + id);
	}

	@Test
	@WithUserDetails("supervisor")
	void a_raised_item_waits_in_the_queue_until_a_supervisor_decides_it() {
		SubjectRef subject = subject();
		ReviewItemId id = supervision.raise(subject, "HIGH_GRADE", "Graded HIGH: every HIGH is reviewed", "responder")
			.orElseThrow();
		assertThat(supervision.openItems()).extracting(ReviewItem::id).contains(id);

		ReviewItem decided = supervision.decide(CurrentActor.require(), id, ReviewOutcome.RATIFIED, "Grade is right");

		assertThat(decided.open()).isFalse();
		assertThat(decided.outcome()).contains(ReviewOutcome.RATIFIED);
		assertThat(decided.decidedBy()).contains("supervisor");
		assertThat(supervision.openItems()).extracting(ReviewItem::id).doesNotContain(id);
		assertThat(events.stream(ReviewDecided.class)).anySatisfy(e -> {
			assertThat(e.id()).isEqualTo(id);
			assertThat(e.outcome()).isEqualTo(ReviewOutcome.RATIFIED);
		});
		assertThat(audit.entriesFor("REVIEW_ITEM", id.toString())).hasSize(1);
	}

	@Test
	@WithUserDetails("supervisor")
	void raising_the_same_reason_twice_for_one_subject_adds_nothing_while_it_is_open() {
		SubjectRef subject = subject();
		assertThat(supervision.raise(subject, "HIGH_GRADE", "HIGH", "responder")).isPresent();
		assertThat(supervision.raise(subject, "HIGH_GRADE", "HIGH again", "responder")).isEmpty();
		assertThat(supervision.raise(subject, "JUDGEMENT_DIFFERS_FROM_TOOL", "Differs", "responder")).isPresent();
		assertThat(supervision.itemsFor(subject.type(), subject.id())).hasSize(2);
	}

	@Test
	@WithUserDetails("supervisor")
	void overturning_needs_a_note() {
		ReviewItemId id = supervision.raise(subject(), "HIGH_GRADE", "HIGH", "responder").orElseThrow();
		assertThatThrownBy(() -> supervision.decide(CurrentActor.require(), id, ReviewOutcome.OVERTURNED, " "))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("note");
		assertThat(supervision.item(id).open()).isTrue();
	}

	@Test
	@WithUserDetails("supervisor")
	void an_item_cannot_be_decided_twice() {
		ReviewItemId id = supervision.raise(subject(), "HIGH_GRADE", "HIGH", "responder").orElseThrow();
		supervision.decide(CurrentActor.require(), id, ReviewOutcome.NOTED, null);
		assertThatThrownBy(() -> supervision.decide(CurrentActor.require(), id, ReviewOutcome.OVERTURNED, "No"))
			.isInstanceOf(ConflictException.class);
		assertThat(supervision.item(id).outcome()).contains(ReviewOutcome.NOTED);
	}

	@Test
	@WithUserDetails("responder")
	void only_a_supervisor_decides() {
		ReviewItemId id = supervision.raise(subject(), "HIGH_GRADE", "HIGH", "responder").orElseThrow();
		assertThatThrownBy(() -> supervision.decide(CurrentActor.require(), id, ReviewOutcome.RATIFIED, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> supervision.openItems()).isInstanceOf(AccessDeniedException.class);
	}
}
