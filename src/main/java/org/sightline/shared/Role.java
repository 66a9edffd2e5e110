package org.sightline.shared;

/** What a person may do in Sightline. A partner practitioner always belongs to one partner agency. */
public enum Role {
	CALL_HANDLER, RESPONDER, SUPERVISOR, SAFEGUARDING_HUB, PARTNER_PRACTITIONER, ANALYST, ADMIN;

	/** The Spring Security authority name. */
	public String authority() {
		return "ROLE_" + name();
	}
}
