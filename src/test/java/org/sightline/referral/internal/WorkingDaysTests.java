package org.sightline.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sightline.referral.ReferralSettings;

class WorkingDaysTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");
	final WorkingDays days = new WorkingDays(ReferralSettings.bundledBankHolidays(), LONDON);

	static Instant at(String localDateTime) {
		return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), LONDON).toInstant();
	}

	@Test
	void one_working_day_after_a_tuesday_afternoon_is_wednesday_afternoon() {
		assertThat(days.plusWorkingDays(at("2026-11-24T15:30"), 1)).isEqualTo(at("2026-11-25T15:30"));
	}

	@Test
	void one_working_day_after_a_friday_is_the_monday() {
		assertThat(days.plusWorkingDays(at("2026-11-27T16:00"), 1)).isEqualTo(at("2026-11-30T16:00"));
	}

	@Test
	void a_referral_sent_on_saturday_counts_from_monday_morning() {
		assertThat(days.plusWorkingDays(at("2026-11-28T11:00"), 1)).isEqualTo(at("2026-12-01T09:00"));
	}

	@Test
	void christmas_and_the_boxing_day_substitute_are_not_working_days() {
		// Thursday 24 December 2026: Friday 25th and Monday 28th (Boxing Day substitute) are bank holidays.
		assertThat(days.plusWorkingDays(at("2026-12-24T10:00"), 1)).isEqualTo(at("2026-12-29T10:00"));
	}

	@Test
	void good_friday_and_easter_monday_are_skipped() {
		assertThat(days.plusWorkingDays(at("2026-04-02T12:00"), 1)).isEqualTo(at("2026-04-07T12:00"));
	}

	@Test
	void the_bank_holiday_calendar_is_configuration_and_a_year_it_lists_is_taken_as_listed() {
		var ownCalendar = new WorkingDays(Set.of(LocalDate.of(2026, 11, 25)), LONDON);
		assertThat(ownCalendar.plusWorkingDays(at("2026-11-24T10:00"), 1)).isEqualTo(at("2026-11-26T10:00"));
		assertThat(ownCalendar.plusWorkingDays(at("2026-12-24T10:00"), 1)).as("the force's 2026 has no Christmas")
			.isEqualTo(at("2026-12-25T10:00"));
		var emptyCalendar = new WorkingDays(Set.of(), LONDON);
		assertThat(emptyCalendar.plusWorkingDays(at("2026-12-24T10:00"), 1)).as("an empty calendar: the standing rules")
			.isEqualTo(at("2026-12-29T10:00"));
	}

	@Test
	void working_days_between_two_moments_skip_weekends() {
		assertThat(days.workingDaysBetween(at("2026-11-27T10:00"), at("2026-12-01T10:00"))).isEqualTo(2);
		assertThat(days.workingDaysBetween(at("2026-12-01T10:00"), at("2026-11-27T10:00"))).isZero();
	}

	@Test
	void the_standing_rules_give_every_bank_holiday_the_bundled_calendar_lists() {
		java.util.Set<LocalDate> listed = ReferralSettings.bundledBankHolidays();
		for (int year : days.listedYears()) {
			assertThat(EnglandAndWalesBankHolidays.of(year)).as("bank holidays of " + year)
				.containsExactlyInAnyOrderElementsOf(listed.stream().filter(d -> d.getYear() == year).toList());
		}
	}

	@Test
	void a_year_the_calendar_does_not_list_still_has_its_bank_holidays() {
		// Tuesday 24 December 2030: Wednesday 25th and Thursday 26th are bank holidays
		assertThat(days.listedYears()).doesNotContain(2030);
		assertThat(days.plusWorkingDays(at("2030-12-24T10:00"), 1)).isEqualTo(at("2030-12-27T10:00"));
		// Easter 2030 is 21 April: Good Friday the 19th and Easter Monday the 22nd
		assertThat(days.isWorkingDay(LocalDate.of(2030, 4, 19))).isFalse();
		assertThat(days.isWorkingDay(LocalDate.of(2030, 4, 22))).isFalse();
	}

	@Test
	void easter_falls_on_its_known_dates() {
		assertThat(EnglandAndWalesBankHolidays.easterSunday(2028)).isEqualTo(LocalDate.of(2028, 4, 16));
		assertThat(EnglandAndWalesBankHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
		assertThat(EnglandAndWalesBankHolidays.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
		assertThat(EnglandAndWalesBankHolidays.easterSunday(2049)).isEqualTo(LocalDate.of(2049, 4, 18));
	}

	@Test
	void every_year_by_the_rules_has_eight_weekday_bank_holidays_in_their_months() {
		org.quicktheories.QuickTheory.qt()
			.forAll(org.quicktheories.generators.SourceDSL.integers().between(1980, 2200))
			.checkAssert(year -> {
				java.util.Set<LocalDate> holidays = EnglandAndWalesBankHolidays.of(year);
				assertThat(holidays).hasSize(8);
				assertThat(holidays).allSatisfy(d -> assertThat(d.getDayOfWeek().getValue()).isLessThanOrEqualTo(5));
				assertThat(holidays.stream().filter(d -> d.getMonthValue() == 12)).hasSize(2)
					.allSatisfy(d -> assertThat(d.getDayOfMonth()).isBetween(25, 28));
				assertThat(holidays.stream().filter(d -> d.getMonthValue() == 1))
					.singleElement()
					.satisfies(d -> assertThat(d.getDayOfMonth()).isBetween(1, 3));
				LocalDate easter = EnglandAndWalesBankHolidays.easterSunday(year);
				assertThat(easter.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
				assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
			});
	}
}
