package org.sightline.person.linkage;

/**
 * How common each value of a field is among the records linked, so that agreeing on a rare
 * surname counts for more than agreeing on a common one. Following Fellegi–Sunter with
 * term-frequency adjustment, two non-matching records agree on value v with probability about
 * f(v)², against m·f(v) for a match, so the evidence of an exact match on v varies as 1/f(v).
 * The adjustment is taken relative to the average agreeing value, Σf³/Σf², so that it refines the
 * learnt weight of an exact match without replacing it.
 */
final class TermFrequencies {

	private final Vocabulary vocabulary;

	private final int[] counts;

	private final long total;

	private final double averageAgreeingFrequency;

	TermFrequencies(Vocabulary vocabulary, int[] counts) {
		this.vocabulary = vocabulary;
		this.counts = counts;
		long sum = 0;
		for (int count : counts) {
			sum += count;
		}
		this.total = Math.max(1, sum);
		double squares = 0;
		double cubes = 0;
		for (int count : counts) {
			double f = (double) count / total;
			squares += f * f;
			cubes += f * f * f;
		}
		this.averageAgreeingFrequency = squares == 0 ? 1.0 / total : cubes / squares;
	}

	/** Frequency of the value with this id in the records this was built from. */
	double frequency(int id) {
		return Math.max(counts[id], 1) / (double) total;
	}

	/** Frequency of a normalised value; a value never seen counts as seen once. */
	double frequency(String value) {
		int id = vocabulary.find(value);
		return id == Vocabulary.NONE ? 1.0 / total : frequency(id);
	}

	/** Bits to add to the weight of an exact match on a value of this frequency. */
	double adjustment(double frequency) {
		return log2(averageAgreeingFrequency / frequency);
	}

	double averageAgreeingFrequency() {
		return averageAgreeingFrequency;
	}

	static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}
}
