package org.sightline.person.linkage;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Fits the model to the records being linked, without labels.
 *
 * <p>With u from random pairs (the default, as Splink does): u is counted on random pairs; m is
 * fitted by expectation–maximisation once per training blocking rule, on the candidate pairs that
 * rule puts together, leaving out the fields the rule constrains (pairs blocked on date of birth
 * say nothing about how often matches agree on date of birth, but among them non-matches look like
 * random pairs on every other field, so fixing u at the random-pair values is right). Each field's
 * m is the average over the rules that estimated it, weighted by their expected matches. Last, the
 * prior (the probability that two records are the same person) is fitted over all possible pairs,
 * taking pairs that no rule put together as non-matches.
 *
 * <p>With u from the candidate pairs: one expectation–maximisation over all candidate pairs fits
 * m, u and the share of matches among them together. Simpler, but it may settle on another
 * distinction than same person (such as same household) when the candidate pairs are dominated by it.
 */
final class Training {

	private static final double TOLERANCE = 1e-6;

	private Training() {
	}

	/** The fitted parameters and the prior weight (log2 odds) to score pairs with. */
	record Outcome(Parameters parameters, double priorWeight) {
	}

	static Outcome fit(Blocking.Result blocked, List<BlockingRule> rules, double[][] randomU, long possiblePairs,
			LinkageSettings settings, Consumer<String> progress) {
		PairBuffer pairs = blocked.pairs();
		if (settings.uFrom() == LinkageSettings.UFrom.CANDIDATE_PAIRS) {
			return onCandidatePairs(pairs, randomU, settings, progress);
		}
		int fields = Field.ALL.length;
		double[][] mSums = new double[fields][];
		double[] fieldWeight = new double[fields];
		for (Field field : Field.ALL) {
			mSums[field.ordinal()] = new double[field.levels.length];
		}
		for (int r = 0; r < rules.size(); r++) {
			BlockingRule rule = rules.get(r);
			if (!rule.trainsModel) {
				continue;
			}
			PatternCounts counts = new PatternCounts();
			for (int p = 0; p < pairs.size; p++) {
				if (blocked.sameBlock(r, pairs.left[p], pairs.right[p])) {
					counts.add(rule.withoutConstrainedFields(pairs.pattern[p]), 1);
				}
			}
			long total = counts.total();
			if (total == 0) {
				continue;
			}
			Parameters start = new Parameters(0.5, Parameters.initialM(), randomU);
			ExpectationMaximisation.Fit fit = ExpectationMaximisation.fit(counts, start, false, settings.maxIterations(),
					TOLERANCE);
			double expectedMatches = fit.parameters().lambda * total;
			progress.accept(String.format(Locale.ROOT,
					"trained m on %,d pairs blocked by %s: %s after %d iterations, %.1f%% matches", total,
					rule.description, fit.converged() ? "converged" : "stopped", fit.iterations(),
					100 * fit.parameters().lambda));
			boolean[] given = fieldsGiven(counts);
			for (Field field : Field.ALL) {
				if (!rule.constrains(field) && given[field.ordinal()]) {
					int f = field.ordinal();
					for (int l = 1; l < field.levels.length; l++) {
						mSums[f][l] += expectedMatches * fit.parameters().m[f][l];
					}
					fieldWeight[f] += expectedMatches;
				}
			}
		}
		double[][] m = Parameters.initialM();
		for (Field field : Field.ALL) {
			int f = field.ordinal();
			if (fieldWeight[f] > 0) {
				for (int l = 1; l < field.levels.length; l++) {
					m[f][l] = mSums[f][l] / fieldWeight[f];
				}
			}
			else if (anyGiven(pairs, field)) {
				progress.accept("no training rule could estimate m for " + field.label + "; using the starting values");
			}
		}
		double[][] surnameU = Parameters.surnameRows(randomU[Field.FAMILY_NAME.ordinal()]);
		for (Level place : List.of(Level.SAME_ADDRESS, Level.SAME_STREET)) {
			surnameU[Field.ADDRESS.index(place)] = surnameUAt(place, pairs, m, randomU, settings, progress);
		}
		Parameters fitted = new Parameters(0, m, randomU, surnameU);
		double prior = fitPrior(PatternCounts.of(pairs.pattern, pairs.size), fitted, possiblePairs);
		progress.accept(String.format(Locale.ROOT,
				"prior: %.3g of all %,d possible pairs are the same person (%,.0f expected matching pairs)", prior,
				possiblePairs, prior * possiblePairs));
		return new Outcome(new Parameters(prior, m, randomU, surnameU), LinkageModel.weightOf(prior));
	}

	/**
	 * Which fields some pair of the counts gives (is not missing in). A rule's pairs that never give
	 * a field (a file without a sex column) say nothing about its m: averaging in the uniform m
	 * expectation–maximisation returns for it would wipe out the starting values, so such a field
	 * keeps them and a pair that does give it (as explained later) is weighed sensibly.
	 */
	static boolean[] fieldsGiven(PatternCounts counts) {
		boolean[] given = new boolean[Field.ALL.length];
		for (int pattern : counts.patterns()) {
			for (Field field : Field.ALL) {
				given[field.ordinal()] |= field.levelIn(pattern) != 0;
			}
		}
		return given;
	}

	private static boolean anyGiven(PairBuffer pairs, Field field) {
		for (int p = 0; p < pairs.size; p++) {
			if (field.levelIn(pairs.pattern[p]) != 0) {
				return true;
			}
		}
		return false;
	}

	private static Outcome onCandidatePairs(PairBuffer pairs, double[][] randomU, LinkageSettings settings,
			Consumer<String> progress) {
		PatternCounts counts = PatternCounts.of(pairs.pattern, pairs.size);
		Parameters start = new Parameters(0.1, Parameters.initialM(), randomU);
		ExpectationMaximisation.Fit fit = ExpectationMaximisation.fit(counts, start, true, settings.maxIterations(),
				TOLERANCE);
		progress.accept(String.format(Locale.ROOT,
				"expectation-maximisation of m and u %s after %d iterations over %,d distinct patterns; "
						+ "%.2f%% of candidate pairs are matches",
				fit.converged() ? "converged" : "stopped", fit.iterations(), counts.distinct(),
				100 * fit.parameters().lambda));
		return new Outcome(fit.parameters(), LinkageModel.weightOf(fit.parameters().lambda));
	}

	/** Pseudo-count of pairs pulling a place's surname u towards the random-pair u. */
	static final double PLACE_PRIOR_PAIRS = 50;

	/**
	 * u of the surname among candidate pairs at one address level (the same address, the same
	 * street): expectation–maximisation over those pairs with m and every other u held, so only how
	 * often non-matching housemates or neighbours share a surname is learnt. Few such pairs pull the
	 * answer towards the random-pair u.
	 */
	static double[] surnameUAt(Level place, PairBuffer pairs, double[][] m, double[][] randomU,
			LinkageSettings settings, Consumer<String> progress) {
		int placeLevel = Field.ADDRESS.index(place);
		int addressMask = Field.MASK << Field.ADDRESS.shift();
		PatternCounts counts = new PatternCounts();
		for (int p = 0; p < pairs.size; p++) {
			if (Field.ADDRESS.levelIn(pairs.pattern[p]) == placeLevel) {
				counts.add(pairs.pattern[p] & ~addressMask, 1);
			}
		}
		double[] random = randomU[Field.FAMILY_NAME.ordinal()];
		long total = counts.total();
		if (total == 0) {
			return random;
		}
		boolean[] fitU = new boolean[Field.ALL.length];
		fitU[Field.FAMILY_NAME.ordinal()] = true;
		Parameters start = new Parameters(0.5, m, randomU);
		ExpectationMaximisation.Fit fit = ExpectationMaximisation.fit(counts, start, new boolean[Field.ALL.length], fitU,
				settings.maxIterations(), TOLERANCE);
		double nonMatches = (1 - fit.parameters().lambda) * total;
		double[] fitted = fit.parameters().u[Field.FAMILY_NAME.ordinal()];
		double[] blended = new double[random.length];
		for (int l = 1; l < blended.length; l++) {
			blended[l] = (nonMatches * fitted[l] + PLACE_PRIOR_PAIRS * random[l]) / (nonMatches + PLACE_PRIOR_PAIRS);
		}
		progress.accept(String.format(Locale.ROOT,
				"surname at %s: %,d pairs, about %,.0f of them different people, who share a surname %.1f%% of the time",
				place.label, total, nonMatches, 100 * blended[Field.FAMILY_NAME.index(Level.EXACT)]));
		return blended;
	}

	/**
	 * The probability π that two records are the same person, fitted by expectation–maximisation
	 * over all possible pairs with m and u held: π = (sum of the candidate pairs' match
	 * probabilities under π) / (possible pairs), repeated until it settles.
	 */
	static double fitPrior(PatternCounts counts, Parameters parameters, long possiblePairs) {
		int[] patterns = counts.patterns();
		double[] bits = new double[patterns.length];
		double[] weight = new double[patterns.length];
		for (int p = 0; p < patterns.length; p++) {
			weight[p] = counts.count(patterns[p]);
			bits[p] = parameters.bits(patterns[p]);
		}
		double total = Math.max(1, possiblePairs);
		double prior = Math.min(0.5, Math.max(1e-12, counts.total() / total / 10));
		for (int iteration = 0; iteration < 10_000; iteration++) {
			double priorBits = LinkageModel.weightOf(prior);
			double expected = 0;
			for (int p = 0; p < patterns.length; p++) {
				expected += weight[p] * LinkageModel.probability(priorBits + bits[p]);
			}
			double next = Math.min(0.5, Math.max(1e-12, expected / total));
			if (Math.abs(next - prior) <= TOLERANCE * prior) {
				return next;
			}
			prior = next;
		}
		return prior;
	}
}
