package org.sightline.encounter;

/** How the encounter reached the force. */
public enum Source {
	EMERGENCY_CALL, NON_EMERGENCY_CALL, ONLINE, PARTNER_AGENCY, ON_SCENE
}
