package org.sightline.person.linkage;

/**
 * How common each value is in every column whose agreement is {@link FrequencyAdjustment adjusted}
 * for it, counted once over the records linked.
 */
final class FieldFrequencies {

	/** No frequencies (a search has no batch to count them in): agreements count as learnt. */
	static final FieldFrequencies NONE = new FieldFrequencies(new TermFrequencies[FrequencyAdjustment.ALL.length]);

	private final TermFrequencies[] byAdjustment;

	private FieldFrequencies(TermFrequencies[] byAdjustment) {
		this.byAdjustment = byAdjustment;
	}

	static FieldFrequencies of(RecordTable t) {
		TermFrequencies[] tables = new TermFrequencies[FrequencyAdjustment.ALL.length];
		for (FrequencyAdjustment adjustment : FrequencyAdjustment.ALL) {
			Vocabulary vocabulary = adjustment.vocabulary(t);
			tables[adjustment.ordinal()] = new TermFrequencies(vocabulary, vocabulary.counts(adjustment.column(t)));
		}
		return new FieldFrequencies(tables);
	}

	/** The frequencies for an adjustment, or null when there are none. */
	TermFrequencies of(FrequencyAdjustment adjustment) {
		return byAdjustment[adjustment.ordinal()];
	}
}
