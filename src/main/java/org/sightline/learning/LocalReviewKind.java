package org.sightline.learning;

/**
 * The kind of local review a force learns from (REFERENCE §1.1: serious case and domestic homicide
 * reviews), labelled by {@code localReviewKind.*}.
 */
public enum LocalReviewKind {
	/** A domestic homicide review (DHR). */
	DOMESTIC_HOMICIDE_REVIEW,
	/** A child safeguarding practice review (formerly a serious case review). */
	CHILD_SAFEGUARDING_PRACTICE_REVIEW,
	/** A safeguarding adults review (SAR). */
	SAFEGUARDING_ADULTS_REVIEW,
	/** Any other review the force learns from. */
	OTHER
}
