package org.sightline.supervision;

/**
 * How much risk the case behind a review item carries, highest first: the queue is read in this
 * order. The raising module maps its own risk level onto it; an item about no assessed case (a
 * broken audit chain, a possible match) is {@link #NOT_ASSESSED}.
 */
public enum ReviewRisk {
	HIGH, MEDIUM, LOW, NO_APPARENT_RISK, NOT_ASSESSED;

	/** The risk level of another module with the same name (HIGH, MEDIUM, LOW, NO_APPARENT_RISK), else not assessed. */
	public static ReviewRisk named(String name) {
		for (ReviewRisk risk : values()) {
			if (risk.name().equals(name)) {
				return risk;
			}
		}
		return NOT_ASSESSED;
	}
}
