package org.sightline.person.linkage;

import java.util.Arrays;

/**
 * How many pairs show each comparison pattern. Expectation–maximisation works on these counts,
 * a few thousand distinct patterns, rather than on millions of pairs.
 */
final class PatternCounts {

	private static final int EMPTY = -1;

	private int[] keys = new int[1024];

	private long[] counts = new long[1024];

	private int size;

	PatternCounts() {
		Arrays.fill(keys, EMPTY);
	}

	static PatternCounts of(int[] patterns, int length) {
		PatternCounts counts = new PatternCounts();
		for (int i = 0; i < length; i++) {
			counts.add(patterns[i], 1);
		}
		return counts;
	}

	void add(int pattern, long count) {
		if (size * 2 >= keys.length) {
			grow();
		}
		int slot = slot(keys, pattern);
		if (keys[slot] == EMPTY) {
			keys[slot] = pattern;
			size++;
		}
		counts[slot] += count;
	}

	long count(int pattern) {
		int slot = slot(keys, pattern);
		return keys[slot] == EMPTY ? 0 : counts[slot];
	}

	/** The distinct patterns, in increasing order. */
	int[] patterns() {
		int[] out = new int[size];
		int n = 0;
		for (int key : keys) {
			if (key != EMPTY) {
				out[n++] = key;
			}
		}
		Arrays.sort(out);
		return out;
	}

	int distinct() {
		return size;
	}

	long total() {
		long total = 0;
		for (int i = 0; i < keys.length; i++) {
			if (keys[i] != EMPTY) {
				total += counts[i];
			}
		}
		return total;
	}

	private static int slot(int[] keys, int pattern) {
		int mask = keys.length - 1;
		int slot = (pattern * 0x9E3779B9) >>> 1 & mask;
		while (keys[slot] != EMPTY && keys[slot] != pattern) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private void grow() {
		int[] oldKeys = keys;
		long[] oldCounts = counts;
		keys = new int[oldKeys.length * 2];
		counts = new long[oldKeys.length * 2];
		Arrays.fill(keys, EMPTY);
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != EMPTY) {
				int slot = slot(keys, oldKeys[i]);
				keys[slot] = oldKeys[i];
				counts[slot] = oldCounts[i];
			}
		}
	}
}
