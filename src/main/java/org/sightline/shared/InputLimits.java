package org.sightline.shared;

/**
 * The one policy for what the API reads, whatever the endpoint: the outer bounds every field has,
 * refused while the request is read (a 400 naming the field) before any rule or the database sees
 * it. The modules' own rules are tighter where it matters (a name up to 100 characters, a
 * narrative up to 20,000, up to 50 people in an encounter) and are checked all together, so one
 * answer names every field out of line; these bounds sit above them, so that they stop only what
 * no rule would otherwise stop. The API description lists them on every field.
 */
public final class InputLimits {

	/** A short value (a name, a code, a postcode, an identifier): one line. */
	public static final int TEXT = 1_000;

	/** Text a person writes in their own words ({@link FreeText}): new lines and tabs allowed. */
	public static final int FREE_TEXT = 100_000;

	/** A whole document sent as text (a partnership agreement's YAML). */
	public static final int DOCUMENT = 200_000;

	/** Items in any list, entries in any map. */
	public static final int ITEMS = 100;

	/** Instants PostgreSQL can store (Java's range is wider). */
	public static final java.time.Instant EARLIEST = java.time.Instant.parse("0001-01-01T00:00:00Z");

	public static final java.time.Instant LATEST = java.time.Instant.parse("9999-12-31T23:59:59Z");

	private InputLimits() {
	}

	/** Whether the text holds a control character: NUL and the like always; new lines and tabs unless free text. */
	public static boolean hasControlCharacter(String text, boolean freeText) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
			if ((c < 0x20 || c == 0x7f) && !(freeText && lineBreakOrTab)) {
				return true;
			}
		}
		return false;
	}
}
