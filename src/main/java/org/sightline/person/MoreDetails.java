package org.sightline.person;

import java.util.List;

/**
 * Details learned about a person after they were added: other names, addresses (the first becomes
 * the current one), phone numbers and identifiers (PNC ID, NHS number, ...).
 */
public record MoreDetails(List<NewPerson.Name> aliases, List<NewPerson.PostalAddress> addresses, List<String> phones,
		List<NewPerson.Identifier> identifiers) {

	public MoreDetails {
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
		addresses = addresses == null ? List.of() : List.copyOf(addresses);
		phones = phones == null ? List.of() : List.copyOf(phones);
		identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
	}

	boolean isEmpty() {
		return aliases.isEmpty() && addresses.isEmpty() && phones.isEmpty() && identifiers.isEmpty();
	}
}
