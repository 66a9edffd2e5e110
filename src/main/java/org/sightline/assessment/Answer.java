package org.sightline.assessment;

/** An answer to one question of a risk tool. Every question must have one; "not known" is not yes. */
public enum Answer {
	YES, NO, NOT_KNOWN
}
