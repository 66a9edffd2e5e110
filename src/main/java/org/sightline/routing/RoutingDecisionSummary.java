package org.sightline.routing;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.sightline.shared.Agency;

/**
 * A routing decision in a few words, for a person's chronology: who decided what, when, and
 * whether it overrode the recommendation.
 */
public record RoutingDecisionSummary(UUID id, UUID encounterId, String decidedBy, Instant decidedAt,
		RoutingOutcome outcome, Optional<Agency> primaryAgency, String overrideRationale) {
}
