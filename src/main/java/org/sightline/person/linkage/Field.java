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
import static org.sightline.person.linkage.Level.SAME_POSTCODE_DISTRICT;
import static org.sightline.person.linkage.Level.SAME_POSTCODE_SECTOR;
import static org.sightline.person.linkage.Level.SAME_STREET;
import static org.sightline.person.linkage.Level.SHARED_WORDS;
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
	ADDRESS("address", MISSING, SAME_ADDRESS, SAME_STREET, SAME_POSTCODE, SAME_POSTCODE_SECTOR, SAME_POSTCODE_DISTRICT,
			SAME_LOCALITY, DIFFERENT),
	EMAIL("email", MISSING, EXACT, CLOSE, DIFFERENT),
	NATIONAL_ID("national id", MISSING, EXACT, CLOSE, DIFFERENT),
	/**
	 * Sex or gender as recorded. Half of all strangers share it, so agreeing is weak evidence, but
	 * differing is strong evidence against: that asymmetry is why it is worth a field.
	 */
	SEX("sex", MISSING, EXACT, DIFFERENT),
	/** Occupation-like free text, compared by the words it shares (word order and extra words aside). */
	FREE_TEXT("free text", MISSING, EXACT, SHARED_WORDS, DIFFERENT),
	/** Any other value compared for equality only, such as an ethnicity code or a custody number prefix. */
	EXACT_VALUE("exact value", MISSING, EXACT, DIFFERENT);

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
	 * A modest guess at u for this field's level index, before random pairs are counted (and all a
	 * search has). Each level's {@link Level#defaultU} suits fields with many values; sex has about
	 * two, so half of all strangers agree on it, and an exact value (a code) has a few.
	 */
	double defaultU(int level) {
		Level l = levels[level];
		if (l == Level.EXACT && this == SEX) {
			return 0.5;
		}
		if (l == Level.EXACT && this == EXACT_VALUE) {
			return 0.1;
		}
		return l.defaultU;
	}

	/**
	 * Whether agreement at this level is weighed by how common the shared value is; see
	 * {@link FrequencyAdjustment} for which and why.
	 */
	boolean termFrequencyAdjusted(Level level) {
		return FrequencyAdjustment.of(this, level) != null;
	}
}
