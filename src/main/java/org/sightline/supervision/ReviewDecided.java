package org.sightline.supervision;

/** A supervisor closed a review item; the raising module may act on the outcome. */
public record ReviewDecided(ReviewItemId id, String subjectType, String subjectId, String reasonCode,
		ReviewOutcome outcome, String decidedBy) {
}
