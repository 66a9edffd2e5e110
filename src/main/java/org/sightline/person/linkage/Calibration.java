package org.sightline.person.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the fitted model itself expects of a link threshold, without any labels: each candidate
 * pair's match weight is a probability that its records are the same person, so among the pairs
 * at or above a threshold the model expects that mean probability to be right (expected
 * precision), and of all the matches it expects among the candidate pairs, that share to be above
 * the threshold (expected recall). A data team can then ask for a precision and have the model
 * choose the weight, instead of guessing a probability.
 *
 * <p>These are the model's own estimates, as good as its fit: on labelled files {@code evaluate}
 * shows how near they come. Recall is of the matches among the candidate pairs; matches that
 * blocking never compared are not counted. Nothing linked expects no false link, so an empty
 * selection has expected precision 1.
 *
 * <p>It reads the weights in place and sorts a copy only to choose a threshold, because a million
 * records make tens of millions of candidate pairs.
 */
final class Calibration {

	private final float[] weights;

	private final double totalProbability;

	private Calibration(float[] weights) {
		this.weights = weights;
		double total = 0;
		for (float w : weights) {
			total += LinkageModel.probability(w);
		}
		this.totalProbability = total;
	}

	/** The calibration of the candidate pairs' weights, which it reads but does not copy or change. */
	static Calibration of(float[] weights) {
		return new Calibration(weights);
	}

	static Calibration of(LinkageResult result) {
		return of(result.weights());
	}

	/**
	 * What the model expects of linking the pairs at or above a threshold.
	 *
	 * @param threshold        the match weight in bits
	 * @param pairs            candidate pairs at or above it
	 * @param expectedMatches  the sum of their match probabilities: the matches the model expects among them
	 * @param precision        the share of them expected to be the same person (1 when there are none)
	 * @param recall           the share of all the matches expected among the candidate pairs that they hold
	 */
	record Expected(double threshold, long pairs, double expectedMatches, double precision, double recall) {
	}

	/** How many candidate pairs there are. */
	int pairs() {
		return weights.length;
	}

	/** The matches the model expects among all the candidate pairs. */
	double expectedMatches() {
		return totalProbability;
	}

	/** What the model expects of linking the pairs whose weight is at or above this threshold. */
	Expected at(double threshold) {
		long count = 0;
		double sum = 0;
		for (float w : weights) {
			if (w >= threshold) {
				count++;
				sum += LinkageModel.probability(w);
			}
		}
		return expected(threshold, count, sum);
	}

	private Expected expected(double threshold, long count, double sum) {
		double precision = count == 0 ? 1 : Math.min(1, sum / count);
		double recall = totalProbability == 0 ? 1 : Math.min(1, sum / totalProbability);
		return new Expected(threshold, count, sum, precision, recall);
	}

	/**
	 * The expectations at every whole-bit weight from the highest candidate's down to the lowest's,
	 * highest first: the table a data team reads a threshold from. Empty when there are no pairs.
	 */
	List<Expected> table() {
		if (weights.length == 0) {
			return List.of();
		}
		int low = Integer.MAX_VALUE;
		int high = Integer.MIN_VALUE;
		for (float w : weights) {
			low = Math.min(low, (int) Math.floor(w));
			high = Math.max(high, (int) Math.floor(w));
		}
		long[] counts = new long[high - low + 1];
		double[] sums = new double[high - low + 1];
		for (float w : weights) {
			int bin = (int) Math.floor(w) - low;
			counts[bin]++;
			sums[bin] += LinkageModel.probability(w);
		}
		// a weight is at or above the whole number k exactly when its floor is: add the bins from the top
		List<Expected> rows = new ArrayList<>(counts.length);
		long count = 0;
		double sum = 0;
		for (int bin = counts.length - 1; bin >= 0; bin--) {
			count += counts[bin];
			sum += sums[bin];
			rows.add(expected(low + bin, count, sum));
		}
		return rows;
	}

	/**
	 * The lowest match weight at which the model expects at least this precision among the pairs
	 * linked: a candidate pair's own weight, so that pair and every pair above it are linked. When
	 * not even the highest pair is expected to be that sure, a weight just above every pair, which
	 * links none.
	 */
	double thresholdFor(double targetPrecision) {
		if (weights.length == 0) {
			return Double.POSITIVE_INFINITY;
		}
		float[] sorted = weights.clone();
		Arrays.parallelSort(sorted);
		double chosen = Math.nextUp((double) sorted[sorted.length - 1]);
		double sum = 0;
		for (int i = sorted.length - 1; i >= 0; i--) {
			sum += LinkageModel.probability(sorted[i]);
			// a threshold at this weight links every pair of equal weight too: judge it after the last of them
			boolean lastOfItsWeight = i == 0 || sorted[i - 1] < sorted[i];
			long count = sorted.length - i;
			if (lastOfItsWeight && sum / count >= targetPrecision) {
				chosen = sorted[i];
			}
		}
		return chosen;
	}

	/**
	 * The settings a run actually used once the link threshold is chosen for the target
	 * precision: the link probability is that of the chosen weight (nudged down until a pair at
	 * exactly that weight is linked, and kept below 1 as the settings require); the review
	 * threshold is lowered to it when it was above, leaving nothing for review.
	 */
	static LinkageSettings chosen(LinkageSettings settings, float[] weights) {
		if (settings.targetPrecision().isEmpty()) {
			return settings;
		}
		double link = linkAboveFor(of(weights).thresholdFor(settings.targetPrecision().getAsDouble()));
		return settings.withThresholds(link, Math.min(settings.reviewAbove(), link));
	}

	/** The highest probability (within a few ulps) whose weight is no more than this one, in (0, 1). */
	static double linkAboveFor(double weight) {
		double p = Math.min(LinkageModel.probability(weight), Math.nextDown(1.0));
		for (int i = 0; i < 64 && p > Double.MIN_NORMAL && LinkageModel.weightOf(p) > weight; i++) {
			p = Math.nextDown(p);
		}
		return Math.max(p, Double.MIN_NORMAL);
	}
}
