package org.sightline.encounter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.encounter.EncounterView;
import org.sightline.encounter.Location;
import org.sightline.encounter.Source;
import org.sightline.shared.Actor;
import org.sightline.shared.Role;
import org.sightline.shared.Situation;

public class EncounterAccessTests {

	static final Instant RECORDED = Instant.parse("2026-11-26T21:30:00Z");
	static final Duration WINDOW = Duration.ofHours(24);

	static final EncounterView ENCOUNTER = new EncounterView(UUID.randomUUID(), "ENC-2026-000001", Source.EMERGENCY_CALL,
			RECORDED, new Location("Mill Lane", null, null), Situation.DOMESTIC_ABUSE, "Shouting", "handler", RECORDED,
			null, List.of());

	static Actor actor(String username, Role role) {
		return new Actor(username, username, Set.of(role), Optional.empty());
	}

	@Test
	void the_recorder_may_always_read_their_own_encounter() {
		assertThat(EncounterAccess.purposeOfViewing(actor("handler", Role.CALL_HANDLER), ENCOUNTER,
				RECORDED.plus(Duration.ofDays(400)), WINDOW)).contains("Recorded by the viewer");
	}

	@Test
	void a_responder_may_read_a_live_incident_recorded_by_a_call_handler() {
		assertThat(EncounterAccess.purposeOfViewing(actor("responder", Role.RESPONDER), ENCOUNTER,
				RECORDED.plus(Duration.ofHours(23)), WINDOW)).get().asString().startsWith("Live incident");
	}

	@Test
	void after_the_operational_window_a_responder_has_no_need_to_know() {
		assertThat(EncounterAccess.purposeOfViewing(actor("responder", Role.RESPONDER), ENCOUNTER,
				RECORDED.plus(Duration.ofHours(25)), WINDOW)).isEmpty();
	}

	@Test
	void supervisors_and_the_safeguarding_hub_may_read_any_encounter_and_say_why() {
		Instant later = RECORDED.plus(Duration.ofDays(30));
		assertThat(EncounterAccess.purposeOfViewing(actor("supervisor", Role.SUPERVISOR), ENCOUNTER, later, WINDOW))
			.contains("Supervision");
		assertThat(EncounterAccess.purposeOfViewing(actor("hub", Role.SAFEGUARDING_HUB), ENCOUNTER, later, WINDOW))
			.contains("Safeguarding hub review");
	}

	@Test
	void partners_analysts_and_administrators_never_read_individual_encounters() {
		for (Role role : List.of(Role.PARTNER_PRACTITIONER, Role.ANALYST, Role.ADMIN)) {
			assertThat(EncounterAccess.purposeOfViewing(actor("someone", role), ENCOUNTER, RECORDED.plusSeconds(60), WINDOW))
				.as(role.name())
				.isEmpty();
		}
	}
}
