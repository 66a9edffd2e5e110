package org.sightline.encounter;

import java.util.Optional;

import org.sightline.shared.Actor;
import org.sightline.shared.Role;

/**
 * Need-to-know for encounters: the person who recorded it, supervisors and the safeguarding hub
 * may read it. Partners, analysts and administrators may not read individual encounters.
 * Returns the purpose recorded in the audit log, or empty when access is refused.
 */
final class EncounterAccess {

	private EncounterAccess() {
	}

	static Optional<String> purposeOfViewing(Actor actor, Encounter encounter) {
		if (actor.username().equals(encounter.recordedBy())
				&& actor.hasAnyRole(Role.CALL_HANDLER, Role.RESPONDER, Role.SUPERVISOR, Role.SAFEGUARDING_HUB)) {
			return Optional.of("Recorded by the viewer");
		}
		if (actor.hasRole(Role.SUPERVISOR)) {
			return Optional.of("Supervision");
		}
		if (actor.hasRole(Role.SAFEGUARDING_HUB)) {
			return Optional.of("Safeguarding hub review");
		}
		return Optional.empty();
	}
}
