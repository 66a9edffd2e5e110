package org.sightline.encounter;

/**
 * The nine published reasons why people may not tell the police about risk, abuse or
 * vulnerability (College of Policing guideline 2, Clues).
 */
public enum DisclosureBarrier {
	FEAR_BULLYING_COERCION,
	DISEMPOWERMENT,
	DEPENDENCE,
	NOT_RECOGNISING_ABUSE,
	CULTURAL_SOCIETAL_INFLUENCES,
	PERCEPTION_OF_AUTHORITY,
	PAST_EXPERIENCE,
	FEELING_BLAMED_OR_DISBELIEVED,
	IMPACT_OF_TRAUMA
}
