package org.sightline.person.linkage;

/**
 * Fits m, u and λ to unlabelled candidate pairs by expectation–maximisation over the counts of
 * their comparison patterns: the E step gives each pattern its probability of being a match under
 * the current parameters; the M step re-estimates the parameters from those probabilities. Fields
 * are taken as independent given match status, as Fellegi–Sunter does. u may be held fixed (for
 * instance at values estimated from random pairs) while m and λ are fitted.
 */
final class ExpectationMaximisation {

	/** Pseudo-count added to every level so no probability becomes exactly zero. */
	static final double SMOOTHING = 0.5;

	private ExpectationMaximisation() {
	}

	record Fit(Parameters parameters, int iterations, boolean converged) {
	}

	static Fit fit(PatternCounts counts, Parameters start, boolean estimateU, int maxIterations, double tolerance) {
		boolean[] all = new boolean[Field.ALL.length];
		java.util.Arrays.fill(all, true);
		return fit(counts, start, all, estimateU ? all : new boolean[Field.ALL.length], maxIterations, tolerance);
	}

	/** As above, re-estimating m and u only for the fields flagged; the others stay as started. */
	static Fit fit(PatternCounts counts, Parameters start, boolean[] estimateM, boolean[] estimateU, int maxIterations,
			double tolerance) {
		int[] patterns = counts.patterns();
		double[] weights = new double[patterns.length];
		double total = 0;
		for (int p = 0; p < patterns.length; p++) {
			weights[p] = counts.count(patterns[p]);
			total += weights[p];
		}
		int fields = Field.ALL.length;
		int[][] levels = new int[patterns.length][fields];
		for (int p = 0; p < patterns.length; p++) {
			for (Field field : Field.ALL) {
				levels[p][field.ordinal()] = field.levelIn(patterns[p]);
			}
		}
		double lambda = start.lambda;
		double[][] m = Parameters.copy(start.m);
		double[][] u = Parameters.copy(start.u);
		double[] matchProbability = new double[patterns.length];
		int iteration = 0;
		boolean converged = false;
		while (iteration < maxIterations && !converged) {
			iteration++;
			// E step
			for (int p = 0; p < patterns.length; p++) {
				double match = lambda;
				double nonMatch = 1 - lambda;
				for (int f = 0; f < fields; f++) {
					int level = levels[p][f];
					if (level != 0) {
						match *= m[f][level];
						nonMatch *= u[f][level];
					}
				}
				matchProbability[p] = match / (match + nonMatch);
			}
			// M step
			double[][] mSums = new double[fields][];
			double[][] uSums = new double[fields][];
			for (Field field : Field.ALL) {
				mSums[field.ordinal()] = new double[field.levels.length];
				uSums[field.ordinal()] = new double[field.levels.length];
			}
			double matches = 0;
			for (int p = 0; p < patterns.length; p++) {
				double asMatch = weights[p] * matchProbability[p];
				double asNonMatch = weights[p] - asMatch;
				matches += asMatch;
				for (int f = 0; f < fields; f++) {
					mSums[f][levels[p][f]] += asMatch;
					uSums[f][levels[p][f]] += asNonMatch;
				}
			}
			double change = Math.abs(matches / total - lambda);
			lambda = clamp(matches / total);
			change = Math.max(change, normalise(mSums, m, estimateM));
			change = Math.max(change, normalise(uSums, u, estimateU));
			converged = change < tolerance;
		}
		return new Fit(new Parameters(lambda, m, u), iteration, converged);
	}

	/** Turns level sums into probabilities over the non-missing levels; returns the largest change. */
	static double normalise(double[][] sums, double[][] into, boolean[] fields) {
		double change = 0;
		for (int f = 0; f < sums.length; f++) {
			if (!fields[f]) {
				continue;
			}
			double total = 0;
			int levels = sums[f].length - 1;
			for (int l = 1; l < sums[f].length; l++) {
				total += sums[f][l];
			}
			for (int l = 1; l < sums[f].length; l++) {
				double value = (sums[f][l] + SMOOTHING) / (total + SMOOTHING * levels);
				change = Math.max(change, Math.abs(value - into[f][l]));
				into[f][l] = value;
			}
		}
		return change;
	}

	private static double clamp(double lambda) {
		return Math.min(1 - 1e-9, Math.max(1e-9, lambda));
	}
}
