package org.sightline.shared;

/**
 * What an encounter is about, in the codes of the routing-preview contract. Used by intake,
 * assessment, routing and partnership agreements.
 */
public enum Situation {
	CONCERN_FOR_WELFARE,
	WALKOUT_FROM_HEALTH_SETTING,
	AWOL_FROM_MENTAL_HEALTH_UNIT,
	MEDICAL_INCIDENT,
	MENTAL_HEALTH_CONVEYANCE,
	SECTION_136_PLACE_OF_SAFETY,
	MISSING_PERSON,
	DOMESTIC_ABUSE,
	CHILD_CONCERN,
	ADULT_AT_RISK,
	OTHER
}
