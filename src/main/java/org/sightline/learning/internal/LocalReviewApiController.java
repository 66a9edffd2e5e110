package org.sightline.learning.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sightline.learning.LocalReviews;
import org.sightline.shared.Actor;
import org.sightline.shared.FreeText;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Local reviews (e.g. domestic homicide reviews) and their recommendations, tracked to completion. */
@RestController
@RequestMapping("/api/v1/learning/reviews")
@Tag(name = "Local reviews", description = "Local reviews the force learns from and their recommendations")
public class LocalReviewApiController {

	/** A review to log: kind (DOMESTIC_HOMICIDE_REVIEW, CHILD_SAFEGUARDING_PRACTICE_REVIEW, SAFEGUARDING_ADULTS_REVIEW, OTHER). */
	record LogRequest(String kind, String reference, String title) {
	}

	/** A recommendation to add: dueOn is a date (YYYY-MM-DD). */
	record RecommendRequest(@FreeText String text, String owner, String dueOn) {
	}

	/** Moving a recommendation on: status IN_PROGRESS or DONE; doneOn (YYYY-MM-DD) for done, today when left out. */
	record MoveRequest(String status, String doneOn) {
	}

	private final LocalReviews reviews;

	LocalReviewApiController(LocalReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping
	@Operation(summary = "Local reviews with their recommendations, overdue first",
			description = "Supervisors, trainers and administrators. A recommendation not done by its due date is overdue.")
	List<LocalReviews.Review> list(Actor actor) {
		return reviews.list(actor);
	}

	@PostMapping
	@Operation(summary = "Log a local review (trainer, administrator)",
			description = "Body: {kind, reference, title}. 201 with the review; 400 naming each bad field, nothing stored.")
	ResponseEntity<LocalReviews.Review> log(Actor actor, @RequestBody LogRequest request) {
		LocalReviews.Review review = reviews.log(actor, new LocalReviews.LogReview(request.kind(), request.reference(),
				request.title()));
		return ResponseEntity.created(URI.create("/api/v1/learning/reviews")).body(review);
	}

	@PostMapping("/{id}/recommendations")
	@Operation(summary = "Add a recommendation to a local review, open (trainer, administrator)",
			description = "Body: {text, owner (a team or a role, in words), dueOn}. 201; 400 naming each bad field.")
	ResponseEntity<LocalReviews.Recommendation> recommend(Actor actor, @PathVariable UUID id,
			@RequestBody RecommendRequest request) {
		return ResponseEntity.created(URI.create("/api/v1/learning/reviews"))
			.body(reviews.recommend(actor, id, new LocalReviews.AddRecommendation(request.text(), request.owner(),
					request.dueOn())));
	}

	@PostMapping("/recommendations/{recommendationId}")
	@Operation(summary = "Move a recommendation on: open to in progress or done, in progress to done (trainer, administrator)",
			description = "Body: {status, doneOn?}. 400 naming status or doneOn; 409 when someone moved it on first.")
	LocalReviews.Recommendation move(Actor actor, @PathVariable UUID recommendationId, @RequestBody MoveRequest request) {
		return reviews.move(actor, recommendationId, request.status(), request.doneOn());
	}
}
