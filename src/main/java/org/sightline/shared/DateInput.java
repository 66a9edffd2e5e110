package org.sightline.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What someone typed in a GOV.UK date input (day, month and year boxes), read the same way on every
 * form, with the GOV.UK design system's error messages: "Enter the date completed" when a required
 * date is left blank, "Date of birth must include a month" when a box is empty, "… must include a
 * year with 4 numbers", and "… must be a real date" for 31 February or letters. Whether the date may be
 * in the future or the past is the form's own rule, added after reading.
 *
 * @param day what was typed in the day box, as typed (null when the box was not sent)
 */
public record DateInput(String day, String month, String year) {

	/** Whether nothing was typed in any of the three boxes. */
	public boolean isBlank() {
		return blank(day) && blank(month) && blank(year);
	}

	/**
	 * The date typed, or null: when nothing was typed (a problem only if {@code required}), or when
	 * what was typed is not a date (a problem is added, named {@code field}).
	 *
	 * @param field the field the problem is named after: the id of the date input's first box, where
	 * the error summary's link lands
	 * @param label what the date is, as it would start a sentence ("Date of birth", "The date completed")
	 * @param example a date to show as "for example 27 3 2026" in the message for a date that is not
	 * real, or null for none
	 */
	public LocalDate read(String field, String label, boolean required, LocalDate example, Violations problems) {
		if (isBlank()) {
			if (required) {
				problems.add(field, "Enter " + lowerFirst(label));
			}
			return null;
		}
		List<String> missing = new ArrayList<>();
		if (blank(day)) {
			missing.add("day");
		}
		if (blank(month)) {
			missing.add("month");
		}
		if (blank(year)) {
			missing.add("year");
		}
		if (!missing.isEmpty()) {
			problems.add(field, label + " must include a " + String.join(" and ", missing));
			return null;
		}
		String y = year.strip();
		if (!y.matches("\\d{4}")) {
			problems.add(field, label + " must include a year with 4 numbers" + forExample(example));
			return null;
		}
		String d = day.strip();
		String m = month.strip();
		if (d.matches("\\d{1,2}") && m.matches("\\d{1,2}")) {
			try {
				return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
			}
			catch (DateTimeException notADay) {
				// 31 February, month 13: said below
			}
		}
		problems.add(field, label + " must be a real date" + forExample(example));
		return null;
	}

	/** As {@link #read(String, String, boolean, LocalDate, Violations)}, without an example. */
	public LocalDate read(String field, String label, boolean required, Violations problems) {
		return read(field, label, required, null, problems);
	}

	/** ", for example 27 3 2026": day, month and year as they are typed in the boxes. */
	public static String forExample(LocalDate example) {
		return example == null ? ""
				: ", for example " + example.getDayOfMonth() + " " + example.getMonthValue() + " " + example.getYear();
	}

	private static String lowerFirst(String label) {
		// "The date completed" -> "the date completed"; "BWV date" keeps its capitals
		if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
			return label;
		}
		return Character.toLowerCase(label.charAt(0)) + label.substring(1);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
