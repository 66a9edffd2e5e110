package org.sightline.person.linkage;

/**
 * How closely two records agree on one field. Each {@link Field} uses some of these levels; the
 * model learns for each field and level how often matches (m) and non-matches (u) show it.
 */
enum Level {

	MISSING("missing from one or both records", 0),
	EXACT("same", 0.85),
	NICKNAME("nickname", 0.04),
	CLOSE("close spelling", 0.05),
	SIMILAR("similar", 0.03),
	TRANSPOSED("day and month swapped", 0.02),
	YEAR_TYPO("year differs by one digit", 0.02),
	ONE_PART("one part differs", 0.04),
	PARTIAL("agrees as far as both are known", 0.02),
	WITHIN_FIVE_YEARS("different, but within five years", 0.03),
	SAME_ADDRESS("same address", 0.6),
	SAME_STREET("same or similar street in the same area", 0.1),
	SAME_POSTCODE("same postcode, street differs or not given", 0.05),
	SAME_LOCALITY("same locality only", 0.1),
	DIFFERENT("different", 0.05);

	/** How a level reads in an explanation. */
	final String label;

	/** Starting guess at m (before normalising over the field's levels) for expectation–maximisation. */
	final double initialM;

	Level(String label, double initialM) {
		this.label = label;
		this.initialM = initialM;
	}
}
