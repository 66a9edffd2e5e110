package org.sightline.assessment;

/**
 * What the officer thinks about significant harm to a child (Children Act 1989), in the two tests
 * the Act uses. Each includes the one before it.
 */
public enum SignificantHarm {
	/** No reasonable cause to suspect significant harm. */
	NOT_SUSPECTED,
	/** Reasonable cause to suspect the child is suffering, or likely to suffer, significant harm (s47). */
	SUSPECTED,
	/**
	 * A constable has reasonable cause to believe the child would otherwise be likely to suffer
	 * significant harm (s46 police protection).
	 */
	BELIEVED_LIKELY
}
