package org.sightline.person;

import java.time.LocalDate;
import java.util.List;

import org.sightline.shared.FreeText;
import org.sightline.shared.InputLimits;

/**
 * A person to add to the index. Only the family name is required.
 *
 * @param givenName   given name(s) as typed, or null
 * @param familyName  surname as typed
 * @param dateOfBirth date of birth, or null
 * @param birthYear   estimated year of birth when the date is not known, or null
 * @param sex         FEMALE, MALE or OTHER, or null
 * @param aliases     other names the person is known by
 * @param addresses   addresses, the current one first
 * @param phones      telephone numbers as typed
 * @param identifiers identifiers other systems give the person
 */
public record NewPerson(String givenName, String familyName, LocalDate dateOfBirth, Integer birthYear, String sex,
		List<Name> aliases, List<PostalAddress> addresses, List<String> phones, List<Identifier> identifiers) {

	public NewPerson {
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
		addresses = addresses == null ? List.of() : List.copyOf(addresses);
		phones = phones == null ? List.of() : List.copyOf(phones);
		identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
	}

	/** A person known only by name and, perhaps, date of birth. */
	public static NewPerson named(String givenName, String familyName, LocalDate dateOfBirth) {
		return new NewPerson(givenName, familyName, dateOfBirth, null, null, List.of(), List.of(), List.of(), List.of());
	}

	/** Another name a person is known by. */
	public record Name(String givenName, String familyName) {
	}

	/** Address lines as typed, and the postcode (either may be null, not both). */
	public record PostalAddress(@FreeText(maxLength = InputLimits.TEXT) String address, String postcode) {
	}

	/** An identifier from another system: scheme PNC_ID, NHS_NUMBER, NATIONAL_INSURANCE_NUMBER or CRO_NUMBER. */
	public record Identifier(String scheme, String value) {
	}
}
