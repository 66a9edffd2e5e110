package org.sightline.referral;

/**
 * The data items a referral may share, chosen one by one (minimum necessary). A partner sees only
 * the items that were shared with their agency.
 */
public enum SharedItem {
	/** Names of the people the referral is about. */
	NAMES,
	/** Dates of birth or estimated ages. */
	AGES,
	/** Where the encounter happened. */
	LOCATION,
	/** What happened, in the recorder's words. */
	NARRATIVE,
	/** Recorded vulnerabilities (personal and situational). */
	VULNERABILITIES,
	/** Disclosure barriers observed. */
	BARRIERS,
	/** Communication needs and adjustments. */
	COMMUNICATION,
	/** The person's own words and wishes. */
	VOICE,
	/** Risk levels and the response grade from the THRIVE assessment. */
	RISK,
	/** Risk tool results (e.g. DASH count and level). */
	TOOL_RESULTS
}
