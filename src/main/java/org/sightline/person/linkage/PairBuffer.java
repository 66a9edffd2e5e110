package org.sightline.person.linkage;

import java.util.Arrays;

/** A growable list of record pairs with their comparison patterns, in primitive arrays. */
final class PairBuffer {

	int[] left;

	int[] right;

	int[] pattern;

	int size;

	PairBuffer(int capacity) {
		int c = Math.max(16, capacity);
		left = new int[c];
		right = new int[c];
		pattern = new int[c];
	}

	void add(int a, int b, int comparison) {
		if (size == left.length) {
			int c = size + (size >> 1) + 16;
			left = Arrays.copyOf(left, c);
			right = Arrays.copyOf(right, c);
			pattern = Arrays.copyOf(pattern, c);
		}
		left[size] = a;
		right[size] = b;
		pattern[size] = comparison;
		size++;
	}

	/** One buffer holding all of these, in order, trimmed to size. */
	static PairBuffer concat(Iterable<PairBuffer> parts) {
		long total = 0;
		for (PairBuffer part : parts) {
			total += part.size;
		}
		if (total > Integer.MAX_VALUE - 16) {
			throw new IllegalStateException("too many candidate pairs: " + total + "; tighten the blocking rules");
		}
		PairBuffer all = new PairBuffer((int) total);
		for (PairBuffer part : parts) {
			System.arraycopy(part.left, 0, all.left, all.size, part.size);
			System.arraycopy(part.right, 0, all.right, all.size, part.size);
			System.arraycopy(part.pattern, 0, all.pattern, all.size, part.size);
			all.size += part.size;
		}
		return all;
	}
}
