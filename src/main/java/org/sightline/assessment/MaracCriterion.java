package org.sightline.assessment;

/** The four SafeLives criteria for referring a case to a MARAC (REFERENCE §6.1 [S32]). Any one is enough. */
public enum MaracCriterion {
	/** The DASH count reaches high risk (14 or more yes answers in the 2009 form). */
	VISIBLE_HIGH_RISK,
	/** The referrer has articulated concerns; may be the only basis for a referral. */
	PROFESSIONAL_JUDGEMENT,
	/** Several incidents within a period (commonly 3 in 12 months), whatever the DASH count. */
	POTENTIAL_ESCALATION,
	/** A further incident within a period (commonly 12 months) of an earlier MARAC hearing. */
	REPEAT_REFERRAL
}
