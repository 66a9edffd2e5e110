package org.sightline.person.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.sightline.shared.DateInput;
import org.sightline.shared.Violations;

/**
 * The person search form: a name in one box, and perhaps a date of birth (day, month, year), an
 * address, a phone number or an identifier. A phone number or an identifier may be searched without a name.
 */
public class PersonSearchForm {

	private String name;

	private String day;

	private String month;

	private String year;

	private String address;

	private String phone;

	private String identifier;

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getIdentifier() {
		return identifier;
	}

	public void setIdentifier(String identifier) {
		this.identifier = identifier;
	}

	/** Whether a phone number or an identifier was typed: then a name is not needed. */
	boolean hasPhoneOrIdentifier() {
		return !blank(phone) || !blank(identifier);
	}

	/** Whether any part of the date of birth was typed. */
	boolean hasDateOfBirth() {
		return !blank(day) || !blank(month) || !blank(year);
	}

	/**
	 * The date of birth typed, if any: a problem named {@code day} when it is not a real date in the
	 * past (from 1900 on).
	 */
	Optional<LocalDate> dateOfBirth(LocalDate today, Violations problems) {
		Violations read = new Violations();
		LocalDate date = new DateInput(day, month, year).read("day", "Date of birth", false, EXAMPLE, read);
		if (!read.isEmpty()) {
			read.list().forEach(v -> problems.add(v.field(), v.message()));
			return Optional.empty();
		}
		if (date != null && (date.getYear() < 1900 || date.isAfter(today))) {
			problems.add("day", "Date of birth must be a real date in the past" + DateInput.forExample(EXAMPLE));
			return Optional.empty();
		}
		return Optional.ofNullable(date);
	}

	private static final LocalDate EXAMPLE = LocalDate.of(1990, 3, 27);

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDay() {
		return day;
	}

	public void setDay(String day) {
		this.day = day;
	}

	public String getMonth() {
		return month;
	}

	public void setMonth(String month) {
		this.month = month;
	}

	public String getYear() {
		return year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}
}
