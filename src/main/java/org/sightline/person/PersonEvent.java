package org.sightline.person;

import java.time.Instant;

/** One entry in a person record's history: created, linked, merged, unmerged, match reviewed. */
public record PersonEvent(PersonId personId, Instant occurredAt, String actor, String action, String detail,
		String reason) {
}
