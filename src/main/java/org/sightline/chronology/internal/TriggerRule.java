package org.sightline.chronology.internal;

import java.time.Period;
import java.util.Set;

import org.sightline.shared.Situation;

/**
 * One repeat or cumulative trigger: when a new contact makes it true, the person goes to the
 * supervision queue and the chronology shows why. Two kinds:
 * <ul>
 * <li>a count: at least {@code count} contacts (in {@code situations} and {@code roles}, when
 * given) within {@code within}, ending with the new one;</li>
 * <li>after MARAC: any contact within {@code afterMaracReferral} of a referral to MARAC about the
 * person.</li>
 * </ul>
 *
 * @param code               a stable code, such as MARAC_POTENTIAL_ESCALATION
 * @param name               what the rule is called, for people
 * @param reason             the reason shown, with {count} and {window} filled in
 * @param situations         situations counted; empty for every situation
 * @param roles              roles counted; empty for every role
 * @param count              contacts needed, for a count rule; 0 otherwise
 * @param within             the window of a count rule
 * @param afterMaracReferral the window after a MARAC referral, for an after-MARAC rule; null otherwise
 */
public record TriggerRule(String code, String name, String reason, Set<Situation> situations, Set<String> roles, int count,
		Period within, Period afterMaracReferral) {

	public TriggerRule {
		situations = Set.copyOf(situations);
		roles = Set.copyOf(roles);
	}

	boolean afterMarac() {
		return afterMaracReferral != null;
	}

	/** The reason with {count} (contacts counted) and {window} (the rule's window, in words) filled in. */
	String reasonFor(int counted) {
		Period window = afterMarac() ? afterMaracReferral : within;
		return reason.replace("{count}", String.valueOf(counted))
			.replace("{window}", describe(window));
	}

	/** The period in words: "12 months", "90 days", "1 year and 6 months". */
	static String describe(Period period) {
		if (period.getYears() == 1 && period.getMonths() == 0 && period.getDays() == 0) {
			return "12 months";
		}
		java.util.List<String> parts = new java.util.ArrayList<>();
		if (period.getYears() > 0) {
			parts.add(period.getYears() + (period.getYears() == 1 ? " year" : " years"));
		}
		if (period.getMonths() > 0) {
			parts.add(period.getMonths() + (period.getMonths() == 1 ? " month" : " months"));
		}
		if (period.getDays() > 0) {
			parts.add(period.getDays() + (period.getDays() == 1 ? " day" : " days"));
		}
		return String.join(" and ", parts);
	}

}
