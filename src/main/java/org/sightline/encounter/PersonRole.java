package org.sightline.encounter;

/** The part a person plays in an encounter. */
public enum PersonRole {
	SUBJECT, VICTIM, SUSPECT, CALLER, WITNESS, CHILD_PRESENT, OTHER
}
