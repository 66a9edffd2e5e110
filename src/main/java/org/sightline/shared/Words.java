package org.sightline.shared;

import java.util.Locale;

/**
 * A code in words, for text stored with a record (reasons, "what changed") where no message
 * bundle is at hand: {@code RISK_OF_SERIOUS_HARM} becomes "Risk of serious harm". Pages label
 * codes from the message bundles; this is the fallback that never shows a code.
 */
public final class Words {

	private Words() {
	}

	/** The code (an enum's name, or a string) in words; empty for none. */
	public static String of(Object code) {
		String name = code instanceof Enum<?> e ? e.name() : code == null ? null : code.toString();
		if (name == null || name.isBlank()) {
			return "";
		}
		String text = name.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** A code with an underscore, or a one-word code given as a value ("grade=PRIORITY"). */
	private static final java.util.regex.Pattern CODE = java.util.regex.Pattern
		.compile("\\b[A-Z]{2,}(?:_[A-Z0-9]+)+\\b|(?<=[a-z]=)[A-Z]{3,}\\b"
				+ "|\\b(?:HIGH|MEDIUM|LOW|STANDARD|EMERGENCY|PRIORITY|SCHEDULED)\\b");

	/**
	 * Text the system wrote (an audit reason, a detail) with every code in it put into lower-case
	 * words: "Referral sent to CHILDRENS_SOCIAL_CARE" reads "Referral sent to childrens social care".
	 * For text already stored; new text should use the labels.
	 */
	public static String inText(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		if (text.matches("[A-Z]{3,}")) {
			return of(text);
		}
		return CODE.matcher(text).replaceAll(m -> m.group().toLowerCase(Locale.ROOT).replace('_', ' '));
	}
}
