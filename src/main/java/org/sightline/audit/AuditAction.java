package org.sightline.audit;

/** The kinds of processing that DPA 2018 s.62 requires a log of. */
public enum AuditAction {
	/** Personal data was recorded for the first time. */
	COLLECTION,
	/** A record was changed. */
	ALTERATION,
	/** Somebody looked at a record. */
	CONSULTATION,
	/** Data left the force, for example in a referral. */
	DISCLOSURE,
	/** Data was erased. */
	ERASURE,
	/** An attempt to see or act on a record that was refused (and a failed sign-in). */
	REFUSAL,
	/** Someone signed in or out. */
	ACCESS
}
