package org.sightline.assessment;

import java.util.Set;

/**
 * A red flag that supports professional judgement when grading domestic abuse, whatever the DASH
 * count (REFERENCE §6.1, from SafeLives guidance as published by Plymouth). A red flag does not
 * change the grade by itself: the officer decides, and may raise the grade because of it.
 */
public enum DashRedFlag {

	SEPARATION_WITH_CONTROL_AND_VIOLENCE("separation, coercive control and physical or sexual violence together",
			Set.of("SEPARATION", "COERCIVE_CONTROL", "VIOLENCE")),
	NON_FATAL_STRANGULATION("non-fatal strangulation", Set.of("NON_FATAL_STRANGULATION")),
	STALKING("stalking or harassment", Set.of("STALKING")),
	THREATS_TO_KILL("threats to kill", Set.of("THREATS_TO_KILL")),
	VICTIM_FEAR("the victim's own fear of what will happen", Set.of("VICTIM_FEAR")),
	ESCALATION("the abuse is happening more often or getting worse", Set.of("ESCALATION")),
	HONOUR_BASED_ABUSE("honour-based abuse or forced marriage", Set.of("HONOUR_BASED_ABUSE"));

	private final String description;
	private final Set<String> indicators;

	DashRedFlag(String description, Set<String> indicators) {
		this.description = description;
		this.indicators = indicators;
	}

	public String description() {
		return description;
	}

	/** The indicator codes (from tool questions' {@code indicates}, or from facts) that must all be present. */
	Set<String> indicators() {
		return indicators;
	}
}
