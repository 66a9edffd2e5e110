package org.sightline.learning;

/**
 * The College of Policing's vulnerability-related risks guidelines (REFERENCE §1) a practice review
 * concerns, with Appendix 1 (actions), which the guidelines say clues, communication and curiosity lead
 * to. Labelled by {@code guideline.*}.
 */
public enum Guideline {
	/** Guideline 1: professional development. */
	PROFESSIONAL_DEVELOPMENT,
	/** Guideline 2: clues. */
	CLUES,
	/** Guideline 3: communication. */
	COMMUNICATION,
	/** Guideline 4: curiosity. */
	CURIOSITY,
	/** Appendix 1: actions. */
	ACTIONS
}
