package org.sightline.person.linkage;

/** What to do with a pair of records, given its match probability and the thresholds. */
public enum MatchDecision {

	/** Probability at or above the link threshold: treat as the same person. */
	LINK,
	/** Between the thresholds: a person should look at the pair. */
	REVIEW,
	/** Below the review threshold: treat as different people. */
	NO_LINK;

	static MatchDecision of(double probability, LinkageSettings settings) {
		if (probability >= settings.linkAbove()) {
			return LINK;
		}
		return probability >= settings.reviewAbove() ? REVIEW : NO_LINK;
	}
}
