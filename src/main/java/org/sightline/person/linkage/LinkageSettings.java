package org.sightline.person.linkage;

/**
 * How a linkage run decides and how hard it works. The two thresholds are on the probability that
 * a pair of records is the same person: at or above {@code linkAbove} the pair is linked without
 * review; at or above {@code reviewAbove} (and below {@code linkAbove}) it goes to a person for
 * review; below, it is not linked. A pair scored at or below {@code keepApartBelow} keeps the
 * clusters of its two records apart, however the links would chain them ({@link Clustering}). They
 * vary by force and by use, so they are settings.
 *
 * @param linkAbove     probability at or above which a pair is linked automatically
 * @param reviewAbove   probability at or above which an unlinked pair is offered for review
 * @param keepApartBelow probability at or below which a compared pair keeps its records in different
 *                      clusters; 0 lets links chain as connected components do
 * @param maxBlockSize  largest block a blocking rule may produce; larger blocks are skipped by that rule
 * @param uFrom         where the u probabilities come from
 * @param randomPairs   how many random pairs to compare when estimating u
 * @param maxIterations most expectation–maximisation iterations
 * @param threads       threads used to compare pairs
 * @param seed          seed for the random pairs, so that runs repeat exactly
 */
public record LinkageSettings(double linkAbove, double reviewAbove, double keepApartBelow, int maxBlockSize, UFrom uFrom, int randomPairs,
		int maxIterations, int threads, long seed) {

	/** Where the u probabilities (agreement among non-matches) are estimated from. */
	public enum UFrom {
		/** Counted on random pairs and held fixed while m is fitted rule by rule (the default). */
		RANDOM_PAIRS,
		/** Fitted with m by one expectation–maximisation over all the candidate pairs. */
		CANDIDATE_PAIRS
	}

	public LinkageSettings {
		if (!(reviewAbove > 0 && reviewAbove <= linkAbove && linkAbove < 1)) {
			throw new IllegalArgumentException(
					"thresholds must satisfy 0 < review (" + reviewAbove + ") <= link (" + linkAbove + ") < 1");
		}
		if (!(keepApartBelow >= 0 && keepApartBelow < reviewAbove)) {
			throw new IllegalArgumentException(
					"keep apart (" + keepApartBelow + ") must be at least 0 and below review (" + reviewAbove + ")");
		}
		if (maxBlockSize < 2 || randomPairs < 1 || maxIterations < 1 || threads < 1) {
			throw new IllegalArgumentException("block size, random pairs, iterations and threads must be positive");
		}
		if (uFrom == null) {
			throw new IllegalArgumentException("uFrom is required");
		}
	}

	public static LinkageSettings defaults() {
		return new LinkageSettings(0.95, 0.5, 0.05, 500, UFrom.RANDOM_PAIRS, 1_000_000, 100,
				Math.max(1, Runtime.getRuntime().availableProcessors()), 42L);
	}

	public LinkageSettings withThresholds(double link, double review) {
		return new LinkageSettings(link, review, keepApartBelow, maxBlockSize, uFrom, randomPairs, maxIterations, threads, seed);
	}

	public LinkageSettings withThresholds(double link, double review, double keepApart) {
		return new LinkageSettings(link, review, keepApart, maxBlockSize, uFrom, randomPairs, maxIterations, threads, seed);
	}

	public LinkageSettings withKeepApartBelow(double probability) {
		return new LinkageSettings(linkAbove, reviewAbove, probability, maxBlockSize, uFrom, randomPairs, maxIterations,
				threads, seed);
	}

	public LinkageSettings withUFrom(UFrom from) {
		return new LinkageSettings(linkAbove, reviewAbove, keepApartBelow, maxBlockSize, from, randomPairs, maxIterations, threads, seed);
	}

	public LinkageSettings withMaxBlockSize(int size) {
		return new LinkageSettings(linkAbove, reviewAbove, keepApartBelow, size, uFrom, randomPairs, maxIterations, threads, seed);
	}

	public LinkageSettings withThreads(int count) {
		return new LinkageSettings(linkAbove, reviewAbove, keepApartBelow, maxBlockSize, uFrom, randomPairs, maxIterations, count, seed);
	}
}
