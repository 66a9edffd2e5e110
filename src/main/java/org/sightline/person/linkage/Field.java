package org.sightline.person.linkage;

import static org.sightline.person.linkage.Level.CLOSE;
import static org.sightline.person.linkage.Level.DIFFERENT;
import static org.sightline.person.linkage.Level.EXACT;
import static org.sightline.person.linkage.Level.MISSING;
import static org.sightline.person.linkage.Level.NICKNAME;
import static org.sightline.person.linkage.Level.ONE_PART;
import static org.sightline.person.linkage.Level.PARTIAL;
import static org.sightline.person.linkage.Level.SAME_ADDRESS;
import static org.sightline.person.linkage.Level.SAME_LOCALITY;
import static org.sightline.person.linkage.Level.SAME_POSTCODE;
import static org.sightline.person.linkage.Level.SAME_STREET;
import static org.sightline.person.linkage.Level.SIMILAR;
import static org.sightline.person.linkage.Level.TRANSPOSED;
import static org.sightline.person.linkage.Level.WITHIN_FIVE_YEARS;
import static org.sightline.person.linkage.Level.YEAR_TYPO;

import java.util.Arrays;

/**
 * The fields two records are compared on, each with its levels of agreement. A comparison of a
 * pair is packed into one int, {@link #BITS} bits per field holding the index of its level, so
 * that the pairs' comparison patterns can be counted and scored without objects.
 */
enum Field {

	GIVEN_NAME("given name", MISSING, EXACT, NICKNAME, CLOSE, SIMILAR, DIFFERENT),
	FAMILY_NAME("surname", MISSING, EXACT, CLOSE, SIMILAR, DIFFERENT),
	DATE_OF_BIRTH("date of birth", MISSING, EXACT, TRANSPOSED, YEAR_TYPO, ONE_PART, PARTIAL, WITHIN_FIVE_YEARS,
			DIFFERENT),
	/**
	 * House number, street, postcode and locality as one comparison, because they are one fact:
	 * taken separately, a shared address would count four times, and a move would too.
	 */
	ADDRESS("address", MISSING, SAME_ADDRESS, SAME_STREET, SAME_POSTCODE, SAME_LOCALITY, DIFFERENT),
	EMAIL("email", MISSING, EXACT, CLOSE, DIFFERENT),
	NATIONAL_ID("national id", MISSING, EXACT, CLOSE, DIFFERENT);

	static final int BITS = 3;

	static final int MASK = (1 << BITS) - 1;

	static final Field[] ALL = values();

	final String label;

	final Level[] levels;

	private final int[] indexOfLevel = new int[Level.values().length];

	Field(String label, Level... levels) {
		this.label = label;
		this.levels = levels;
		Arrays.fill(indexOfLevel, -1);
		for (int i = 0; i < levels.length; i++) {
			indexOfLevel[levels[i].ordinal()] = i;
		}
	}

	/** The index of a level in this field's levels; fails for a level the field does not use. */
	int index(Level level) {
		int index = indexOfLevel[level.ordinal()];
		if (index < 0) {
			throw new IllegalArgumentException(label + " has no level " + level);
		}
		return index;
	}

	int shift() {
		return ordinal() * BITS;
	}

	/** The level index of this field in a packed comparison pattern. */
	int levelIn(int pattern) {
		return (pattern >>> shift()) & MASK;
	}

	int pack(int pattern, Level level) {
		return pattern | (index(level) << shift());
	}

	/**
	 * Whether agreement at this level is weighed by how common the shared value is: exact given
	 * names and surnames, and the locality when that is all two addresses share.
	 */
	boolean termFrequencyAdjusted(Level level) {
		return (this == GIVEN_NAME || this == FAMILY_NAME) && level == Level.EXACT
				|| this == ADDRESS && level == Level.SAME_LOCALITY;
	}
}
