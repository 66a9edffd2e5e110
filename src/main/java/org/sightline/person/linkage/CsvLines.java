package org.sightline.person.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV one record at a time, knowing the line each record started on so that problems can be
 * reported by line number. Fields are trimmed (FEBRL separates them with a comma and a space);
 * double quotes may enclose a field, with "" for a quote inside it and line breaks allowed.
 */
final class CsvLines {

	private final BufferedReader reader;

	private int lineNumber;

	private int startLine;

	private String problem;

	CsvLines(BufferedReader reader) {
		this.reader = reader;
	}

	/** The next record's fields, or null at the end; {@link #problem()} says if it was malformed. */
	List<String> next() throws IOException {
		problem = null;
		String line = reader.readLine();
		if (line == null) {
			return null;
		}
		lineNumber++;
		startLine = lineNumber;
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		int i = 0;
		while (true) {
			if (i == line.length()) {
				if (!quoted) {
					break;
				}
				String more = reader.readLine();
				if (more == null) {
					problem = "a quoted field is not closed before the end of the file";
					break;
				}
				lineNumber++;
				field.append('\n');
				line = more;
				i = 0;
				continue;
			}
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					field.append(c);
				}
			}
			else if (c == ',') {
				fields.add(finish(field, wasQuoted));
				field.setLength(0);
				wasQuoted = false;
			}
			else if (c == '"' && field.toString().isBlank()) {
				field.setLength(0);
				quoted = true;
				wasQuoted = true;
			}
			else if (c == '"' && problem == null) {
				field.append(c);
				problem = "a double quote in the middle of an unquoted field";
			}
			else {
				field.append(c);
			}
			i++;
		}
		fields.add(finish(field, wasQuoted));
		return fields;
	}

	private static String finish(StringBuilder field, boolean wasQuoted) {
		return wasQuoted ? field.toString() : field.toString().strip();
	}

	/** Why the last record read is malformed, or null when it is not. */
	String problem() {
		return problem;
	}

	/** The line the last record read started on (the header is line 1). */
	int startLine() {
		return startLine;
	}
}
