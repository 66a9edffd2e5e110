package org.sightline.shared;

/**
 * What a person may do in Sightline. A partner practitioner always belongs to one partner agency. A
 * chief officer (or a member of a partnership board) reads demand figures only: aggregates, never a
 * named person. A trainer records the training and CPD of police staff and reads what their teams
 * have due; a wellbeing lead looks after the wellbeing of the teams they serve (issue #18).
 */
public enum Role {
	CALL_HANDLER, RESPONDER, SUPERVISOR, SAFEGUARDING_HUB, PARTNER_PRACTITIONER, ANALYST, CHIEF_OFFICER, ADMIN, TRAINER,
	WELLBEING_LEAD;

	/** The Spring Security authority name. */
	public String authority() {
		return "ROLE_" + name();
	}
}
