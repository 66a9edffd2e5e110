package org.sightline.assessment;

/** The three parts of the Care Act 2014 s42 test for a safeguarding enquiry (REFERENCE §6.5). */
public enum CareActSection42 {
	/** (a) The adult has needs for care and support (whether or not the local authority meets them). */
	CARE_AND_SUPPORT_NEEDS,
	/** (b) The adult is experiencing, or is at risk of, abuse or neglect, including financial abuse. */
	ABUSE_OR_NEGLECT,
	/** (c) Because of those needs, the adult cannot protect themselves from it. */
	UNABLE_TO_PROTECT_SELF
}
