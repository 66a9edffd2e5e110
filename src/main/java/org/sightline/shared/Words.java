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

	public static String of(String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		String text = code.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	public static String of(Enum<?> code) {
		return code == null ? "" : of(code.name());
	}
}
