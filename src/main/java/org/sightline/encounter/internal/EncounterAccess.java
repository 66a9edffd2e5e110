package org.sightline.encounter.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.sightline.encounter.EncounterView;
import org.sightline.shared.Actor;
import org.sightline.shared.Role;

/**
 * Need-to-know for encounters. The person who recorded it, supervisors and the safeguarding hub
 * may read it. Call handlers and responders may also read a live incident (recorded within the
 * operational window, 24 hours by default), so that the responder who attends can re-assess what
 * the call handler recorded. Partners, analysts and administrators may not read individual
 * encounters. Returns the purpose recorded in the audit log, or empty when access is refused.
 */
public final class EncounterAccess {

	private EncounterAccess() {
	}

	public static Optional<String> purposeOfViewing(Actor actor, EncounterView encounter, Instant now,
			Duration operationalWindow) {
		boolean operational = actor.hasAnyRole(Role.CALL_HANDLER, Role.RESPONDER);
		if (actor.username().equals(encounter.recordedBy()) && (operational || actor.hasAnyRole(Role.SUPERVISOR, Role.SAFEGUARDING_HUB))) {
			return Optional.of("Recorded by the viewer");
		}
		if (actor.hasRole(Role.SUPERVISOR)) {
			return Optional.of("Supervision");
		}
		if (actor.hasRole(Role.SAFEGUARDING_HUB)) {
			return Optional.of("Safeguarding hub review");
		}
		if (operational && !encounter.recordedAt().plus(operationalWindow).isBefore(now)) {
			return Optional.of("Live incident (recorded within " + operationalWindow.toHours() + " hours)");
		}
		return Optional.empty();
	}
}
