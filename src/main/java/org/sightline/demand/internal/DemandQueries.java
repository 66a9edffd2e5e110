package org.sightline.demand.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sightline.encounter.Catalogues;
import org.sightline.shared.Agency;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Situation;
import org.sightline.shared.Violation;
import org.springframework.stereotype.Component;

/** Reads the dashboard's filters from request parameters, with the defaults, and checks them. */
@Component
public class DemandQueries {

	/** The filters as typed, for redisplay; errors name the field. */
	record Filters(String from, String to, String area, String situation, String agency, String agreement) {
	}

	private final Catalogues catalogues;
	private final Clock clock;
	private final ZoneId zone;

	DemandQueries(Catalogues catalogues, Clock clock, ZoneId displayZone) {
		this.catalogues = catalogues;
		this.clock = clock;
		this.zone = displayZone;
	}

	Filters filters(Map<String, String> p) {
		LocalDate today = LocalDate.now(clock.withZone(zone));
		return new Filters(p.getOrDefault("from", today.withDayOfMonth(1).minusMonths(11).toString()),
				p.getOrDefault("to", today.toString()), p.get("area"), p.get("situation"), p.get("agency"),
				p.get("agreement"));
	}

	DemandQuery query(Filters f) {
		List<Violation> problems = new ArrayList<>();
		LocalDate from = date(f.from(), "from", "Enter the start date as a date, for example 2026-01-01", problems);
		LocalDate to = date(f.to(), "to", "Enter the end date as a date, for example 2026-12-31", problems);
		if (from != null && to != null) {
			if (to.isBefore(from)) {
				problems.add(new Violation("to", "The end date must be the same as or after the start date"));
			}
			else if (to.toEpochDay() - from.toEpochDay() + 1 > DemandQuery.MAX_DAYS) {
				problems.add(new Violation("to", "Choose a period of at most three years"));
			}
		}
		if (blank(f.area()) == false && catalogues.areas().stream().noneMatch(a -> a.code().equals(f.area()))) {
			problems.add(new Violation("area", "Choose an area from the list"));
		}
		if (blank(f.situation()) == false && java.util.Arrays.stream(Situation.values()).noneMatch(s -> s.name().equals(f.situation()))) {
			problems.add(new Violation("situation", "Choose a situation from the list"));
		}
		if (blank(f.agency()) == false && java.util.Arrays.stream(Agency.values()).noneMatch(a -> a.name().equals(f.agency()))) {
			problems.add(new Violation("agency", "Choose an agency from the list"));
		}
		if (blank(f.agreement()) == false && (f.agreement().length() > 200 || !f.agreement().contains("@"))) {
			problems.add(new Violation("agreement", "Choose an agreement version from the list"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new DemandQuery(from, to, f.area(), f.situation(), f.agency(), f.agreement());
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static LocalDate date(String value, String field, String message, List<Violation> problems) {
		try {
			return LocalDate.parse(value == null ? "" : value.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(new Violation(field, message));
			return null;
		}
	}

}
