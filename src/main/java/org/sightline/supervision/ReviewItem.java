package org.sightline.supervision;

import java.time.Instant;
import java.util.Optional;

/** An item in the supervisor review queue, as read. */
public record ReviewItem(ReviewItemId id, SubjectRef subject, String reasonCode, String reason, String raisedBy,
		Instant raisedAt, boolean open, Optional<ReviewOutcome> outcome, Optional<String> decidedBy,
		Optional<Instant> decidedAt, Optional<String> note) {
}
