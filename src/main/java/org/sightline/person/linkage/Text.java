package org.sightline.person.linkage;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises free text before it is compared: lower case, no accents, single spaces. Each kind of
 * field keeps only the characters that carry meaning for it, so "O'Brien" and "obrien" agree.
 */
final class Text {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/**
	 * Titles and honorifics that are never a name on their own ("Mr" in a given-name box means the
	 * given name was not taken), as they read after normalisation ("Mrs." is "mrs").
	 */
	static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "rev", "revd", "prof", "fr");

	/**
	 * Titles and suffixes that are also surnames or initials (Lord, Lady, "J.R."): dropped beside a
	 * name, but kept when they are all there is, so that Mr Lord keeps his surname.
	 */
	static final Set<String> TITLES_ALSO_NAMES = Set.of("sir", "dame", "lord", "lady", "master", "jr", "jnr", "snr",
			"sr", "ii", "iii", "iv");

	private Text() {
	}

	/** Lower case, trimmed, accents stripped, runs of white space collapsed; null when blank. */
	static String normalise(String value) {
		if (value == null) {
			return null;
		}
		String text = value;
		if (!isAscii(text)) {
			text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		}
		text = text.toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				space = out.length() > 0;
			}
			else {
				if (space) {
					out.append(' ');
					space = false;
				}
				out.append(c);
			}
		}
		return out.length() == 0 ? null : out.toString();
	}

	/**
	 * A name keeps letters only; hyphens and other separators become single spaces. Titles and
	 * honorifics at either end ("Mr", "Dr", "Jnr", "III") are dropped, because they say nothing
	 * about who a person is and one record has them where another does not. A value that is only
	 * titles keeps those that may be names (Lord) and is otherwise missing.
	 */
	static String name(String value) {
		return withoutTitles(keep(normalise(value), false, true));
	}

	/** Whether a normalised word is a title or honorific that {@link #name} drops beside a name. */
	static boolean isTitle(String word) {
		return HONORIFICS.contains(word) || TITLES_ALSO_NAMES.contains(word);
	}

	private static String withoutTitles(String name) {
		if (name == null) {
			return null;
		}
		int firstSpace = name.indexOf(' ');
		String first = firstSpace < 0 ? name : name.substring(0, firstSpace);
		if (!isTitle(first) && !isTitle(name.substring(name.lastIndexOf(' ') + 1))) {
			return name; // most names: no title at either end, so no need to split them
		}
		List<String> words = Arrays.asList(name.split(" "));
		int from = 0;
		int to = words.size();
		while (from < to && isTitle(words.get(from))) {
			from++;
		}
		while (to > from && isTitle(words.get(to - 1))) {
			to--;
		}
		if (from < to) {
			return String.join(" ", words.subList(from, to));
		}
		return blankToNull(String.join(" ", words.stream().filter(w -> !HONORIFICS.contains(w)).toList()));
	}

	/** Street names and localities keep letters and digits; separators become spaces. */
	static String words(String value) {
		return keep(normalise(value), true, true);
	}

	/**
	 * Letters and digits only, with no spaces: for identifiers, postcodes, and street names, where
	 * "lubum a place" and "lubumaplace" are one street.
	 */
	static String code(String value) {
		return keep(normalise(value), true, false);
	}

	/** What records write when they do not know someone's sex: the same as not saying. */
	private static final java.util.Set<String> SEX_NOT_KNOWN = java.util.Set.of("unknown", "not known", "not stated",
			"not specified", "not recorded", "u", "nk", "n k", "prefer not to say");

	/**
	 * Sex or gender: "m", "male" and "man" are "male"; "f", "female" and "woman" are "female"; "unknown",
	 * "not known", "not stated" and the like are missing (null); anything else is kept as written
	 * (normalised), so two records that both say "x" or "non binary" agree.
	 */
	static String sex(String value) {
		String text = words(value);
		if (text == null || SEX_NOT_KNOWN.contains(text)) {
			return null;
		}
		return switch (text) {
		case "m", "male", "man" -> "male";
		case "f", "female", "woman" -> "female";
		default -> text;
		};
	}

	/** E-mail addresses: normalised, no inner spaces. */
	static String email(String value) {
		String text = normalise(value);
		return text == null ? null : blankToNull(text.replace(" ", ""));
	}

	private static String keep(String text, boolean digits, boolean spaces) {
		if (text == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(text.length());
		boolean pendingSpace = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c) || (digits && Character.isDigit(c))) {
				if (pendingSpace && out.length() > 0) {
					out.append(' ');
				}
				pendingSpace = false;
				out.append(c);
			}
			else if (spaces && c != '\'' && c != '’' && (digits || c != '.')) {
				// apostrophes vanish (o'brien = obrien), and full stops in names (j.r. = jr);
				// anything else separates words
				pendingSpace = true;
			}
		}
		return blankToNull(out.toString());
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 127) {
				return false;
			}
		}
		return true;
	}

	private static String blankToNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}
}
