package org.sightline.person.linkage;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Jaro–Winkler similarity, computed as commons-text's {@link JaroWinklerSimilarity} computes it
 * (same matching window, transpositions, prefix of up to four and boost above 0.7), but without
 * allocating: matched positions are bits of a long. commons-text 1.15 boxes every character, which
 * made it most of the cost of comparing a pair. Strings longer than 64 characters go to
 * commons-text. A test holds the two to identical results.
 */
final class JaroWinkler {

	private static final JaroWinklerSimilarity LONG_STRINGS = new JaroWinklerSimilarity();

	private JaroWinkler() {
	}

	static double similarity(String left, String right) {
		return similarity(left, right, 0);
	}

	/**
	 * The similarity when it is at least {@code floor}; otherwise some value below the floor. It
	 * stops as soon as too few characters are left to match: Jaro–Winkler never exceeds
	 * 0.6 × Jaro + 0.4, and Jaro with m matches never exceeds (m/|left| + m/|right| + 1) / 3.
	 */
	static double similarity(String left, String right, double floor) {
		if (left.equals(right)) {
			return 1;
		}
		int leftLength = left.length();
		int rightLength = right.length();
		if (leftLength > 64 || rightLength > 64) {
			return LONG_STRINGS.apply(left, right);
		}
		String max = leftLength > rightLength ? left : right;
		String min = leftLength > rightLength ? right : left;
		double jaroNeeded = (floor - 0.4) / 0.6;
		double matchesNeeded = (3 * jaroNeeded - 1) / (1.0 / leftLength + 1.0 / rightLength);
		if (min.length() < matchesNeeded) {
			return 0;
		}
		int range = Math.max(max.length() / 2 - 1, 0);
		long minMatched = 0;
		long maxMatched = 0;
		int matches = 0;
		for (int mi = 0; mi < min.length(); mi++) {
			if (matches + min.length() - mi < matchesNeeded) {
				return 0;
			}
			char c = min.charAt(mi);
			int end = Math.min(mi + range + 1, max.length());
			for (int xi = Math.max(mi - range, 0); xi < end; xi++) {
				if ((maxMatched & (1L << xi)) == 0 && c == max.charAt(xi)) {
					minMatched |= 1L << mi;
					maxMatched |= 1L << xi;
					matches++;
					break;
				}
			}
		}
		if (matches == 0) {
			return 0;
		}
		int transpositions = 0;
		for (long a = minMatched, b = maxMatched; a != 0; a &= a - 1, b &= b - 1) {
			if (min.charAt(Long.numberOfTrailingZeros(a)) != max.charAt(Long.numberOfTrailingZeros(b))) {
				transpositions++;
			}
		}
		int prefix = 0;
		for (int i = 0; i < Math.min(4, min.length()) && left.charAt(i) == right.charAt(i); i++) {
			prefix++;
		}
		double m = matches;
		double jaro = (m / leftLength + m / rightLength + (m - transpositions / 2.0) / m) / 3;
		return jaro < 0.7 ? jaro : jaro + 0.1 * prefix * (1 - jaro);
	}
}
