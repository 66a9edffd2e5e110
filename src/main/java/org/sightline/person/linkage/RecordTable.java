package org.sightline.person.linkage;

import java.util.List;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The records being linked, normalised and held column by column as primitive arrays (values as
 * vocabulary ids, {@link Vocabulary#NONE} when missing), so that comparing millions of pairs
 * creates no objects. Name sounds (Double Metaphone) and nickname groups are worked out once per
 * distinct name, not once per record.
 */
final class RecordTable {

	final int size;

	final String[] ids;

	/** 0 or 1: which input a record came from, for linkage between two inputs. */
	final byte[] source;

	final Vocabulary names = new Vocabulary();

	final int[] given;

	final int[] family;

	// Filled once every name is known, as are the other per-vocabulary-id tables below.

	/** Per name id: Double Metaphone primary and alternate codes, as ids in {@link #sounds}. */
	int[] soundPrimary;

	int[] soundAlternate;

	final Vocabulary sounds = new Vocabulary();

	/** Per name id: the nickname groups it belongs to. */
	int[][] nicknameGroups;

	final short[] year;

	final byte[] month;

	final byte[] day;

	final Vocabulary streetNumbers = new Vocabulary();

	final int[] streetNumber;

	/** Street and premises lines share one vocabulary because records swap them. */
	final Vocabulary streets = new Vocabulary();

	final int[] street;

	final int[] premises;

	final Vocabulary localities = new Vocabulary();

	final int[] locality;

	final Vocabulary postcodes = new Vocabulary();

	final int[] postcode;

	/** Per postcode id: the id (in {@link #postcodes}) of its UK outward code (district), or NONE. */
	int[] postcodeDistrict;

	/** Per postcode id: the id (in {@link #postcodes}) of its UK sector ("sw1a 1"), or NONE. */
	int[] postcodeSector;

	final Vocabulary emails = new Vocabulary();

	final int[] email;

	final Vocabulary nationalIds = new Vocabulary();

	final int[] nationalId;

	/** Sex as {@link Text#sex} normalises it. */
	final Vocabulary sexes = new Vocabulary();

	final int[] sex;

	final Vocabulary freeTexts = new Vocabulary();

	final int[] freeText;

	/** The words of free text, each an id, so that word sets compare as sorted int arrays. */
	final Vocabulary words = new Vocabulary();

	/** Per free-text id: the ids of its distinct words, ascending. */
	int[][] freeTextWords;

	final Vocabulary exactValues = new Vocabulary();

	final int[] exactValue;

	private RecordTable(int size) {
		this.size = size;
		ids = new String[size];
		source = new byte[size];
		given = new int[size];
		family = new int[size];
		year = new short[size];
		month = new byte[size];
		day = new byte[size];
		streetNumber = new int[size];
		street = new int[size];
		premises = new int[size];
		locality = new int[size];
		postcode = new int[size];
		email = new int[size];
		nationalId = new int[size];
		sex = new int[size];
		freeText = new int[size];
		exactValue = new int[size];
	}

	/** Normalises and encodes the records; {@code sourceOf} gives each record's input (0 or 1). */
	static RecordTable of(List<PersonRecord> records, SourceOf sourceOf, Nicknames nicknames) {
		RecordTable t = new RecordTable(records.size());
		for (int i = 0; i < t.size; i++) {
			PersonRecord r = records.get(i);
			t.ids[i] = r.id();
			t.source[i] = (byte) sourceOf.sourceOf(i);
			t.given[i] = t.names.add(Text.name(r.givenName()));
			t.family[i] = t.names.add(Text.name(r.familyName()));
			PartialDate dob = r.dateOfBirth();
			t.year[i] = (short) dob.year();
			t.month[i] = (byte) dob.month();
			t.day[i] = (byte) dob.day();
			Address a = r.address();
			t.streetNumber[i] = t.streetNumbers.add(Text.code(a.streetNumber()));
			t.street[i] = t.streets.add(Text.code(a.street()));
			t.premises[i] = t.streets.add(Text.code(a.premises()));
			t.locality[i] = t.localities.add(Text.words(a.locality()));
			t.postcode[i] = t.postcodes.add(Text.code(a.postcode()));
			t.email[i] = t.emails.add(Text.email(r.email()));
			t.nationalId[i] = t.nationalIds.add(Text.code(r.nationalId()));
			t.sex[i] = t.sexes.add(Text.sex(r.sex()));
			t.freeText[i] = t.freeTexts.add(Text.words(r.freeText()));
			t.exactValue[i] = t.exactValues.add(Text.code(r.exactValue()));
		}
		int namesCount = t.names.size();
		int[] primary = new int[namesCount];
		int[] alternate = new int[namesCount];
		int[][] groups = new int[namesCount][];
		DoubleMetaphone metaphone = new DoubleMetaphone();
		for (int id = 0; id < namesCount; id++) {
			String name = t.names.value(id);
			String letters = name.replace(" ", "");
			primary[id] = t.sounds.add(emptyToNull(metaphone.doubleMetaphone(letters)));
			alternate[id] = t.sounds.add(emptyToNull(metaphone.doubleMetaphone(letters, true)));
			groups[id] = nicknames.groupsOf(name);
		}
		int postcodesRead = t.postcodes.size();
		int[] district = new int[postcodesRead];
		int[] sector = new int[postcodesRead];
		for (int id = 0; id < postcodesRead; id++) {
			String postcode = t.postcodes.value(id);
			district[id] = t.postcodes.add(ukOutwardCode(postcode));
			sector[id] = t.postcodes.add(ukSector(postcode));
		}
		t.postcodeDistrict = district;
		t.postcodeSector = sector;
		int[][] freeTextWords = new int[t.freeTexts.size()][];
		for (int id = 0; id < freeTextWords.length; id++) {
			freeTextWords[id] = wordIds(t.words, t.freeTexts.value(id));
		}
		t.freeTextWords = freeTextWords;
		t.soundPrimary = primary;
		t.soundAlternate = alternate;
		t.nicknameGroups = groups;
		return t;
	}

	/** "sw1a1aa" gives "sw1a"; anything that is not a full UK postcode gives null. */
	static String ukOutwardCode(String compactPostcode) {
		if (compactPostcode == null || compactPostcode.length() < 5 || compactPostcode.length() > 7) {
			return null;
		}
		int n = compactPostcode.length();
		boolean inward = Character.isDigit(compactPostcode.charAt(n - 3)) && Character.isLetter(compactPostcode.charAt(n - 2))
				&& Character.isLetter(compactPostcode.charAt(n - 1));
		boolean outward = Character.isLetter(compactPostcode.charAt(0));
		return inward && outward ? compactPostcode.substring(0, n - 3) : null;
	}

	/**
	 * "sw1a1aa" gives "sw1a 1": the outward code and the inward code's digit. The space keeps a
	 * sector apart from any postcode written without one; anything not a full UK postcode gives null.
	 */
	static String ukSector(String compactPostcode) {
		String outward = ukOutwardCode(compactPostcode);
		return outward == null ? null : outward + " " + compactPostcode.charAt(outward.length());
	}

	/** The distinct words of normalised text as ids, ascending. */
	private static int[] wordIds(Vocabulary words, String text) {
		return java.util.Arrays.stream(text.split(" ")).mapToInt(words::add).distinct().sorted().toArray();
	}

	private static String emptyToNull(String s) {
		return s == null || s.isEmpty() ? null : s;
	}

	boolean hasDateOfBirth(int i) {
		return year[i] != 0 || month[i] != 0 || day[i] != 0;
	}

	boolean hasCompleteDateOfBirth(int i) {
		return year[i] != 0 && month[i] != 0 && day[i] != 0;
	}

	String dateOfBirth(int i) {
		return new PartialDate(year[i], month[i], day[i]).toString();
	}

	/** Which input each record came from. */
	@FunctionalInterface
	interface SourceOf {

		int sourceOf(int index);
	}
}
