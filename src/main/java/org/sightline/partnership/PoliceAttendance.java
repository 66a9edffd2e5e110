package org.sightline.partnership;

/** When police attend a situation under a partnership agreement clause. */
public enum PoliceAttendance {
	/** Police lead, whatever the facts (e.g. missing persons, domestic abuse). */
	ALWAYS,
	/** The partner leads and police support (e.g. returning a detained AWOL patient, s136 until handover). */
	SUPPORTING,
	/**
	 * Police attend only when the Right Care, Right Person threshold is met: a crime to investigate,
	 * a real and immediate risk to life or of serious harm, or police assumed responsibility or created the risk.
	 */
	WHEN_THRESHOLD_MET
}
