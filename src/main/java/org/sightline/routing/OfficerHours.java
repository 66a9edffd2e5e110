package org.sightline.routing;

import org.sightline.routing.internal.RoutingSettings;
import org.sightline.shared.Situation;
import org.springframework.stereotype.Component;

/**
 * How many officer hours an attendance takes, by situation, where the force has no recorded times:
 * all officers together, from deployment to clear ({@code sightline.officer-hours.<SITUATION>},
 * {@code sightline.officer-hours.default}). Figures made from these are estimates and say so. Used by
 * the agreement simulation and the demand dashboard, so both count an hour the same way.
 */
@Component
public class OfficerHours {

	private final RoutingSettings settings;

	OfficerHours(RoutingSettings settings) {
		this.settings = settings;
	}

	/** Estimated officer hours of one police attendance in this situation. */
	public double perAttendance(Situation situation) {
		return settings.hoursPerAttendance(situation);
	}
}
