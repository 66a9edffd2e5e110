package org.sightline.wellbeing;

/** How a member of staff answered a prompt to offer them support: it is their choice (opt-in). */
public enum PromptAnswer {
	/** They would like a conversation (defusing or TRiM): their team's wellbeing lead arranges it. */
	WANTS_CONVERSATION,
	/** Not now: the prompt closes; they can change their mind while it is kept. */
	NOT_NOW
}
