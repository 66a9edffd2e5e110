package org.sightline.routing;

import java.util.UUID;

/** A routing decision was recorded. Identifiers and codes only. */
public record RoutingDecided(UUID decisionId, UUID encounterId, RoutingOutcome outcome, String agreementId,
		String agreementVersion, boolean overridden) {
}
