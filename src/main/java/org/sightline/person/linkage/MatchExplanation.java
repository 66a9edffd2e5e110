package org.sightline.person.linkage;

import java.util.List;
import java.util.Locale;

/**
 * The model's verdict on a pair of records and how it was reached: the match weight is the prior
 * weight plus each field's weight, in bits (log2 of odds), and the probability follows from it.
 *
 * @param priorWeight      log2 of the prior odds that two records compared are the same person
 * @param matchWeight      prior weight plus the sum of the fields' weights
 * @param matchProbability 2^w / (1 + 2^w) for match weight w
 * @param decision         link, review or no link under the run's thresholds
 * @param evidence         one entry per field, in a fixed order
 */
public record MatchExplanation(double priorWeight, double matchWeight, double matchProbability, MatchDecision decision,
		List<FieldEvidence> evidence) {

	public MatchExplanation {
		evidence = List.copyOf(evidence);
	}

	/** Several lines of plain English, one per field, for a log or a reviewer's screen. */
	public String toText() {
		StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
				"match weight %.1f, probability %.3f: %s%n  prior: %+.1f%n", matchWeight, matchProbability,
				decision.name().toLowerCase(Locale.ROOT).replace('_', ' '), priorWeight));
		for (FieldEvidence e : evidence) {
			out.append("  ").append(e).append(System.lineSeparator());
		}
		return out.toString();
	}
}
