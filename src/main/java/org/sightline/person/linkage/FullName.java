package org.sightline.person.linkage;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole name from one column ("Mr John A Smith", "SMITH, John") split into the given name and
 * surname the model compares apart. The given name is the first word after any titles and the
 * surname the last; middle names are left out, because one record has them where another has an
 * initial or nothing. With a comma, the surname is what comes before it.
 *
 * @param givenName the given name as written, or null when the name has only one word
 * @param surname   the surname as written, or null when the name is blank or only honorifics
 */
record FullName(String givenName, String surname) {

	static FullName split(String value) {
		if (value == null || value.isBlank()) {
			return new FullName(null, null);
		}
		int comma = value.indexOf(',');
		if (comma >= 0) {
			List<String> given = words(value.substring(comma + 1));
			String surname = value.substring(0, comma).strip();
			return new FullName(given.isEmpty() ? null : given.get(0), surname.isEmpty() ? null : surname);
		}
		List<String> words = words(value);
		if (words.isEmpty()) {
			// only titles: the last that may be a surname (Mr Lord) is the surname; honorifics alone are no name
			String surname = null;
			for (String word : value.strip().split("\\s+")) {
				surname = Text.name(word) == null ? surname : word;
			}
			return new FullName(null, surname);
		}
		return new FullName(words.size() == 1 ? null : words.get(0), words.get(words.size() - 1));
	}

	/** The words of a name as written, without titles and honorifics. */
	private static List<String> words(String value) {
		List<String> out = new ArrayList<>();
		for (String word : value.strip().split("\\s+")) {
			String normalised = Text.name(word);
			if (normalised != null && !Text.isTitle(normalised)) {
				out.add(word);
			}
		}
		return out;
	}
}
