package org.sightline.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Police officers' attendance at an encounter: deployed, cleared (null while still there), and how
 * many officers. Officer time is measured from these, not assumed.
 */
public record Attendance(UUID id, UUID encounterId, Instant deployedAt, Instant clearedAt, int officers,
		String recordedBy, Instant recordedAt) {

	/** Officer minutes (every officer's time), or zero while the officers are still there. */
	public long officerMinutes() {
		return clearedAt == null ? 0 : Duration.between(deployedAt, clearedAt).toMinutes() * officers;
	}
}
