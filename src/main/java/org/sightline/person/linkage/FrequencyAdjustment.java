package org.sightline.person.linkage;

/**
 * The agreements whose weight depends on how common the shared value is (term-frequency
 * adjustment): two strangers share a common value far more often than a rare one, so agreeing on
 * "smith" or on a hostel's postcode says less than agreeing on a rare surname or a quiet street.
 *
 * <p>Adjusted: exact given names and surnames; the postcode when the address agrees on the whole
 * postcode but not the street (many records can give one building's postcode); the locality when
 * that is all two addresses share (a city against a village); exact free text ("unemployed"
 * against "farrier"); and an exact value (a common ethnicity code against a rare one).
 *
 * <p>Not adjusted: dates of birth (spread nearly evenly, so the learnt weight is right for almost
 * every date); emails and national ids (nearly unique, so every shared value is rare and the
 * adjustment would be about nothing); sex (two common values, which the learnt weight already
 * reflects); the same address or street (the house number and street already make them rare); and
 * postcode sectors and districts (each holds many postcodes, so how common one is varies little).
 */
enum FrequencyAdjustment {

	GIVEN_NAME(Field.GIVEN_NAME, Level.EXACT),
	SURNAME(Field.FAMILY_NAME, Level.EXACT),
	POSTCODE(Field.ADDRESS, Level.SAME_POSTCODE),
	LOCALITY(Field.ADDRESS, Level.SAME_LOCALITY),
	FREE_TEXT(Field.FREE_TEXT, Level.EXACT),
	EXACT_VALUE(Field.EXACT_VALUE, Level.EXACT);

	static final FrequencyAdjustment[] ALL = values();

	final Field field;

	final Level level;

	FrequencyAdjustment(Field field, Level level) {
		this.field = field;
		this.level = level;
	}

	/** The adjustment of a field's level, or null when that level is not adjusted. */
	static FrequencyAdjustment of(Field field, Level level) {
		for (FrequencyAdjustment adjustment : ALL) {
			if (adjustment.field == field && adjustment.level == level) {
				return adjustment;
			}
		}
		return null;
	}

	/** The column of value ids whose frequency adjusts the weight. */
	int[] column(RecordTable t) {
		return switch (this) {
		case GIVEN_NAME -> t.given;
		case SURNAME -> t.family;
		case POSTCODE -> t.postcode;
		case LOCALITY -> t.locality;
		case FREE_TEXT -> t.freeText;
		case EXACT_VALUE -> t.exactValue;
		};
	}

	Vocabulary vocabulary(RecordTable t) {
		return switch (this) {
		case GIVEN_NAME, SURNAME -> t.names;
		case POSTCODE -> t.postcodes;
		case LOCALITY -> t.localities;
		case FREE_TEXT -> t.freeTexts;
		case EXACT_VALUE -> t.exactValues;
		};
	}

	/**
	 * Whether the two records' values must be the same for the adjustment to apply. An exact name
	 * may be an exact match of one record's given name with the other's surname (names swapped), so
	 * names adjust by the first record's value; an address can reach its level without sharing a
	 * locality (a postcode agreeing and the localities spelt differently), so it checks.
	 */
	boolean needsSameValue() {
		return this != GIVEN_NAME && this != SURNAME;
	}

	/** The value records a and b share whose frequency adjusts the weight, or null. */
	String sharedValue(RecordTable t, int a, int b) {
		int[] column = column(t);
		if (column[a] == Vocabulary.NONE || needsSameValue() && column[a] != column[b]) {
			return null;
		}
		return vocabulary(t).value(column[a]);
	}
}
