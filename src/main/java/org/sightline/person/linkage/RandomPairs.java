package org.sightline.person.linkage;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Estimates u, the chance that two records of different people agree at each level, from pairs
 * drawn at random: nearly all random pairs are of different people. When there are no more
 * possible pairs than the sample size, every pair is used.
 */
final class RandomPairs {

	private RandomPairs() {
	}

	static double[][] estimateU(PairComparer comparer, int sampleSize, boolean crossSourceOnly, long seed) {
		return estimateU(comparer, sampleSize, crossSourceOnly, seed, 1);
	}

	/**
	 * As above, sharing the work between threads. Each thread draws from its own generator seeded
	 * from {@code seed}, so the same seed and thread count give the same estimate.
	 */
	static double[][] estimateU(PairComparer comparer, int sampleSize, boolean crossSourceOnly, long seed, int threads) {
		RecordTable t = comparer.table();
		int[] left = crossSourceOnly ? indicesOfSource(t, 0) : allIndices(t);
		int[] right = crossSourceOnly ? indicesOfSource(t, 1) : left;
		long possible = crossSourceOnly ? (long) left.length * right.length : (long) left.length * (left.length - 1) / 2;
		boolean everyPair = possible <= sampleSize;
		long[][] counts = IntStream.range(0, threads).parallel().mapToObj(part -> {
			long[][] partCounts = emptyCounts();
			if (everyPair) {
				for (int x = part; x < left.length; x += threads) {
					for (int y = crossSourceOnly ? 0 : x + 1; y < right.length; y++) {
						count(comparer.pattern(left[x], right[y]), partCounts);
					}
				}
			}
			else {
				SplittableRandom random = new SplittableRandom(seed * 31 + part);
				int share = sampleSize / threads + (part < sampleSize % threads ? 1 : 0);
				for (int s = 0; s < share;) {
					int a = left[random.nextInt(left.length)];
					int b = right[random.nextInt(right.length)];
					if (a != b) {
						count(comparer.pattern(Math.min(a, b), Math.max(a, b)), partCounts);
						s++;
					}
				}
			}
			return partCounts;
		}).reduce(emptyCounts(), RandomPairs::sum);
		double[][] u = new double[Field.ALL.length][];
		for (Field field : Field.ALL) {
			long[] c = counts[field.ordinal()];
			double[] guess = defaultU(field);
			double[] p = new double[c.length];
			long total = 0;
			for (int l = 1; l < c.length; l++) {
				total += c[l];
			}
			for (int l = 1; l < c.length; l++) {
				// the default guess counts as DEFAULT_PAIRS pairs, plus one pair per level, so that a
				// level never seen among random pairs is rare, not impossible
				p[l] = (c[l] + DEFAULT_PAIRS * guess[l] + 1.0) / (total + DEFAULT_PAIRS + c.length - 1);
			}
			u[field.ordinal()] = p;
		}
		return u;
	}

	/** How many random pairs the default guess at u is worth. */
	static final double DEFAULT_PAIRS = 1_000;

	/** {@link Field#defaultU} over a field's levels, with DIFFERENT taking what is left. */
	static double[] defaultU(Field field) {
		double[] guess = new double[field.levels.length];
		double rest = 1;
		for (int l = 1; l < guess.length; l++) {
			guess[l] = field.defaultU(l);
			rest -= guess[l];
		}
		guess[field.index(Level.DIFFERENT)] = rest;
		return guess;
	}

	private static long[][] emptyCounts() {
		long[][] counts = new long[Field.ALL.length][];
		for (Field field : Field.ALL) {
			counts[field.ordinal()] = new long[field.levels.length];
		}
		return counts;
	}

	private static long[][] sum(long[][] a, long[][] b) {
		long[][] out = emptyCounts();
		for (int f = 0; f < out.length; f++) {
			for (int l = 0; l < out[f].length; l++) {
				out[f][l] = a[f][l] + b[f][l];
			}
		}
		return out;
	}

	private static void count(int pattern, long[][] counts) {
		for (Field field : Field.ALL) {
			counts[field.ordinal()][field.levelIn(pattern)]++;
		}
	}

	private static int[] allIndices(RecordTable t) {
		int[] all = new int[t.size];
		for (int i = 0; i < all.length; i++) {
			all[i] = i;
		}
		return all;
	}

	private static int[] indicesOfSource(RecordTable t, int source) {
		int n = 0;
		for (int i = 0; i < t.size; i++) {
			if (t.source[i] == source) {
				n++;
			}
		}
		int[] out = new int[n];
		n = 0;
		for (int i = 0; i < t.size; i++) {
			if (t.source[i] == source) {
				out[n++] = i;
			}
		}
		return out;
	}
}
