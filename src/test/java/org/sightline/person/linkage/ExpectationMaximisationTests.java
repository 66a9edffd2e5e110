package org.sightline.person.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExpectationMaximisationTests {

	// Known m and u for four fields, over each field's non-missing levels (index 0 is MISSING).
	private static final Field[] FIELDS = { Field.GIVEN_NAME, Field.FAMILY_NAME, Field.DATE_OF_BIRTH, Field.ADDRESS };

	private static final double[][] M = {
			{ 0, 0.70, 0.05, 0.12, 0.08, 0.05 },
			{ 0, 0.75, 0.12, 0.08, 0.05 },
			{ 0, 0.70, 0.05, 0.08, 0.08, 0.01, 0.04, 0.04 },
			{ 0, 0.55, 0.15, 0.05, 0.10, 0.15 } };

	private static final double[][] U = {
			{ 0, 0.02, 0.005, 0.01, 0.03, 0.935 },
			{ 0, 0.01, 0.01, 0.03, 0.95 },
			{ 0, 0.001, 0.001, 0.005, 0.02, 0.003, 0.17, 0.80 },
			{ 0, 0.001, 0.004, 0.005, 0.09, 0.90 } };

	private static final double LAMBDA = 0.2;

	/** Pairs drawn from the known model: a match with probability λ, then each field's level from m or u. */
	private static PatternCounts synthesisedPairs(int pairs, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		PatternCounts counts = new PatternCounts();
		for (int p = 0; p < pairs; p++) {
			boolean match = random.nextDouble() < LAMBDA;
			int pattern = 0;
			for (int f = 0; f < FIELDS.length; f++) {
				double[] distribution = match ? M[f] : U[f];
				double r = random.nextDouble();
				int level = 1;
				double cumulative = distribution[1];
				while (r > cumulative && level < distribution.length - 1) {
					cumulative += distribution[++level];
				}
				pattern |= level << FIELDS[f].shift();
			}
			counts.add(pattern, 1);
		}
		return counts;
	}

	private static double[][] uniformU() {
		double[][] u = new double[Field.ALL.length][];
		for (Field field : Field.ALL) {
			u[field.ordinal()] = new double[field.levels.length];
			for (int l = 1; l < field.levels.length; l++) {
				u[field.ordinal()][l] = 1.0 / (field.levels.length - 1);
			}
		}
		return u;
	}

	@Test
	@DisplayName("EM recovers m, u and the share of matches from unlabelled pairs")
	void recoversMAndU() {
		PatternCounts pairs = synthesisedPairs(200_000, 7);

		ExpectationMaximisation.Fit fit = ExpectationMaximisation.fit(pairs,
				new Parameters(0.5, Parameters.initialM(), uniformU()), true, 500, 1e-8);

		assertThat(fit.converged()).isTrue();
		assertThat(fit.parameters().lambda).isCloseTo(LAMBDA, within(0.01));
		for (int f = 0; f < FIELDS.length; f++) {
			for (int l = 1; l < M[f].length; l++) {
				assertThat(fit.parameters().m[FIELDS[f].ordinal()][l]).as("m of %s level %d", FIELDS[f], l)
						.isCloseTo(M[f][l], within(0.02));
				assertThat(fit.parameters().u[FIELDS[f].ordinal()][l]).as("u of %s level %d", FIELDS[f], l)
						.isCloseTo(U[f][l], within(0.02));
			}
		}
	}

	@Test
	@DisplayName("with u held at its true values, EM learns m and leaves u alone")
	void learnsMWithUHeld() {
		double[][] u = uniformU();
		for (int f = 0; f < FIELDS.length; f++) {
			u[FIELDS[f].ordinal()] = U[f].clone();
		}

		ExpectationMaximisation.Fit fit = ExpectationMaximisation.fit(synthesisedPairs(100_000, 11),
				new Parameters(0.5, Parameters.initialM(), u), false, 500, 1e-8);

		for (int f = 0; f < FIELDS.length; f++) {
			assertThat(fit.parameters().u[FIELDS[f].ordinal()]).containsExactly(U[f]);
			for (int l = 1; l < M[f].length; l++) {
				assertThat(fit.parameters().m[FIELDS[f].ordinal()][l]).isCloseTo(M[f][l], within(0.02));
			}
		}
	}

	@Test
	@DisplayName("the prior fitted over all possible pairs matches the matches the candidates hold")
	void priorOverAllPairs() {
		// 1,000 candidate pairs that are certainly matches, among a million possible pairs.
		PatternCounts counts = new PatternCounts();
		counts.add(Field.DATE_OF_BIRTH.pack(Field.GIVEN_NAME.pack(0, Level.EXACT), Level.EXACT), 1_000);
		double[][] m = Parameters.initialM();
		double[][] u = uniformU();
		u[Field.GIVEN_NAME.ordinal()][Field.GIVEN_NAME.index(Level.EXACT)] = 1e-4;
		u[Field.DATE_OF_BIRTH.ordinal()][Field.DATE_OF_BIRTH.index(Level.EXACT)] = 1e-4;

		double prior = Training.fitPrior(counts, new Parameters(0, m, u), 1_000_000);

		assertThat(prior * 1_000_000).isCloseTo(1_000, within(5.0));
	}
}
