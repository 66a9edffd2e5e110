package org.sightline.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DateInputTests {

	static final LocalDate EXAMPLE = LocalDate.of(2026, 3, 27);

	/** Every day from 1800 to 2199, typed as people type it: with or without a leading zero, spaces around. */
	@Test
	void every_real_date_typed_in_the_three_boxes_is_read_as_that_date_with_no_problem() {
		Gen<LocalDate> dates = integers().between(0, 146_000).map(n -> LocalDate.of(1800, 1, 1).plusDays(n));
		qt().forAll(dates, integers().between(0, 3)).checkAssert((date, style) -> {
			String day = (style % 2 == 0 ? "" : "0").repeat(date.getDayOfMonth() < 10 ? 1 : 0) + date.getDayOfMonth();
			String month = (style >= 2 ? " " : "") + date.getMonthValue() + (style >= 2 ? " " : "");
			Violations problems = new Violations();

			assertThat(new DateInput(day, month, String.valueOf(date.getYear())).read("on", "Date", true, problems))
				.isEqualTo(date);
			assertThat(problems.isEmpty()).isTrue();
		});
	}

	/** Whatever is typed, the form hears either a date or exactly one problem on the field: never both, never neither. */
	@Test
	void anything_typed_is_either_a_date_or_one_problem_named_after_the_field() {
		Gen<String> box = strings().allPossible().ofLengthBetween(0, 5);
		qt().forAll(box, box, box).checkAssert((day, month, year) -> {
			Violations problems = new Violations();
			LocalDate read = new DateInput(day, month, year).read("completedOn", "The date completed", true, problems);

			assertThat(read == null).as("a date, or a problem").isEqualTo(!problems.isEmpty());
			assertThat(problems.list()).hasSizeLessThanOrEqualTo(1)
				.allSatisfy(v -> assertThat(v.field()).isEqualTo("completedOn"));
		});
	}

	@Test
	void a_required_date_left_blank_asks_for_it_and_an_optional_one_is_no_problem() {
		Violations problems = new Violations();
		assertThat(new DateInput(" ", "", null).read("completedOn", "The date completed", true, problems)).isNull();
		assertThat(problems.list()).extracting(Violation::message).containsExactly("Enter the date completed");

		Violations none = new Violations();
		assertThat(new DateInput("", "", "").read("renewalDue", "The renewal date", false, none)).isNull();
		assertThat(none.isEmpty()).isTrue();
	}

	@Test
	void a_date_with_a_box_left_empty_says_which_part_is_missing() {
		assertThat(message("27", "", "2026")).isEqualTo("Date of birth must include a month");
		assertThat(message("", "3", "")).isEqualTo("Date of birth must include a day and year");
	}

	@Test
	void a_year_without_four_numbers_and_a_day_that_does_not_exist_are_told_apart() {
		assertThat(message("27", "3", "26")).isEqualTo("Date of birth must include a year with 4 numbers, for example 27 3 2026");
		assertThat(message("31", "2", "2026")).isEqualTo("Date of birth must be a real date, for example 27 3 2026");
		assertThat(message("first", "3", "2026")).isEqualTo("Date of birth must be a real date, for example 27 3 2026");
		assertThat(message("1", "13", "2026")).isEqualTo("Date of birth must be a real date, for example 27 3 2026");
	}

	static String message(String day, String month, String year) {
		Violations problems = new Violations();
		new DateInput(day, month, year).read("dobDay", "Date of birth", true, EXAMPLE, problems);
		return problems.list().get(0).message();
	}
}
