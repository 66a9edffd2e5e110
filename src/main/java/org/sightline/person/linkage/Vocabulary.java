package org.sightline.person.linkage;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The distinct values of one or more fields, each given a small integer id, so that a million
 * records are held as int arrays and equal values compare as equal ids.
 */
final class Vocabulary {

	static final int NONE = -1;

	private final Map<String, Integer> ids = new HashMap<>();

	private String[] values = new String[256];

	private int size;

	/** The id of the value, added if new; {@link #NONE} for null. */
	int add(String value) {
		if (value == null) {
			return NONE;
		}
		Integer id = ids.get(value);
		if (id != null) {
			return id;
		}
		if (size == values.length) {
			values = Arrays.copyOf(values, size * 2);
		}
		values[size] = value;
		ids.put(value, size);
		return size++;
	}

	/** The id of a known value, or {@link #NONE}. */
	int find(String value) {
		if (value == null) {
			return NONE;
		}
		Integer id = ids.get(value);
		return id == null ? NONE : id;
	}

	String value(int id) {
		return id == NONE ? null : values[id];
	}

	int size() {
		return size;
	}

	/** How many times each id occurs in a column of ids. */
	int[] counts(int[] column) {
		int[] counts = new int[size];
		for (int id : column) {
			if (id != NONE) {
				counts[id]++;
			}
		}
		return counts;
	}
}
