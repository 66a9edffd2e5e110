package org.sightline.person.linkage;

/**
 * How closely two records agree on one field. Each {@link Field} uses some of these levels; the
 * model learns for each field and level how often matches (m) and non-matches (u) show it.
 */
enum Level {

	MISSING("missing from one or both records", 0, 0),
	EXACT("same", 0.85, 0.002),
	NICKNAME("nickname", 0.04, 0.001),
	CLOSE("close spelling", 0.05, 0.002),
	SIMILAR("similar", 0.03, 0.005),
	TRANSPOSED("day and month swapped", 0.02, 0.0001),
	YEAR_TYPO("year differs by one digit", 0.02, 0.0005),
	ONE_PART("one part differs", 0.04, 0.002),
	PARTIAL("agrees as far as both are known", 0.02, 0.001),
	/** Free text: at least half the words of the two values are shared (Jaccard of word sets). */
	SHARED_WORDS("at least half the words shared", 0.08, 0.005),
	WITHIN_FIVE_YEARS("different, but within five years", 0.03, 0.1),
	SAME_ADDRESS("same address", 0.6, 0.00005),
	SAME_STREET("same or similar street in the same area", 0.1, 0.0005),
	SAME_POSTCODE("same postcode, street differs or not given", 0.05, 0.0002),
	/** UK postcodes: the same outward code and first digit of the inward code (SW1A 1), a few streets. */
	SAME_POSTCODE_SECTOR("same postcode sector only", 0.04, 0.002),
	/** UK postcodes: the same outward code (SW1A), a town or part of a city. */
	SAME_POSTCODE_DISTRICT("same postcode district only", 0.04, 0.01),
	SAME_LOCALITY("same locality only", 0.1, 0.05),
	/** The rest: u is whatever the other levels leave. */
	DIFFERENT("different", 0.05, 0);

	/** How a level reads in an explanation. */
	final String label;

	/** Starting guess at m (before normalising over the field's levels) for expectation–maximisation. */
	final double initialM;

	/**
	 * A modest guess at u for a population of strangers, which the u counted on random pairs
	 * outweighs once there are more than a few hundred records; it keeps a small file from
	 * teaching the model that everybody agrees on everything.
	 */
	final double defaultU;

	Level(String label, double initialM, double defaultU) {
		this.label = label;
		this.initialM = initialM;
		this.defaultU = defaultU;
	}
}
