package org.sightline.person;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A mention whose best candidate scored between the review and automatic thresholds. A new person
 * was created for it; a reviewer decides whether that person is the candidate.
 */
public record MatchReview(UUID id, UUID linkId, String encounterReference, PersonId newPerson, PersonId candidate,
		double matchWeight, List<String> evidence, Instant raisedAt, Optional<String> decision,
		Optional<String> decidedBy, Optional<Instant> decidedAt, Optional<String> note) {

	public MatchReview {
		evidence = List.copyOf(evidence);
	}

	public boolean open() {
		return decision.isEmpty();
	}
}
