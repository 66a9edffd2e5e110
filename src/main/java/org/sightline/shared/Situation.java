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
	OTHER;

	/**
	 * A few words for counting contacts ("3 mental health, 1 missing"): the three mental health
	 * situations share one, so a person's pattern shows.
	 */
	public String shortName() {
		return switch (this) {
			case CONCERN_FOR_WELFARE -> "concern for welfare";
			case WALKOUT_FROM_HEALTH_SETTING -> "walked out of a health setting";
			case AWOL_FROM_MENTAL_HEALTH_UNIT, MENTAL_HEALTH_CONVEYANCE, SECTION_136_PLACE_OF_SAFETY -> "mental health";
			case MEDICAL_INCIDENT -> "medical";
			case MISSING_PERSON -> "missing";
			case DOMESTIC_ABUSE -> "domestic abuse";
			case CHILD_CONCERN -> "child concern";
			case ADULT_AT_RISK -> "adult at risk";
			case OTHER -> "other";
		};
	}
}
