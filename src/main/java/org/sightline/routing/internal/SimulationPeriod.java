package org.sightline.routing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.sightline.shared.DateInput;
import org.sightline.shared.Violations;

/**
 * The whole days a simulation replays, checked alike for the page and the API: the last day on or
 * after the first, neither in the future, and at most {@value #MAX_YEARS} years (a longer replay
 * reads more people's assessments than a question about an agreement needs). The service refuses
 * periods too short to be safe to publish.
 */
public record SimulationPeriod(LocalDate from, LocalDate to) {

	static final int MAX_YEARS = 2;
	static final int DEFAULT_DAYS = 90;

	/** The last 90 days, today included. */
	static SimulationPeriod lastDays(LocalDate today) {
		return new SimulationPeriod(today.minusDays(DEFAULT_DAYS - 1), today);
	}

	Instant start(ZoneId zone) {
		return from.atStartOfDay(zone).toInstant();
	}

	/** The moment after the last day. */
	Instant end(ZoneId zone) {
		return to.plusDays(1).atStartOfDay(zone).toInstant();
	}

	/** @return the period, or null when a problem was added */
	static SimulationPeriod check(LocalDate from, LocalDate to, LocalDate today, Violations problems) {
		boolean ok = from != null && to != null;
		if (from != null && from.isAfter(today)) {
			problems.add("from", "The first day of the period must be today or in the past");
			ok = false;
		}
		if (to != null && to.isAfter(today)) {
			problems.add("to", "The last day of the period must be today or in the past");
			ok = false;
		}
		if (from != null && to != null && to.isBefore(from)) {
			problems.add("to", "The last day of the period must be the same as or after the first day");
			ok = false;
		}
		else if (from != null && to != null && to.isAfter(from.plusYears(MAX_YEARS))) {
			problems.add("to", "The period must be " + MAX_YEARS + " years or shorter");
			ok = false;
		}
		return ok ? new SimulationPeriod(from, to) : null;
	}

	/** A date typed in GOV.UK's day, month and year boxes; null, with a problem added, when it is not one. */
	static LocalDate fromParts(String day, String month, String year, String field, String name, Violations problems) {
		return new DateInput(day, month, year).read(field, "The " + name + " of the period", true, LocalDate.of(2026, 9, 1),
				problems);
	}

	/** A date sent as ISO text (the API); null, with a problem added, when it is not one. */
	static LocalDate fromIso(String value, String field, Violations problems) {
		if (blank(value)) {
			problems.add(field, "Enter " + field + ", a date like 2026-09-01");
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException e) {
			problems.add(field, "Enter " + field + " as a real date like 2026-09-01");
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
