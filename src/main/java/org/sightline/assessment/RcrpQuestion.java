package org.sightline.assessment;

/** The questions of the Right Care, Right Person threshold for a police response (REFERENCE §5). */
public enum RcrpQuestion {
	/** Is there a crime that has occurred or is occurring to investigate? */
	CRIME_TO_INVESTIGATE,
	/** Is there a real and immediate risk to someone's life (ECHR Art 2)? */
	REAL_AND_IMMEDIATE_RISK_TO_LIFE,
	/** Is someone subject to, or at real and immediate risk of, serious harm (ECHR Art 3)? */
	RISK_OF_SERIOUS_HARM,
	/** Did the police assume responsibility for the person, or create the risk (common-law duty)? */
	POLICE_ASSUMED_RESPONSIBILITY_OR_CREATED_RISK
}
