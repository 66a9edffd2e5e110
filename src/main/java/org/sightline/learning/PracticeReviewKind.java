package org.sightline.learning;

/** What kind of look back at an encounter a practice review is (labelled by {@code practiceReviewKind.*}). */
public enum PracticeReviewKind {
	/** A conversation after the encounter about how it went. */
	DEBRIEF,
	/** A review of the body-worn video of the encounter: needs the video's reference. */
	BWV_REVIEW
}
