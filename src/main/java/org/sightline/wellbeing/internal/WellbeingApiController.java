package org.sightline.wellbeing.internal;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sightline.encounter.EncounterId;
import org.sightline.shared.Actor;
import org.sightline.wellbeing.WellbeingRecords;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff wellbeing for other systems (a force's occupational health or wellbeing app): your own, and a lead's team. */
@RestController
@RequestMapping("/api/v1/wellbeing")
@Tag(name = "Wellbeing", description = "Exposure to potentially traumatic incidents and the support offered: "
		+ "special-category data, read only by the person and their team's wellbeing lead, never ranked")
public class WellbeingApiController {

	/** The person's answer: WANTS_CONVERSATION or NOT_NOW. */
	record AnswerRequest(String answer) {
	}

	/** A conversation the lead records: kind (a configured code, e.g. DEFUSING, TRIM) and outcome (OFFERED, HELD). */
	record ConversationRequest(String kind, String outcome) {
	}

	private final WellbeingRecords records;

	WellbeingApiController(WellbeingRecords records) {
		this.records = records;
	}

	@GetMapping("/me")
	@Operation(summary = "Your own exposures by category over the period, and your support prompts",
			description = "Police staff only; each reads their own and nobody else's.")
	WellbeingRecords.MyWellbeing mine(Actor actor) {
		return records.mine(actor);
	}

	@PostMapping("/prompts/{id}/answer")
	@Operation(summary = "Answer a support prompt of your own: you would like a conversation, or not now",
			description = "Body: {answer: WANTS_CONVERSATION | NOT_NOW}. 400 naming answer, nothing stored; "
					+ "someone else's prompt is a 404.")
	WellbeingRecords.Prompt answer(Actor actor, @PathVariable UUID id, @RequestBody AnswerRequest request) {
		return records.answer(actor, id, request.answer());
	}

	/** Whether the encounter counted as an exposure (and is now on the person's own page). */
	record Attended(boolean counted) {
	}

	@PostMapping("/encounters/{id}/attended")
	@Operation(summary = "Say you attended an encounter someone else recorded",
			description = "Staff who record encounters, for an encounter they may read (else a 404). When it is in an "
					+ "exposure category, the exposure and its support prompt are yours, as if you had recorded it; "
					+ "saying it twice records it once.")
	Attended attended(Actor actor, @PathVariable UUID id) {
		return new Attended(records.attended(actor, new EncounterId(id)));
	}

	@GetMapping("/team")
	@Operation(summary = "Your team's counts by category over the period and its members' open prompts, by name",
			description = "Wellbeing leads only, for the team they are in; never ranked.")
	WellbeingRecords.TeamWellbeing team(Actor actor) {
		return records.team(actor);
	}

	@PostMapping("/prompts/{id}/conversation")
	@Operation(summary = "Record a supporting conversation offered or held after a prompt (wellbeing lead)",
			description = "Body: {kind (a configured code: DEFUSING, TRIM), outcome: OFFERED | HELD}. 400 naming each bad "
					+ "field, nothing stored; a prompt of someone outside the lead's team is a 404.")
	WellbeingRecords.Prompt conversation(Actor actor, @PathVariable UUID id, @RequestBody ConversationRequest request) {
		return records.recordConversation(actor, id, request.kind(), request.outcome());
	}
}
