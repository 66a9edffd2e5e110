package org.sightline.encounter;

import org.sightline.shared.Actor;

/**
 * A section that another module adds to the encounter page (for example the THRIVE assessment
 * history), so the page can show what later modules know without this module depending on them.
 * Called only after the actor passed the encounter's need-to-know check.
 */
public interface EncounterSection {

	/** The Thymeleaf fragment to render, e.g. {@code assessment/section :: section}; it reads {@code sectionModel}. */
	String fragment();

	/** The data the fragment shows. */
	Object model(Actor actor, EncounterView encounter);

	/** Sections are shown in ascending order. */
	default int order() {
		return 0;
	}
}
