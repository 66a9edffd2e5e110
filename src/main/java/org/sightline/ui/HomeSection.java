package org.sightline.ui;

import org.sightline.shared.Actor;

/**
 * A part of the home page that another module adds for the people it serves (for example the
 * referrals waiting for a partner practitioner's answer), so the home page can show what later
 * modules know without this module depending on them.
 */
public interface HomeSection {

	/** Whether this section is for the signed-in person. */
	boolean isFor(Actor actor);

	/** The Thymeleaf fragment to render, e.g. {@code referral/partner-home :: section}; it reads {@code sectionModel}. */
	String fragment();

	/** The data the fragment shows. */
	Object model(Actor actor);
}
