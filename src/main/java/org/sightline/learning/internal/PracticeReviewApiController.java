package org.sightline.learning.internal;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sightline.learning.PracticeReviews;
import org.sightline.shared.Actor;
import org.sightline.shared.FreeText;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Learning from practice for other systems: debriefs and body-worn-video reviews, and the learning digest. */
@RestController
@RequestMapping("/api/v1/learning")
@Tag(name = "Learning from practice",
		description = "Debriefs and body-worn video reviews after an encounter, and the learning digest of their themes")
public class PracticeReviewApiController {

	/** A debrief or body-worn-video review; codes as in the catalogue of kinds, guidelines and themes. */
	record RecordRequest(String encounterId, String kind, String bwvReference, @FreeText String wentWell,
			@FreeText String toLearn, String guideline, List<String> themes) {
	}

	/** Sending the digest of a period (the default period when left out) to a team. */
	record SendRequest(String team, String from, String to) {
	}

	private final PracticeReviews reviews;

	PracticeReviewApiController(PracticeReviews reviews) {
		this.reviews = reviews;
	}

	@PostMapping("/debriefs")
	@Operation(summary = "Record a debrief or body-worn video review of an encounter",
			description = "By the member of staff who recorded the encounter, or a supervisor. Body: {encounterId, "
					+ "kind (DEBRIEF or BWV_REVIEW), bwvReference (required for BWV_REVIEW), wentWell?, toLearn, guideline "
					+ "(PROFESSIONAL_DEVELOPMENT, CLUES, COMMUNICATION, CURIOSITY or ACTIONS), themes (one or more of CLUES, "
					+ "COMMUNICATION, CURIOSITY, THRIVE, NDM, PARTNERSHIP, COMPASSION_FATIGUE)}. 201 with the review; 400 naming "
					+ "each bad field, nothing stored. Do not name the people in the encounter: learning points go into "
					+ "the digest sent to teams.")
	ResponseEntity<PracticeReviews.PracticeReview> record(Actor actor, @RequestBody RecordRequest request) {
		PracticeReviews.PracticeReview review = reviews.record(actor, new PracticeReviews.RecordReview(request.encounterId(),
				request.kind(), request.bwvReference(), request.wentWell(), request.toLearn(), request.guideline(),
				request.themes()));
		return ResponseEntity.created(URI.create("/api/v1/learning/debriefs")).body(review);
	}

	@GetMapping("/debriefs")
	@Operation(summary = "Debriefs and body-worn video reviews, newest first, optionally of one theme",
			description = "Supervisors and trainers read all; staff who record encounters read those they recorded or "
					+ "that are about their encounters.")
	List<PracticeReviews.PracticeReview> list(Actor actor, @RequestParam(required = false) String theme) {
		return reviews.list(actor, theme);
	}

	@GetMapping("/digest")
	@Operation(summary = "The learning digest of a period: each theme's count and learning points (trainer)",
			description = "from and to are dates (YYYY-MM-DD), both included; by default the configured number of "
					+ "days up to today. No encounter and no member of staff is named. With the log of its sendings.")
	PracticeReviews.Digest digest(Actor actor, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		return reviews.digest(actor, from, to);
	}

	@PostMapping("/digest/send")
	@Operation(summary = "Send the learning digest of a period to every member of a team by e-mail (trainer)",
			description = "Body: {team, from?, to?}. 201 with the logged sending; 400 naming each bad field, nothing sent.")
	ResponseEntity<PracticeReviews.Dissemination> send(Actor actor, @RequestBody SendRequest request) {
		return ResponseEntity.created(URI.create("/api/v1/learning/digest"))
			.body(reviews.send(actor, request.team(), request.from(), request.to()));
	}
}
