package org.sightline.person.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

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

	/** The date of birth typed, if all three parts make a real date in the past. */
	Optional<LocalDate> dateOfBirth(LocalDate today) {
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
					Integer.parseInt(day.strip()));
			return date.getYear() >= 1900 && !date.isAfter(today) ? Optional.of(date) : Optional.empty();
		}
		catch (NumberFormatException | NullPointerException | DateTimeException e) {
			return Optional.empty();
		}
	}

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
