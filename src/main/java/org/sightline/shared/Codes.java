package org.sightline.shared;

import java.util.Arrays;

/** Reads a code sent as text into its enum, collecting a plain-English problem when it is missing or unknown. */
public final class Codes {

	private Codes() {
	}

	/**
	 * @param missing the message when no code was given; null when the code is optional
	 * @return the code, or null when it is missing or unknown (and the problem was added)
	 */
	public static <E extends Enum<E>> E parse(Violations problems, String field, String value, Class<E> type,
			String missing) {
		if (value == null || value.isBlank()) {
			if (missing != null) {
				problems.add(field, missing);
			}
			return null;
		}
		E code = find(type, value);
		if (code == null) {
			problems.add(field, "Unknown code ‘" + value + "’; use one of "
					+ String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
		}
		return code;
	}

	/** The code of this name, exactly as given; null when there is none (or no name). */
	public static <E extends Enum<E>> E find(Class<E> type, String value) {
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}
}
