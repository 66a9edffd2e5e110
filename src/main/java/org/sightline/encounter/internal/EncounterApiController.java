package org.sightline.encounter.internal;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.encounter.RecordEncounter;
import org.sightline.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The encounters API of docs/contracts/encounters.md. */
@RestController
@RequestMapping("/api/v1/encounters")
@Tag(name = "Encounters", description = "Record what was learned about the people in a call or on-scene contact")
public class EncounterApiController {

	private final EncounterManagement encounters;

	EncounterApiController(EncounterManagement encounters) {
		this.encounters = encounters;
	}

	@PostMapping
	@Operation(summary = "Record an encounter",
			description = "With an Idempotency-Key, a repeated request returns the first encounter (200) and stores nothing new; "
					+ "the same key with a different body is a 409 problem.")
	ResponseEntity<EncounterView> record(Actor actor, @RequestBody RecordEncounter request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		EncounterManagement.Outcome outcome = encounters.record(actor, request, Optional.ofNullable(idempotencyKey));
		URI location = URI.create("/api/v1/encounters/" + outcome.encounter().id());
		return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.location(location)
			.body(outcome.encounter());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read an encounter", description = "Writes an audit entry. 404 when unknown or not visible to you.")
	EncounterView read(Actor actor, @PathVariable UUID id) {
		return encounters.view(actor, new EncounterId(id));
	}
}
