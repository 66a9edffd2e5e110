package org.sightline.encounter;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.sightline.shared.Situation;

/** An encounter was recorded. Carries identifiers and coded facts only, never free text about people. */
public record EncounterRecorded(EncounterId encounterId, Situation situation, Instant occurredAt,
		List<UUID> personIds, String recordedBy) {
}
