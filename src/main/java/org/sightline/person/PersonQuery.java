package org.sightline.person;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a call handler knows about the person they are looking for: a name (required), and perhaps
 * a date of birth and an address as typed.
 */
public record PersonQuery(String givenName, String familyName, Optional<LocalDate> dateOfBirth, Optional<String> address) {

	public PersonQuery {
		givenName = blankToNull(givenName);
		familyName = blankToNull(familyName);
		dateOfBirth = dateOfBirth == null ? Optional.empty() : dateOfBirth;
		address = address == null ? Optional.empty() : address.map(String::strip).filter(a -> !a.isEmpty());
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
