package org.sightline.routing;

import java.util.UUID;

/**
 * Something was recorded after a routing decision: the caller was told, officers' attendance, a
 * timer started or completed, or a supervisor reviewed an override.
 *
 * @param what CALLER_INFORMED, ATTENDANCE, TIMER_STARTED, TIMER_COMPLETED or OVERRIDE_REVIEWED
 */
public record RoutingFollowUpRecorded(UUID decisionId, UUID encounterId, String what) {
}
