package org.sightline.routing.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.sightline.shared.Situation;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The routing module's settings under {@code sightline}, each default written here once. Checked at
 * start-up: a value that cannot work stops the start, naming the setting. The safeguarding thresholds
 * routing applies are assessment's ({@code sightline.assessment.*}, {@code sightline.marac.*}): routing
 * uses the policies assessment builds from them.
 *
 * @param officerHours average officer hours of one police attendance (all officers, deployment to clear),
 *        by situation ({@code sightline.officer-hours.MISSING_PERSON=6.0}), and {@code default} for the
 *        rest (2.0 unless set); estimates, to be set from the force's own data
 * @param simulation the published estimate of an agreement's impact
 */
@ConfigurationProperties("sightline")
public record RoutingSettings(Map<String, Double> officerHours, @DefaultValue Simulation simulation) {

	/** The hours of a situation the force has not set, unless it sets {@code sightline.officer-hours.default}. */
	public static final double DEFAULT_HOURS = 2.0;

	/** @param publishingPeriod how far back the encounters run through an agreement for its published impact go */
	public record Simulation(@DefaultValue("90d") Duration publishingPeriod) {

		public Simulation {
			if (publishingPeriod == null || publishingPeriod.isNegative() || publishingPeriod.isZero()) {
				throw new IllegalArgumentException(
						"sightline.simulation.publishing-period is " + publishingPeriod + ": it must be more than 0");
			}
		}
	}

	public RoutingSettings {
		Map<String, Double> hours = new HashMap<>();
		hours.put("DEFAULT", DEFAULT_HOURS);
		if (officerHours != null) {
			officerHours.forEach((key, value) -> {
				String name = key.strip().toUpperCase(Locale.ROOT).replace('-', '_');
				if (!name.equals("DEFAULT") && !isSituation(name)) {
					throw new IllegalArgumentException("sightline.officer-hours." + key
							+ " is not a situation: use a situation's code, such as MISSING_PERSON, or default");
				}
				if (value == null || !(value > 0) || value > 1000) {
					throw new IllegalArgumentException(
							"sightline.officer-hours." + key + " is " + value + ": it must be more than 0 and at most 1000");
				}
				hours.put(name, value);
			});
		}
		officerHours = Map.copyOf(hours);
	}

	/** Estimated officer hours of one police attendance in this situation. */
	public double hoursPerAttendance(Situation situation) {
		return officerHours.getOrDefault(situation.name(), officerHours.get("DEFAULT"));
	}

	private static boolean isSituation(String name) {
		for (Situation situation : Situation.values()) {
			if (situation.name().equals(name)) {
				return true;
			}
		}
		return false;
	}
}
