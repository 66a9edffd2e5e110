package org.sightline.person;

/** How a mention came to be linked to a person. */
public enum LinkMethod {
	/** The best candidate's match weight was at or above the automatic threshold. */
	AUTOMATIC,
	/** The recorder chose the person from the matches offered. */
	CHOSEN,
	/**
	 * No candidate was close enough, or the best was between the thresholds (then a reviewer
	 * decides whether the new person is the candidate).
	 */
	NEW_PERSON
}
