package org.sightline.encounter;

import java.time.Instant;
import java.util.UUID;

import org.sightline.shared.Situation;

/** One line of a list of encounters. Holds no names: lists are seen at a glance, over shoulders. */
public record EncounterSummary(UUID id, String reference, Instant occurredAt, Situation situation,
		String locationDescription, int peopleCount) {
}
