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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares two records of a {@link RecordTable} field by field and says, for each field, at what
 * {@link Level} they agree. {@link #pattern} is the fast path used on millions of pairs;
 * {@link #describe} gives the same levels with the plain-English reasons a reviewer reads.
 * Safe to share between threads.
 */
final class PairComparer {

	/** Jaro–Winkler at or above which two names are a close spelling. */
	static final double NAME_CLOSE = 0.92;

	/** Jaro–Winkler at or above which two names are similar (as is a Double Metaphone match). */
	static final double NAME_SIMILAR = 0.85;

	static final double STREET_CLOSE = 0.90;

	static final double LOCALITY_CLOSE = 0.88;

	static final double EMAIL_CLOSE = 0.90;

	/** Share of the words of two free texts (Jaccard: shared over all) at or above which they share words. */
	static final double WORDS_SHARED = 0.5;

	/** Set in {@link #names} when the names agree better swapped; never part of a pattern. */
	private static final int SWAPPED = 1 << 30;

	private final RecordTable t;

	/** Each thread remembers the levels of name pairs it has compared: the same pairs recur across blocks. */
	private final ThreadLocal<NameLevels> nameLevels;

	PairComparer(RecordTable table) {
		this.t = table;
		int bits = NameLevels.bitsFor(table.names.size());
		this.nameLevels = ThreadLocal.withInitial(() -> new NameLevels(bits));
	}

	RecordTable table() {
		return t;
	}

	/** All fields' levels for records a and b, packed as {@link Field} describes. */
	int pattern(int a, int b) {
		int p = names(a, b) & ~SWAPPED;
		p = Field.DATE_OF_BIRTH.pack(p, dateLevel(a, b));
		p = Field.ADDRESS.pack(p, addressLevel(a, b));
		p = Field.EMAIL.pack(p, emailLevel(t.email[a], t.email[b]));
		p = Field.NATIONAL_ID.pack(p, codeLevel(t.nationalIds, t.nationalId[a], t.nationalId[b]));
		p = Field.SEX.pack(p, equalityLevel(t.sex[a], t.sex[b]));
		p = Field.FREE_TEXT.pack(p, freeTextLevel(t.freeText[a], t.freeText[b]));
		p = Field.EXACT_VALUE.pack(p, equalityLevel(t.exactValue[a], t.exactValue[b]));
		return p;
	}

	/** Whether the best reading of the pair has one record's given name and surname swapped. */
	boolean namesSwapped(int a, int b) {
		return (names(a, b) & SWAPPED) != 0;
	}

	/**
	 * The given-name and surname levels, packed, read straight or with one record's names swapped,
	 * whichever agrees better (the swap is tried only when the straight reading is not already
	 * close on both).
	 */
	private int names(int a, int b) {
		int ga = t.given[a];
		int fa = t.family[a];
		int gb = t.given[b];
		int fb = t.family[b];
		Level given = nameLevel(ga, gb, true);
		Level family = nameLevel(fa, fb, false);
		if (score(given) + score(family) < 4) {
			Level crossGiven = nameLevel(ga, fb, false);
			Level crossFamily = nameLevel(fa, gb, false);
			if (score(crossGiven) + score(crossFamily) > score(given) + score(family)) {
				return Field.FAMILY_NAME.pack(Field.GIVEN_NAME.pack(SWAPPED, crossGiven), crossFamily);
			}
		}
		return Field.FAMILY_NAME.pack(Field.GIVEN_NAME.pack(0, given), family);
	}

	// How much a name level counts when choosing between the straight and the swapped reading.
	private static int score(Level level) {
		if (level == EXACT) {
			return 3;
		}
		if (level == NICKNAME || level == CLOSE) {
			return 2;
		}
		return level == SIMILAR ? 1 : 0;
	}

	Level nameLevel(int x, int y, boolean nicknames) {
		if (x == Vocabulary.NONE || y == Vocabulary.NONE) {
			return MISSING;
		}
		if (x == y) {
			return EXACT;
		}
		if (nicknames && Nicknames.shareGroup(t.nicknameGroups[x], t.nicknameGroups[y])) {
			return NICKNAME;
		}
		NameLevels known = nameLevels.get();
		Level level = known.get(x, y);
		if (level == null) {
			level = spellingLevel(x, y);
			known.put(x, y, level);
		}
		return level;
	}

	private Level spellingLevel(int x, int y) {
		double similarity = JaroWinkler.similarity(t.names.value(x), t.names.value(y), NAME_SIMILAR);
		if (similarity >= NAME_CLOSE) {
			return CLOSE;
		}
		if (similarity >= NAME_SIMILAR || soundAlike(x, y)) {
			return SIMILAR;
		}
		return DIFFERENT;
	}

	/**
	 * A fixed-size, direct-mapped memory of the spelling level of ordered pairs of name ids: a slot
	 * holds the last pair that hashed to it, so memory stays bounded however many names there are.
	 */
	static final class NameLevels {

		static final int MAX_BITS = 18;

		private static final Level[] LEVELS = Level.values();

		private final int shift;

		private final long[] keys;

		private final byte[] levels;

		/**
		 * No more slots than there are ordered pairs of the table's names, up to 2^18: explaining one
		 * pair (a search or an intake, per candidate) used to allocate and fill 2.3 MB for two records.
		 */
		static int bitsFor(int names) {
			long pairs = Math.max(16L, (long) names * names);
			int bits = 64 - Long.numberOfLeadingZeros(pairs - 1);
			return Math.min(MAX_BITS, bits);
		}

		NameLevels() {
			this(MAX_BITS);
		}

		NameLevels(int bits) {
			this.shift = 64 - bits;
			this.keys = new long[1 << bits];
			this.levels = new byte[1 << bits];
			java.util.Arrays.fill(keys, -1);
		}

		Level get(int x, int y) {
			long key = (long) x << 32 | y;
			int slot = slot(key);
			return keys[slot] == key ? LEVELS[levels[slot]] : null;
		}

		void put(int x, int y, Level level) {
			long key = (long) x << 32 | y;
			int slot = slot(key);
			keys[slot] = key;
			levels[slot] = (byte) level.ordinal();
		}

		private int slot(long key) {
			long h = key * 0x9E3779B97F4A7C15L;
			return (int) (h >>> shift);
		}
	}

	boolean soundAlike(int x, int y) {
		int px = t.soundPrimary[x];
		int ax = t.soundAlternate[x];
		int py = t.soundPrimary[y];
		int ay = t.soundAlternate[y];
		return px != Vocabulary.NONE && (px == py || px == ay) || ax != Vocabulary.NONE && (ax == py || ax == ay);
	}

	Level dateLevel(int a, int b) {
		if (!t.hasDateOfBirth(a) || !t.hasDateOfBirth(b)) {
			return MISSING;
		}
		int ya = t.year[a];
		int ma = t.month[a];
		int da = t.day[a];
		int yb = t.year[b];
		int mb = t.month[b];
		int db = t.day[b];
		if (t.hasCompleteDateOfBirth(a) && t.hasCompleteDateOfBirth(b)) {
			if (ya == yb && ma == mb && da == db) {
				return EXACT;
			}
			if (ya == yb && ma == db && da == mb) {
				return TRANSPOSED;
			}
			if (ma == mb && da == db && isYearTypo(ya, yb)) {
				return YEAR_TYPO;
			}
			int differing = (ya != yb ? 1 : 0) + (ma != mb ? 1 : 0) + (da != db ? 1 : 0);
			if (differing == 1) {
				return ONE_PART;
			}
			return Math.abs(ya - yb) <= 5 ? WITHIN_FIVE_YEARS : DIFFERENT;
		}
		int comparable = 0;
		if (ya != 0 && yb != 0) {
			if (ya != yb) {
				return DIFFERENT;
			}
			comparable++;
		}
		if (ma != 0 && mb != 0) {
			if (ma != mb) {
				return DIFFERENT;
			}
			comparable++;
		}
		if (da != 0 && db != 0) {
			if (da != db) {
				return DIFFERENT;
			}
			comparable++;
		}
		return comparable == 0 ? MISSING : PARTIAL;
	}

	/** One digit wrong, or two neighbouring digits swapped: 1971 and 1917, 1971 and 1981. */
	static boolean isYearTypo(int x, int y) {
		if (x == y || x < 1000 || y < 1000) {
			return false;
		}
		int[] dx = { x / 1000, x / 100 % 10, x / 10 % 10, x % 10 };
		int[] dy = { y / 1000, y / 100 % 10, y / 10 % 10, y % 10 };
		int first = -1;
		int differences = 0;
		for (int i = 0; i < 4; i++) {
			if (dx[i] != dy[i]) {
				differences++;
				if (first < 0) {
					first = i;
				}
			}
		}
		if (differences == 1) {
			return true;
		}
		return differences == 2 && first < 3 && dx[first] == dy[first + 1] && dx[first + 1] == dy[first];
	}

	/**
	 * Same address: same street and house number (or a number in one record only) in the same
	 * postcode (or, without postcodes, the same locality). Same street: the street agrees, at least in spelling, in the same postcode or
	 * locality. Then same postcode, same UK postcode sector (SW1A 1), same UK postcode district
	 * (SW1A), then same locality only.
	 */
	Level addressLevel(int a, int b) {
		Level street = streetLevel(a, b);
		Level postcode = postcodeLevel(t.postcode[a], t.postcode[b]);
		Level locality = similarityLevel(t.localities, t.locality[a], t.locality[b], LOCALITY_CLOSE);
		if (street == MISSING && postcode == MISSING && locality == MISSING) {
			return MISSING;
		}
		boolean localityAgrees = locality == EXACT || locality == CLOSE;
		boolean placeAgrees = postcode == EXACT || postcode == CLOSE || localityAgrees
				|| postcode == MISSING && locality == MISSING;
		// a house number left out of one record does not make it another house
		if (street == EXACT && equalityLevel(t.streetNumber[a], t.streetNumber[b]) != DIFFERENT
				&& (postcode == EXACT || postcode == MISSING && locality != DIFFERENT)) {
			return SAME_ADDRESS;
		}
		if ((street == EXACT || street == CLOSE) && placeAgrees) {
			return SAME_STREET;
		}
		if (postcode == EXACT) {
			return SAME_POSTCODE;
		}
		if (postcode != MISSING) {
			if (sameArea(t.postcodeSector, t.postcode[a], t.postcode[b])) {
				return SAME_POSTCODE_SECTOR;
			}
			if (sameArea(t.postcodeDistrict, t.postcode[a], t.postcode[b])) {
				return SAME_POSTCODE_DISTRICT;
			}
		}
		return localityAgrees ? SAME_LOCALITY : DIFFERENT;
	}

	/** Whether two postcode ids fall in one area (sector or district, by the table given). */
	private static boolean sameArea(int[] areaOf, int x, int y) {
		int area = areaOf[x];
		return area != Vocabulary.NONE && area == areaOf[y];
	}

	/**
	 * Free text: the same after normalisation, or at least {@link #WORDS_SHARED} of the two values'
	 * distinct words shared ("self employed plumber" and "plumber" share half), so word order and
	 * an added word do not make it another value.
	 */
	Level freeTextLevel(int x, int y) {
		if (x == Vocabulary.NONE || y == Vocabulary.NONE) {
			return MISSING;
		}
		if (x == y) {
			return EXACT;
		}
		return wordOverlap(t.freeTextWords[x], t.freeTextWords[y]) >= WORDS_SHARED ? SHARED_WORDS : DIFFERENT;
	}

	/** Jaccard similarity of two ascending sets of word ids: shared words over all words. */
	static double wordOverlap(int[] x, int[] y) {
		int shared = 0;
		for (int i = 0, j = 0; i < x.length && j < y.length;) {
			if (x[i] == y[j]) {
				shared++;
				i++;
				j++;
			}
			else if (x[i] < y[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		int all = x.length + y.length - shared;
		return all == 0 ? 0 : (double) shared / all;
	}

	static Level equalityLevel(int x, int y) {
		if (x == Vocabulary.NONE || y == Vocabulary.NONE) {
			return MISSING;
		}
		return x == y ? EXACT : DIFFERENT;
	}

	Level similarityLevel(Vocabulary vocabulary, int x, int y, double close) {
		if (x == Vocabulary.NONE || y == Vocabulary.NONE) {
			return MISSING;
		}
		if (x == y) {
			return EXACT;
		}
		return JaroWinkler.similarity(vocabulary.value(x), vocabulary.value(y), close) >= close ? CLOSE : DIFFERENT;
	}

	/**
	 * The street line of either record may have been written as the other's second line. Two second
	 * lines alone ("flat 1") say nothing about the street, unless neither record gives a street.
	 */
	Level streetLevel(int a, int b) {
		int sa = t.street[a];
		int pa = t.premises[a];
		int sb = t.street[b];
		int pb = t.premises[b];
		if (sa == Vocabulary.NONE && pa == Vocabulary.NONE || sb == Vocabulary.NONE && pb == Vocabulary.NONE) {
			return MISSING;
		}
		boolean noStreets = sa == Vocabulary.NONE && sb == Vocabulary.NONE;
		if (sa != Vocabulary.NONE && (sa == sb || sa == pb) || pa != Vocabulary.NONE && pa == sb
				|| noStreets && pa == pb) {
			return EXACT;
		}
		return closeLines(sa, sb, STREET_CLOSE) || closeLines(sa, pb, STREET_CLOSE) || closeLines(pa, sb, STREET_CLOSE)
				|| noStreets && closeLines(pa, pb, STREET_CLOSE) ? CLOSE : DIFFERENT;
	}

	private boolean closeLines(int x, int y, double close) {
		return x != Vocabulary.NONE && y != Vocabulary.NONE
				&& JaroWinkler.similarity(t.streets.value(x), t.streets.value(y), close) >= close;
	}

	/** The best Jaro-Winkler similarity among the pairs of address lines {@link #streetLevel} compares. */
	double bestStreetSimilarity(int a, int b) {
		int sa = t.street[a];
		int pa = t.premises[a];
		int sb = t.street[b];
		int pb = t.premises[b];
		boolean noStreets = sa == Vocabulary.NONE && sb == Vocabulary.NONE;
		int[][] compared = { { sa, sb }, { sa, pb }, { pa, sb }, { noStreets ? pa : Vocabulary.NONE, pb } };
		double best = 0;
		for (int[] lines : compared) {
			if (lines[0] != Vocabulary.NONE && lines[1] != Vocabulary.NONE) {
				best = Math.max(best, jaroWinkler(t.streets.value(lines[0]), t.streets.value(lines[1])));
			}
		}
		return best;
	}

	/** One character different or two neighbours swapped, or the same UK postcode district. */
	Level postcodeLevel(int x, int y) {
		if (x == Vocabulary.NONE || y == Vocabulary.NONE) {
			return MISSING;
		}
		if (x == y) {
			return EXACT;
		}
		if (isOneEditApart(t.postcodes.value(x), t.postcodes.value(y))) {
			return CLOSE;
		}
		int dx = t.postcodeDistrict[x];
		return dx != Vocabulary.NONE && dx == t.postcodeDistrict[y] ? CLOSE : DIFFERENT;
	}

	Level emailLevel(int x, int y) {
		if (x == Vocabulary.NONE || y == Vocabulary.NONE) {
			return MISSING;
		}
		if (x == y) {
			return EXACT;
		}
		String ex = t.emails.value(x);
		String ey = t.emails.value(y);
		int atX = ex.indexOf('@');
		if (atX > 0 && ex.regionMatches(0, ey, 0, atX + 1)) {
			return CLOSE;
		}
		return JaroWinkler.similarity(ex, ey, EMAIL_CLOSE) >= EMAIL_CLOSE ? CLOSE : DIFFERENT;
	}

	/** Identifiers: one character mistyped or two neighbours swapped is close. */
	static Level codeLevel(Vocabulary vocabulary, int x, int y) {
		if (x == Vocabulary.NONE || y == Vocabulary.NONE) {
			return MISSING;
		}
		if (x == y) {
			return EXACT;
		}
		return isOneEditApart(vocabulary.value(x), vocabulary.value(y)) ? CLOSE : DIFFERENT;
	}

	/** Same length and one substituted character, or two adjacent characters swapped. */
	static boolean isOneEditApart(String x, String y) {
		if (x.length() != y.length()) {
			return false;
		}
		int first = -1;
		int differences = 0;
		for (int i = 0; i < x.length(); i++) {
			if (x.charAt(i) != y.charAt(i)) {
				if (++differences > 2) {
					return false;
				}
				if (first < 0) {
					first = i;
				}
			}
		}
		if (differences <= 1) {
			return true;
		}
		return first + 1 < x.length() && x.charAt(first) == y.charAt(first + 1) && x.charAt(first + 1) == y.charAt(first)
				&& x.regionMatches(first + 2, y, first + 2, x.length() - first - 2);
	}

	static double jaroWinkler(String x, String y) {
		return JaroWinkler.similarity(x, y);
	}

	// ----- explanations -------------------------------------------------------------------

	/** The level of each field for records a and b, with the reason in plain English. */
	List<FieldComparison> describe(int a, int b) {
		int pattern = pattern(a, b);
		boolean swapped = namesSwapped(a, b);
		List<FieldComparison> out = new ArrayList<>(Field.ALL.length);
		for (Field field : Field.ALL) {
			Level level = field.levels[field.levelIn(pattern)];
			out.add(new FieldComparison(field, level, reason(field, level, a, b, swapped)));
		}
		return out;
	}

	private String reason(Field field, Level level, int a, int b, boolean swapped) {
		if (level == MISSING) {
			return level.label;
		}
		switch (field) {
		case GIVEN_NAME:
			return nameReason(level, t.given[a], swapped ? t.family[b] : t.given[b], swapped);
		case FAMILY_NAME:
			return nameReason(level, t.family[a], swapped ? t.given[b] : t.family[b], swapped);
		case DATE_OF_BIRTH:
			return dateReason(level, a, b);
		case ADDRESS:
			return addressReason(level, a, b);
		case EMAIL:
			return level == CLOSE ? "close (same name before the @, or Jaro-Winkler "
					+ format(jaroWinkler(t.emails.value(t.email[a]), t.emails.value(t.email[b]))) + ")" : level.label;
		case NATIONAL_ID:
			return level == CLOSE ? "one character mistyped" : level.label;
		case SEX:
			return valuesReason(level, t.sexes, t.sex[a], t.sex[b]);
		case FREE_TEXT:
			if (level == SHARED_WORDS) {
				int x = t.freeText[a];
				int y = t.freeText[b];
				return "at least half the words shared (" + t.freeTexts.value(x) + " / " + t.freeTexts.value(y)
						+ "; " + format(wordOverlap(t.freeTextWords[x], t.freeTextWords[y])) + " of the words)";
			}
			return valuesReason(level, t.freeTexts, t.freeText[a], t.freeText[b]);
		case EXACT_VALUE:
			return valuesReason(level, t.exactValues, t.exactValue[a], t.exactValue[b]);
		default:
			return level.label;
		}
	}

	/** "same (female)", "different (male / female)". */
	private static String valuesReason(Level level, Vocabulary vocabulary, int x, int y) {
		return level == EXACT ? "same (" + vocabulary.value(x) + ")"
				: level.label + " (" + vocabulary.value(x) + " / " + vocabulary.value(y) + ")";
	}

	private String nameReason(Level level, int x, int y, boolean swapped) {
		String suffix = swapped ? "; given name and surname swapped" : "";
		String vx = t.names.value(x);
		String vy = t.names.value(y);
		if (level == EXACT) {
			return "same (" + vx + ")" + suffix;
		}
		if (level == NICKNAME) {
			return "nickname (" + vx + " / " + vy + ")" + suffix;
		}
		double similarity = jaroWinkler(vx, vy);
		if (level == CLOSE) {
			return closeSpelling(similarity) + suffix;
		}
		if (level == SIMILAR) {
			return (soundAlike(x, y) ? "sounds alike (Double Metaphone " + t.sounds.value(t.soundPrimary[x]) + ")"
					: "similar spelling (Jaro-Winkler " + format(similarity) + ")") + suffix;
		}
		return "different (Jaro-Winkler " + format(similarity) + ")" + suffix;
	}

	private String addressReason(Level level, int a, int b) {
		List<String> parts = new ArrayList<>();
		Level street = streetLevel(a, b);
		if (street == EXACT) {
			boolean straight = t.street[a] != Vocabulary.NONE && t.street[a] == t.street[b]
					|| t.street[a] == Vocabulary.NONE && t.street[b] == Vocabulary.NONE;
			parts.add(straight ? "street same" : "street same, address lines swapped");
		}
		else if (street == CLOSE) {
			parts.add("street " + closeSpelling(bestStreetSimilarity(a, b)));
		}
		else if (street == DIFFERENT) {
			parts.add("street different");
		}
		Level number = equalityLevel(t.streetNumber[a], t.streetNumber[b]);
		if (number != MISSING && street != DIFFERENT && street != MISSING) {
			parts.add("house number " + (number == EXACT ? "same" : "different"));
		}
		Level postcode = postcodeLevel(t.postcode[a], t.postcode[b]);
		if (postcode == CLOSE && isOneEditApart(t.postcodes.value(t.postcode[a]), t.postcodes.value(t.postcode[b]))) {
			parts.add("postcode one character different");
		}
		else if (postcode == CLOSE || postcode == DIFFERENT) {
			int pa = t.postcode[a];
			int pb = t.postcode[b];
			parts.add(sameArea(t.postcodeSector, pa, pb)
					? "same postcode sector (" + t.postcodes.value(t.postcodeSector[pa]) + ")"
					: sameArea(t.postcodeDistrict, pa, pb)
							? "same postcode district (" + t.postcodes.value(t.postcodeDistrict[pa]) + ")"
							: "postcode different");
		}
		else if (postcode == EXACT) {
			parts.add("postcode same");
		}
		Level locality = similarityLevel(t.localities, t.locality[a], t.locality[b], LOCALITY_CLOSE);
		if (locality == EXACT) {
			parts.add("locality same (" + t.localities.value(t.locality[a]) + ")");
		}
		else if (locality == CLOSE) {
			parts.add("locality " + closeSpelling(jaroWinkler(t.localities.value(t.locality[a]),
					t.localities.value(t.locality[b]))));
		}
		else if (locality == DIFFERENT) {
			parts.add("locality different");
		}
		return level.label + " (" + String.join("; ", parts) + ")";
	}

	private String dateReason(Level level, int a, int b) {
		String pair = " (" + t.dateOfBirth(a) + " / " + t.dateOfBirth(b) + ")";
		if (level == ONE_PART) {
			String part = t.year[a] != t.year[b] ? "year" : t.month[a] != t.month[b] ? "month" : "day";
			return "only the " + part + " differs" + pair;
		}
		return level.label + pair;
	}

	private static String closeSpelling(double similarity) {
		return "close spelling (Jaro-Winkler " + format(similarity) + ")";
	}

	static String format(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	/** One field's level for a pair, with its reason. */
	record FieldComparison(Field field, Level level, String reason) {
	}
}
