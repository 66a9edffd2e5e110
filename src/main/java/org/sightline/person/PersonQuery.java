package org.sightline.person;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a call handler knows about the person they are looking for: a name, and perhaps a date of
 * birth, an address, a phone number or an identifier (PNC ID, NHS number, ...). A name is required
 * unless a phone number or an identifier is given.
 */
public record PersonQuery(String givenName, String familyName, Optional<LocalDate> dateOfBirth, Optional<String> address,
		Optional<String> phone, Optional<String> identifier) {

	public PersonQuery {
		givenName = blankToNull(givenName);
		familyName = blankToNull(familyName);
		dateOfBirth = dateOfBirth == null ? Optional.empty() : dateOfBirth;
		address = address == null ? Optional.empty() : address.map(String::strip).filter(a -> !a.isEmpty());
		phone = phone == null ? Optional.empty() : phone.map(p -> p.replaceAll("[^0-9]", "")).filter(p -> !p.isEmpty());
		identifier = identifier == null ? Optional.empty()
				: identifier.map(i -> i.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT)).filter(i -> !i.isEmpty());
	}

	public PersonQuery(String givenName, String familyName, Optional<LocalDate> dateOfBirth, Optional<String> address) {
		this(givenName, familyName, dateOfBirth, address, Optional.empty(), Optional.empty());
	}

	/** The same query, also looking for a phone number (digits compared) and an identifier (exact). */
	public PersonQuery withPhoneAndIdentifier(String phone, String identifier) {
		return new PersonQuery(givenName, familyName, dateOfBirth, address, Optional.ofNullable(phone),
				Optional.ofNullable(identifier));
	}

	/**
	 * A name typed in one box, such as "Sam Taylor" or "Mary Jane O'Brien": the last word is the
	 * surname and the words before it the given names. One word is taken as a surname.
	 */
	public static PersonQuery of(String name, LocalDate dateOfBirth, String address) {
		String[] words = name == null ? new String[0] : name.strip().split("\\s+");
		String family = words.length == 0 ? null : words[words.length - 1];
		String given = words.length < 2 ? null : String.join(" ", Arrays.copyOf(words, words.length - 1));
		return new PersonQuery(given, family, Optional.ofNullable(dateOfBirth), Optional.ofNullable(address));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
