package org.sightline.shared;

/**
 * An agency that may respond, support or receive a referral, in the codes of the routing-preview
 * contract. The names are a published interface: never rename or remove one.
 */
public enum Agency {
	POLICE, AMBULANCE, MENTAL_HEALTH_SERVICE, HEALTH_SETTING, CHILDRENS_SOCIAL_CARE, ADULT_SOCIAL_CARE, MARAC, IDVA,
	EDUCATION, HOUSING, VICTIM_SUPPORT, LANDOWNER_OR_OTHER
}
