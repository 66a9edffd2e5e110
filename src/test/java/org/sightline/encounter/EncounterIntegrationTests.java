package org.sightline.encounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sightline.encounter.EncounterFixtures.encounter;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditEntry;
import org.sightline.audit.AuditTrail;
import org.sightline.identity.CurrentActor;
import org.sightline.shared.Actor;
import org.sightline.shared.ConflictException;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.MutableClock;
import org.sightline.shared.RecordNotFoundException;
import org.sightline.shared.Role;
import org.sightline.shared.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The encounter module against the real (embedded or external) PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import(TestClock.class)
class EncounterIntegrationTests {

	@Autowired
	EncounterManagement encounters;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void itIsFridayAfternoon() {
		clock.setTo(TestClock.FRIDAY_AFTERNOON);
	}

	Instant anHourAgo() {
		return Instant.now(clock).minus(1, ChronoUnit.HOURS);
	}

	long rows(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	@Test
	@WithUserDetails("responder")
	void recording_an_encounter_stores_every_person_and_audits_the_collection() {
		Actor responder = CurrentActor.require();
		var outcome = encounters.record(responder, encounter(anHourAgo()), Optional.empty());

		assertThat(outcome.created()).isTrue();
		EncounterView stored = encounters.view(responder, new EncounterId(outcome.encounter().id()));
		assertThat(stored.reference()).matches("ENC-\\d{4}-\\d{6}");
		assertThat(stored.recordedBy()).isEqualTo("responder");
		assertThat(stored.people()).hasSize(2);
		EncounterView.PersonView victim = stored.people().get(0);
		assertThat(victim.vulnerabilities()).containsExactly("MENTAL_ILL_HEALTH");
		assertThat(victim.barriers()).containsExactly("FEAR_BULLYING_COERCION");
		assertThat(victim.adjustments()).containsExactly("INTERPRETER_USED");
		assertThat(victim.checks()).containsExactly("PREVIOUS_CONTACTS", "CHILDREN_IN_HOUSEHOLD");
		assertThat(victim.spokenToAlone()).isTrue();
		assertThat(victim.voice()).isEqualTo("Wants him to leave but is scared to say so.");
		assertThat(stored.people().get(1).estimatedAgeYears()).isEqualTo(6);
		assertThat(stored.recordedAt()).isEqualTo(TestClock.FRIDAY_AFTERNOON);
		assertThat(stored.reviewDate()).as("reviewed six years after it was recorded")
			.isEqualTo(java.time.LocalDate.of(2106, 12, 3));

		List<AuditEntry> trail = audit.entriesFor("ENCOUNTER", stored.id().toString());
		assertThat(trail).extracting(AuditEntry::action, AuditEntry::actor)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.COLLECTION, "responder"),
					org.assertj.core.groups.Tuple.tuple(AuditAction.CONSULTATION, "responder"));
	}

	@Test
	@WithUserDetails("handler")
	void recording_publishes_EncounterRecorded_with_identifiers_and_codes_only() {
		var outcome = encounters.record(CurrentActor.require(), encounter(anHourAgo()), Optional.empty());

		assertThat(events.stream(EncounterRecorded.class)).singleElement().satisfies(event -> {
			assertThat(event.encounterId().value()).isEqualTo(outcome.encounter().id());
			assertThat(event.personIds()).containsExactlyElementsOf(
					outcome.encounter().people().stream().map(EncounterView.PersonView::id).toList());
			assertThat(event.situation().name()).isEqualTo("DOMESTIC_ABUSE");
		});
	}

	@Test
	@WithUserDetails("responder")
	void a_rejected_request_stores_nothing() {
		long encountersBefore = rows("encounter.encounter");
		long peopleBefore = rows("encounter.encounter_person");
		long auditBefore = rows("audit.audit_entry");
		long keysBefore = rows("encounter.idempotency_key");
		var valid = encounter(anHourAgo());
		var oneBadPerson = EncounterFixtures.withPeople(valid,
				List.of(EncounterFixtures.victim(), EncounterFixtures.person("CHILD_PRESENT", "Kim", null, 200, List.of())));

		assertThatThrownBy(() -> encounters.record(CurrentActor.require(), oneBadPerson, Optional.of(UUID.randomUUID().toString())))
			.isInstanceOf(InvalidInputException.class);

		assertThat(rows("encounter.encounter")).isEqualTo(encountersBefore);
		assertThat(rows("encounter.encounter_person")).isEqualTo(peopleBefore);
		assertThat(rows("audit.audit_entry")).isEqualTo(auditBefore);
		assertThat(rows("encounter.idempotency_key")).isEqualTo(keysBefore);
		assertThat(events.stream(EncounterRecorded.class)).isEmpty();
	}

	@Test
	@WithUserDetails("responder")
	void the_same_idempotency_key_and_body_returns_the_first_encounter_and_stores_nothing_new() {
		Actor responder = CurrentActor.require();
		var command = encounter(anHourAgo());
		String key = UUID.randomUUID().toString();
		var first = encounters.record(responder, command, Optional.of(key));
		long encountersAfterFirst = rows("encounter.encounter");
		long auditAfterFirst = rows("audit.audit_entry");

		var second = encounters.record(responder, command, Optional.of(key));

		assertThat(second.created()).isFalse();
		assertThat(second.encounter().id()).isEqualTo(first.encounter().id());
		assertThat(second.encounter().people()).extracting(EncounterView.PersonView::id)
			.containsExactlyElementsOf(first.encounter().people().stream().map(EncounterView.PersonView::id).toList());
		assertThat(rows("encounter.encounter")).isEqualTo(encountersAfterFirst);
		assertThat(rows("audit.audit_entry")).isEqualTo(auditAfterFirst);
	}

	@Test
	@WithUserDetails("responder")
	void the_same_idempotency_key_with_a_different_body_is_a_conflict_and_stores_nothing() {
		Actor responder = CurrentActor.require();
		String key = UUID.randomUUID().toString();
		encounters.record(responder, encounter(anHourAgo()), Optional.of(key));
		long encountersBefore = rows("encounter.encounter");

		assertThatThrownBy(() -> encounters.record(responder, encounter(anHourAgo().minusSeconds(60)), Optional.of(key)))
			.isInstanceOf(ConflictException.class);
		assertThat(rows("encounter.encounter")).isEqualTo(encountersBefore);
	}

	@Test
	@WithUserDetails("responder")
	void two_people_may_use_the_same_idempotency_key_without_seeing_each_others_encounters() {
		String key = "shared-key-" + UUID.randomUUID();
		var mine = encounters.record(CurrentActor.require(), encounter(anHourAgo()), Optional.of(key));
		Actor handler = new Actor("handler", "Handler", java.util.Set.of(Role.CALL_HANDLER), Optional.empty());
		var theirs = encounters.record(handler, encounter(anHourAgo()), Optional.of(key));
		assertThat(theirs.created()).isTrue();
		assertThat(theirs.encounter().id()).isNotEqualTo(mine.encounter().id());
	}

	@Test
	@WithUserDetails("responder")
	void two_concurrent_requests_with_one_key_create_one_encounter() throws Exception {
		Actor responder = CurrentActor.require();
		var command = encounter(anHourAgo());
		String key = UUID.randomUUID().toString();
		long before = rows("encounter.encounter");
		Callable<UUID> save = new DelegatingSecurityContextCallable<>(
				() -> encounters.record(responder, command, Optional.of(key)).encounter().id());
		var pool = Executors.newFixedThreadPool(2);
		try {
			Future<UUID> a = pool.submit(save);
			Future<UUID> b = pool.submit(new DelegatingSecurityContextCallable<>(
					() -> encounters.record(responder, command, Optional.of(key)).encounter().id()));
			assertThat(a.get()).isEqualTo(b.get());
		}
		finally {
			pool.shutdown();
		}
		assertThat(rows("encounter.encounter")).isEqualTo(before + 1);
	}

	@Test
	@WithUserDetails("responder")
	void an_analyst_cannot_see_an_encounter_and_the_refusal_is_audited() {
		var outcome = encounters.record(CurrentActor.require(), encounter(anHourAgo()), Optional.empty());
		Actor stranger = new Actor("other-analyst", "Other", java.util.Set.of(Role.ANALYST), Optional.empty());
		UUID id = outcome.encounter().id();

		assertThatThrownBy(() -> encounters.view(stranger, new EncounterId(id)))
			.isInstanceOf(RecordNotFoundException.class);
		assertThat(audit.entriesFor("ENCOUNTER", id.toString())).extracting(AuditEntry::action, AuditEntry::actor)
			.contains(org.assertj.core.groups.Tuple.tuple(AuditAction.REFUSAL, "other-analyst"));
	}

	@Test
	@WithUserDetails("responder")
	void a_supervisor_may_read_any_encounter_and_the_purpose_is_supervision() {
		var outcome = encounters.record(CurrentActor.require(), encounter(anHourAgo()), Optional.empty());
		Actor supervisor = new Actor("supervisor", "Sgt", java.util.Set.of(Role.SUPERVISOR), Optional.empty());
		UUID id = outcome.encounter().id();

		assertThat(encounters.view(supervisor, new EncounterId(id)).id()).isEqualTo(id);
		assertThat(audit.entriesFor("ENCOUNTER", id.toString())).last()
			.extracting(AuditEntry::actor, AuditEntry::reason)
			.containsExactly("supervisor", "Supervision");
	}

	@Test
	@WithUserDetails("partner-csc")
	void a_partner_practitioner_cannot_record_an_encounter() {
		assertThatThrownBy(() -> encounters.record(CurrentActor.require(), encounter(anHourAgo()), Optional.empty()))
			.isInstanceOf(AccessDeniedException.class);
	}
}
