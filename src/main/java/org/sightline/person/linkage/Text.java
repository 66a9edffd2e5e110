package org.sightline.person.linkage;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises free text before it is compared: lower case, no accents, single spaces. Each kind of
 * field keeps only the characters that carry meaning for it, so "O'Brien" and "obrien" agree.
 */
final class Text {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

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

	/** A name keeps letters only; hyphens and other separators become single spaces. */
	static String name(String value) {
		return keep(normalise(value), false, true);
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
