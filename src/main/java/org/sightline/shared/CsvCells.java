package org.sightline.shared;

/**
 * One CSV cell, safe in a spreadsheet: quoted when it needs to be, and a value a spreadsheet would
 * run as a formula (starting =, +, -, @, tab or carriage return) is prefixed with an apostrophe. A
 * plain number ("-3", "-0.5") is left as it is: it cannot be a formula, and an apostrophe would turn
 * it into text that no longer adds up.
 */
public final class CsvCells {

	private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	private CsvCells() {
	}

	public static String cell(String value) {
		if (value == null) {
			return "";
		}
		String safe = value;
		if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(safe).matches()) {
			safe = "'" + safe;
		}
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			safe = "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	public static String row(String... values) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(cell(values[i]));
		}
		return line.append('\n').toString();
	}
}
