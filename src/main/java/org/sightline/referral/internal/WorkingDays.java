package org.sightline.referral.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts working days (Monday to Friday, not bank holidays) in the force's time zone. A deadline
 * N working days after a moment is the same time of day on the Nth working day after it; a
 * referral sent on a weekend or bank holiday counts from the start of the next working day.
 */
public final class WorkingDays {

	static final LocalTime START_OF_DAY = LocalTime.of(9, 0);

	private final Set<LocalDate> holidays;
	private final Set<Integer> listedYears;
	private final java.util.Map<Integer, Set<LocalDate>> byRule = new java.util.concurrent.ConcurrentHashMap<>();
	private final ZoneId zone;

	/**
	 * @param holidays the calendar's bank holidays; for a year with none listed, the standing rules
	 * of England and Wales are used ({@link EnglandAndWalesBankHolidays}), never weekends alone
	 */
	public WorkingDays(Set<LocalDate> holidays, ZoneId zone) {
		this.holidays = new TreeSet<>(holidays);
		this.listedYears = new TreeSet<>(holidays.stream().map(LocalDate::getYear).toList());
		this.zone = zone;
	}

	public boolean isWorkingDay(LocalDate date) {
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !isBankHoliday(date);
	}

	boolean isBankHoliday(LocalDate date) {
		if (this.listedYears.contains(date.getYear())) {
			return this.holidays.contains(date);
		}
		return this.byRule.computeIfAbsent(date.getYear(), EnglandAndWalesBankHolidays::of).contains(date);
	}

	/** The years the calendar lists; other years follow the standing rules. */
	Set<Integer> listedYears() {
		return java.util.Collections.unmodifiableSet(this.listedYears);
	}

	/** The moment {@code days} working days after {@code start}. */
	public Instant plusWorkingDays(Instant start, int days) {
		ZonedDateTime at = start.atZone(zone);
		if (!isWorkingDay(at.toLocalDate())) {
			LocalDate next = at.toLocalDate();
			while (!isWorkingDay(next)) {
				next = next.plusDays(1);
			}
			at = ZonedDateTime.of(next, START_OF_DAY, zone);
		}
		LocalDate date = at.toLocalDate();
		int counted = 0;
		while (counted < days) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				counted++;
			}
		}
		return ZonedDateTime.of(date, at.toLocalTime(), zone).toInstant();
	}

	/** Whole working days from {@code from} to {@code to} (0 when {@code to} is not later). */
	public int workingDaysBetween(Instant from, Instant to) {
		LocalDate a = from.atZone(zone).toLocalDate();
		LocalDate b = to.atZone(zone).toLocalDate();
		int days = 0;
		for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
			if (isWorkingDay(d)) {
				days++;
			}
		}
		return days;
	}
}
