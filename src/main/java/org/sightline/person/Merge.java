package org.sightline.person;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Two person records found to be the same person. While it stands, {@code merged} is read as
 * {@code survivor}; an unmerge closes it and both records are separate again.
 */
public record Merge(UUID id, PersonId survivor, PersonId merged, String reason, String mergedBy, Instant mergedAt,
		Optional<String> unmergedBy, Optional<Instant> unmergedAt, Optional<String> unmergeReason) {

	public boolean standing() {
		return unmergedAt.isEmpty();
	}
}
