package org.sightline.learning;

/**
 * Where a local review's recommendation stands, labelled by {@code recommendationStatus.*}. It only moves
 * on: open, in progress, done (with the date it was done).
 */
public enum RecommendationStatus {
	OPEN, IN_PROGRESS, DONE
}
