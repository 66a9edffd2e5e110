package org.sightline.wellbeing;

/** What the wellbeing lead records of a supporting conversation: offered (the prompt stays open), or held (it closes). */
public enum ConversationOutcome {
	OFFERED, HELD
}
