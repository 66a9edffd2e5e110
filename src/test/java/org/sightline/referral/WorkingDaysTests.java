package org.sightline.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

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
	void the_bank_holiday_calendar_is_configuration() {
		var noHolidays = new WorkingDays(Set.of(), LONDON);
		assertThat(noHolidays.plusWorkingDays(at("2026-12-24T10:00"), 1)).isEqualTo(at("2026-12-25T10:00"));
		var extra = new WorkingDays(Set.of(LocalDate.of(2026, 11, 25)), LONDON);
		assertThat(extra.plusWorkingDays(at("2026-11-24T10:00"), 1)).isEqualTo(at("2026-11-26T10:00"));
	}

	@Test
	void working_days_between_two_moments_skip_weekends() {
		assertThat(days.workingDaysBetween(at("2026-11-27T10:00"), at("2026-12-01T10:00"))).isEqualTo(2);
		assertThat(days.workingDaysBetween(at("2026-12-01T10:00"), at("2026-11-27T10:00"))).isZero();
	}
}
