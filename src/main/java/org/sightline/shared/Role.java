package org.sightline.shared;

/**
 * What a person may do in Sightline. A partner practitioner always belongs to one partner agency. A
 * chief officer (or a member of a partnership board) reads demand figures only: aggregates, never a
 * named person.
 */
public enum Role {
	CALL_HANDLER, RESPONDER, SUPERVISOR, SAFEGUARDING_HUB, PARTNER_PRACTITIONER, ANALYST, CHIEF_OFFICER, ADMIN;

	/** The Spring Security authority name. */
	public String authority() {
		return "ROLE_" + name();
	}
}
