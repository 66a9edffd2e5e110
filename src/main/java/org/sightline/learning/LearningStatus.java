package org.sightline.learning;

/**
 * Where a member of staff stands with one required course today (labelled by {@code learningStatus.*}),
 * in the order a team view lists them: what needs doing first.
 */
public enum LearningStatus {
	/** The renewal date has passed. */
	OVERDUE,
	/** Required of their role and never recorded. */
	NEVER_DONE,
	/** Due for renewal within the configured number of days. */
	DUE_SOON,
	/** Done, and not due for renewal soon. */
	DONE
}
