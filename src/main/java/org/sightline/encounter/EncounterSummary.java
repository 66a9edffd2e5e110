package org.sightline.encounter;

import java.time.Instant;
import java.util.UUID;

import org.sightline.shared.Situation;

/**
 * One line of a list of encounters. Holds no names: lists are seen at a glance, over shoulders.
 * {@code area} is the code of the force area, or null when none was recorded.
 */
public record EncounterSummary(UUID id, String reference, Instant occurredAt, Instant recordedAt, Situation situation,
		String locationDescription, String area, int peopleCount) {
}
