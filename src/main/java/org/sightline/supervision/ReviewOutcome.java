package org.sightline.supervision;

/** How a supervisor closed a review item. */
public enum ReviewOutcome {
	/** The decision stands as made. */
	RATIFIED,
	/** The decision is overturned; the note says what should happen instead. */
	OVERTURNED,
	/** Seen, with no decision needed (for example a timer breach that was explained). */
	NOTED
}
