package org.sightline.person.linkage;

import java.util.Optional;

/**
 * A date that may be known only in part, such as a date of birth recorded as a year. A component
 * of 0 is unknown. Components are kept as written, even when they make no calendar sense (month
 * 19), because such a date is usually a day and month written the wrong way round.
 */
public record PartialDate(int year, int month, int day) {

	public static final PartialDate UNKNOWN = new PartialDate(0, 0, 0);

	public PartialDate {
		if (year < 0 || year > 9999 || month < 0 || month > 99 || day < 0 || day > 99) {
			throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day);
		}
	}

	/**
	 * Reads {@code YYYY-MM-DD}, {@code YYYYMMDD}, {@code DD/MM/YYYY}, {@code YYYY-MM} or {@code YYYY};
	 * empty when the text is blank or none of these.
	 */
	public static Optional<PartialDate> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.strip();
		try {
			if (t.matches("\\d{8}")) {
				return Optional.of(new PartialDate(Integer.parseInt(t.substring(0, 4)),
						Integer.parseInt(t.substring(4, 6)), Integer.parseInt(t.substring(6, 8))));
			}
			if (t.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
				String[] p = t.split("-");
				return Optional.of(new PartialDate(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])));
			}
			if (t.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
				String[] p = t.split("/");
				return Optional.of(new PartialDate(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0])));
			}
			if (t.matches("\\d{4}-\\d{1,2}")) {
				String[] p = t.split("-");
				return Optional.of(new PartialDate(Integer.parseInt(p[0]), Integer.parseInt(p[1]), 0));
			}
			if (t.matches("\\d{4}")) {
				return Optional.of(new PartialDate(Integer.parseInt(t), 0, 0));
			}
		}
		catch (IllegalArgumentException notADate) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	public boolean isUnknown() {
		return year == 0 && month == 0 && day == 0;
	}

	@Override
	public String toString() {
		return (year == 0 ? "????" : String.format("%04d", year)) + "-" + (month == 0 ? "??" : String.format("%02d", month))
				+ "-" + (day == 0 ? "??" : String.format("%02d", day));
	}
}
