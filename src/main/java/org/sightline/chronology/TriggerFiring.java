package org.sightline.chronology;

import java.time.Instant;
import java.util.UUID;

/** A trigger that fired for a person on a contact, and why. */
public record TriggerFiring(UUID id, String ruleCode, String ruleName, UUID personId, UUID encounterId,
		String encounterReference, String reason, Instant firedAt) {
}
