package org.sightline.encounter;

/**
 * A person's sex as they describe it, for equality monitoring (Public Sector Equality Duty) only: it
 * never changes a decision. Optional; {@code NOT_STATED} when the person chose not to say.
 */
public enum Sex {
	FEMALE, MALE, OTHER, NOT_STATED
}
