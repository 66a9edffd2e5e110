package org.sightline.learning;

/**
 * A theme a practice review is tagged with, from the guidelines' vocabulary (REFERENCE §1–3), which the
 * learning digest counts: clues, communication, curiosity, THRIVE, the National Decision Model, partnership
 * working, and compassion or empathy fatigue (guideline 1 names it among what organisational learning
 * should capture). Labelled by {@code practiceTheme.*}; listed in this order.
 */
public enum PracticeTheme {
	CLUES, COMMUNICATION, CURIOSITY, THRIVE, NDM, PARTNERSHIP, COMPASSION_FATIGUE
}
