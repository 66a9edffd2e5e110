package org.sightline.hub;

/** What the safeguarding hub decided about an encounter it triaged (labelled by {@code triageOutcome.*}). */
public enum TriageOutcome {
	/** Nothing more for the hub: the response and referrals already made are enough. */
	NO_FURTHER_HUB_ACTION,
	/** Information shared with partners under the information-sharing agreement. */
	INFORMATION_SHARED,
	/** A strategy discussion arranged with children's or adult social care. */
	STRATEGY_DISCUSSION,
	/** A referral made to a partner agency. */
	REFERRAL_MADE,
	/** Referred to the multi-agency risk assessment conference. */
	REFERRED_TO_MARAC,
	/** Kept by the hub for its own assessment. */
	HUB_ASSESSMENT
}
