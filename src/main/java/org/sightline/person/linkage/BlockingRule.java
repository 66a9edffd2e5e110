package org.sightline.person.linkage;

import java.util.List;

/**
 * A cheap test that two records might be the same person: both have the same blocking key. Only
 * pairs that share a key under at least one rule are compared in full. The rules are joined by
 * OR because any one of them misses true pairs whose keyed fields were mistyped or left out.
 */
enum BlockingRule {

	SURNAME_SOUND_AND_BIRTH_YEAR("surname sounds the same and same year of birth", true, Field.FAMILY_NAME, Field.DATE_OF_BIRTH) {
		@Override
		long key(RecordTable t, int i) {
			int surname = t.family[i];
			return surname == Vocabulary.NONE || t.year[i] == 0 ? NO_KEY : key(sound(t, surname), t.year[i], 0);
		}
	},
	GIVEN_NAME_SOUND_AND_POSTCODE("given name sounds the same and same postcode", false, Field.GIVEN_NAME, Field.ADDRESS) {
		@Override
		long key(RecordTable t, int i) {
			int given = t.given[i];
			return given == Vocabulary.NONE || t.postcode[i] == Vocabulary.NONE ? NO_KEY
					: key(sound(t, given), t.postcode[i], 0);
		}
	},
	DATE_OF_BIRTH("same date of birth, day and month in either order", true, Field.DATE_OF_BIRTH) {
		@Override
		long key(RecordTable t, int i) {
			if (!t.hasCompleteDateOfBirth(i)) {
				return NO_KEY;
			}
			int low = Math.min(t.month[i], t.day[i]);
			int high = Math.max(t.month[i], t.day[i]);
			return key(t.year[i], low, high);
		}
	},
	POSTCODE_AND_STREET("same postcode and street", false, Field.ADDRESS) {
		@Override
		long key(RecordTable t, int i) {
			return t.postcode[i] == Vocabulary.NONE || t.street[i] == Vocabulary.NONE ? NO_KEY
					: key(t.postcode[i], t.street[i], 0);
		}
	},
	NAMES_IN_EITHER_ORDER("given name and surname sound the same, in either order", true, Field.GIVEN_NAME, Field.FAMILY_NAME) {
		@Override
		long key(RecordTable t, int i) {
			if (t.given[i] == Vocabulary.NONE || t.family[i] == Vocabulary.NONE) {
				return NO_KEY;
			}
			int x = sound(t, t.given[i]);
			int y = sound(t, t.family[i]);
			return key(Math.min(x, y), Math.max(x, y), 0);
		}
	},
	EMAIL("same email address", false, Field.EMAIL) {
		@Override
		long key(RecordTable t, int i) {
			return t.email[i] == Vocabulary.NONE ? NO_KEY : key(t.email[i], 0, 0);
		}
	},
	SURNAME_SOUND_AND_LOCALITY("surname sounds the same and same locality", false, Field.FAMILY_NAME, Field.ADDRESS) {
		@Override
		long key(RecordTable t, int i) {
			int surname = t.family[i];
			return surname == Vocabulary.NONE || t.locality[i] == Vocabulary.NONE ? NO_KEY
					: key(sound(t, surname), t.locality[i], 0);
		}
	},
	GIVEN_NAME_SOUND_AND_LOCALITY("given name sounds the same and same locality", false, Field.GIVEN_NAME, Field.ADDRESS) {
		@Override
		long key(RecordTable t, int i) {
			int given = t.given[i];
			return given == Vocabulary.NONE || t.locality[i] == Vocabulary.NONE ? NO_KEY
					: key(sound(t, given), t.locality[i], 0);
		}
	},
	NATIONAL_ID("same national id", false, Field.NATIONAL_ID) {
		@Override
		long key(RecordTable t, int i) {
			return t.nationalId[i] == Vocabulary.NONE ? NO_KEY : key(t.nationalId[i], 0, 0);
		}
	},
	GIVEN_NAME_SOUND_AND_BIRTH_YEAR("given name sounds the same and same year of birth", false, Field.GIVEN_NAME,
			Field.DATE_OF_BIRTH) {
		@Override
		long key(RecordTable t, int i) {
			int given = t.given[i];
			return given == Vocabulary.NONE || t.year[i] == 0 ? NO_KEY : key(sound(t, given), t.year[i], 0);
		}
	},
	SURNAME_SOUND_AND_BIRTHDAY("surname sounds the same and same day and month of birth, in either order", false,
			Field.FAMILY_NAME, Field.DATE_OF_BIRTH) {
		@Override
		long key(RecordTable t, int i) {
			int surname = t.family[i];
			if (surname == Vocabulary.NONE || t.month[i] == 0 || t.day[i] == 0) {
				return NO_KEY;
			}
			return key(sound(t, surname), Math.min(t.month[i], t.day[i]), Math.max(t.month[i], t.day[i]));
		}
	},
	EMAIL_NAME("same email address before the @", false, Field.EMAIL) {
		@Override
		long key(RecordTable t, int i) {
			if (t.email[i] == Vocabulary.NONE) {
				return NO_KEY;
			}
			String email = t.emails.value(t.email[i]);
			int at = email.indexOf('@');
			return at <= 0 ? NO_KEY : key(email.substring(0, at).hashCode(), at, 0);
		}
	};

	/**
	 * The rules a run uses. Each costs about the same per record however many records there are:
	 * its blocks grow with the data only through common values, and blocks over the cap are divided
	 * further ({@link Blocking}). The last three were added for records whose names and dates are all
	 * mistyped at once (Splink's fake_1000: blocking kept 80.3% of its true pairs, 87.1% with them).
	 */
	static final List<BlockingRule> STANDARD = List.of(SURNAME_SOUND_AND_BIRTH_YEAR, GIVEN_NAME_SOUND_AND_POSTCODE,
			DATE_OF_BIRTH, POSTCODE_AND_STREET, NAMES_IN_EITHER_ORDER, EMAIL, NATIONAL_ID, GIVEN_NAME_SOUND_AND_LOCALITY,
			SURNAME_SOUND_AND_LOCALITY, GIVEN_NAME_SOUND_AND_BIRTH_YEAR, SURNAME_SOUND_AND_BIRTHDAY, EMAIL_NAME);

	/** The key of a record the rule cannot block, because a field it needs is missing. */
	static final long NO_KEY = -1;

	/** Keys are 40-bit hashes, leaving 24 bits for a record index when sorting by key. */
	static final int KEY_BITS = 40;

	final String description;

	/**
	 * Whether the model's m probabilities are trained on this rule's pairs. A training rule must
	 * leave non-matching pairs looking like random pairs on the fields it does not constrain, so
	 * address rules (households share a surname) and e-mail (it often spells the name) are not.
	 */
	final boolean trainsModel;

	/** The fields whose comparison this rule biases: left out when training on its pairs. */
	private final int constrainedMask;

	BlockingRule(String description, boolean trainsModel, Field... constrains) {
		this.description = description;
		this.trainsModel = trainsModel;
		int mask = 0;
		for (Field field : constrains) {
			mask |= Field.MASK << field.shift();
		}
		this.constrainedMask = mask;
	}

	/** A comparison pattern with this rule's constrained fields set to MISSING (level 0). */
	int withoutConstrainedFields(int pattern) {
		return pattern & ~constrainedMask;
	}

	boolean constrains(Field field) {
		return (constrainedMask & (Field.MASK << field.shift())) != 0;
	}

	abstract long key(RecordTable t, int i);

	long key(long a, long b, long c) {
		long h = mix(ordinal() * 0x9E3779B97F4A7C15L + a);
		h = mix(h + b);
		h = mix(h + c);
		return h >>> (64 - KEY_BITS);
	}

	/** The key of the part of block {@code key} holding the records whose sub-key at this level is {@code value}. */
	static long subKey(long key, long value, int level) {
		long h = mix(key * 0x9E3779B97F4A7C15L + level + 1);
		h = mix(h + value);
		return h >>> (64 - KEY_BITS);
	}

	/** A name's sound: its Double Metaphone code, or the name itself when it has none. */
	static int sound(RecordTable t, int name) {
		int code = t.soundPrimary[name];
		return code == Vocabulary.NONE ? -2 - name : code;
	}

	// SplitMix64 finaliser: spreads nearby inputs over all 64 bits.
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
