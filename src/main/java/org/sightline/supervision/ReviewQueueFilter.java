package org.sightline.supervision;

import java.util.Set;

/** Which open items to list: the kinds and risks chosen, or every one when a set is empty. */
public record ReviewQueueFilter(Set<String> kinds, Set<ReviewRisk> risks) {

	public ReviewQueueFilter {
		kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
		risks = risks == null ? Set.of() : Set.copyOf(risks);
	}

	public static ReviewQueueFilter everything() {
		return new ReviewQueueFilter(Set.of(), Set.of());
	}

	boolean admits(ReviewItem item) {
		return (kinds.isEmpty() || kinds.contains(item.kind()))
				&& (risks.isEmpty() || risks.contains(item.concerning().risk()));
	}
}
