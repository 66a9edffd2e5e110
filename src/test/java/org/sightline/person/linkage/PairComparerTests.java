package org.sightline.person.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.person.linkage.PersonRecordBuilder.aPerson;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PairComparerTests {

	private static PairComparer.FieldComparison compare(Field field, PersonRecord a, PersonRecord b) {
		RecordTable table = RecordTable.of(List.of(a, b), i -> 0, Nicknames.standard());
		return new PairComparer(table).describe(0, 1).stream().filter(c -> c.field() == field).findFirst().orElseThrow();
	}

	@Test
	@DisplayName("day and month swapped is a transposition, not a mismatch")
	void dayAndMonthSwapped() {
		PairComparer.FieldComparison c = compare(Field.DATE_OF_BIRTH, aPerson().born(1971, 6, 4).build(),
				aPerson().born(1971, 4, 6).build());

		assertThat(c.level()).isEqualTo(Level.TRANSPOSED);
		assertThat(c.reason()).startsWith("day and month swapped");
	}

	@Test
	@DisplayName("a year one digit out, or with two digits swapped, is a typo")
	void yearTypo() {
		assertThat(compare(Field.DATE_OF_BIRTH, aPerson().born(1971, 6, 24).build(), aPerson().born(1981, 6, 24).build())
				.level()).isEqualTo(Level.YEAR_TYPO);
		assertThat(compare(Field.DATE_OF_BIRTH, aPerson().born(1971, 6, 24).build(), aPerson().born(1917, 6, 24).build())
				.level()).isEqualTo(Level.YEAR_TYPO);
	}

	@Test
	@DisplayName("one part of a date of birth wrong is a one-part difference, and the reason names the part")
	void onePartDiffers() {
		PairComparer.FieldComparison c = compare(Field.DATE_OF_BIRTH, aPerson().born(1971, 6, 24).build(),
				aPerson().born(1971, 5, 24).build());

		assertThat(c.level()).isEqualTo(Level.ONE_PART);
		assertThat(c.reason()).startsWith("only the month differs");
	}

	@Test
	@DisplayName("dates of birth decades apart are different, while a few years apart are only near")
	void decadesApartAreDifferent() {
		assertThat(compare(Field.DATE_OF_BIRTH, aPerson().born(1941, 4, 12).build(), aPerson().born(1989, 3, 17).build())
				.level()).isEqualTo(Level.DIFFERENT);
		assertThat(compare(Field.DATE_OF_BIRTH, aPerson().born(1986, 4, 12).build(), aPerson().born(1989, 3, 17).build())
				.level()).isEqualTo(Level.WITHIN_FIVE_YEARS);
	}

	@Test
	@DisplayName("a year of birth alone agrees as far as both dates are known; no date of birth is missing")
	void partialAndMissingDates() {
		assertThat(compare(Field.DATE_OF_BIRTH, aPerson().born(new PartialDate(1971, 0, 0)).build(),
				aPerson().born(1971, 6, 24).build()).level()).isEqualTo(Level.PARTIAL);
		assertThat(compare(Field.DATE_OF_BIRTH, aPerson().born(PartialDate.UNKNOWN).build(),
				aPerson().born(1971, 6, 24).build()).level()).isEqualTo(Level.MISSING);
	}

	@Test
	@DisplayName("Rob and Robert are nicknames, not a misspelling")
	void nicknames() {
		PairComparer.FieldComparison c = compare(Field.GIVEN_NAME, aPerson().named("Rob", "Allen").build(),
				aPerson().named("Robert", "Allen").build());

		assertThat(c.level()).isEqualTo(Level.NICKNAME);
		assertThat(c.reason()).isEqualTo("nickname (rob / robert)");
	}

	@Test
	@DisplayName("a surname one letter out is a close spelling, with its Jaro-Winkler similarity in the reason")
	void closeSpelling() {
		PairComparer.FieldComparison c = compare(Field.FAMILY_NAME, aPerson().named("Robert", "Allen").build(),
				aPerson().named("Robert", "Alen").build());

		assertThat(c.level()).isEqualTo(Level.CLOSE);
		assertThat(c.reason()).matches("close spelling \\(Jaro-Winkler 0\\.9\\d\\)");
	}

	@Test
	@DisplayName("names spelled apart but sounding alike are similar (Double Metaphone)")
	void soundsAlike() {
		PairComparer.FieldComparison c = compare(Field.GIVEN_NAME, aPerson().named("Catherine", "Allen").build(),
				aPerson().named("Kathryn", "Allen").build());

		assertThat(c.level()).isEqualTo(Level.SIMILAR);
		assertThat(c.reason()).startsWith("sounds alike (Double Metaphone");
	}

	@Test
	@DisplayName("given name and surname written the other way round are read swapped, and say so")
	void swappedNames() {
		PersonRecord a = aPerson().named("Isla", "Hall").build();
		PersonRecord b = aPerson().named("Hall", "Isla").build();

		assertThat(compare(Field.GIVEN_NAME, a, b).level()).isEqualTo(Level.EXACT);
		assertThat(compare(Field.FAMILY_NAME, a, b).level()).isEqualTo(Level.EXACT);
		assertThat(compare(Field.FAMILY_NAME, a, b).reason()).contains("given name and surname swapped");
	}

	@Test
	@DisplayName("different names are not read swapped")
	void differentNamesAreNotSwapped() {
		assertThat(compare(Field.GIVEN_NAME, aPerson().named("Isla", "Hall").build(),
				aPerson().named("Oliver", "Griffiths").build()).level()).isEqualTo(Level.DIFFERENT);
	}

	@Test
	@DisplayName("case, accents and spacing do not count as differences")
	void normalisation() {
		assertThat(compare(Field.GIVEN_NAME, aPerson().named("  JOSÉ ", "O'Brien").build(),
				aPerson().named("jose", "OBrien").build()).level()).isEqualTo(Level.EXACT);
		assertThat(compare(Field.FAMILY_NAME, aPerson().named("  JOSÉ ", "O'Brien").build(),
				aPerson().named("jose", "OBrien").build()).level()).isEqualTo(Level.EXACT);
	}

	@Test
	@DisplayName("the same house is the same address even when the address lines are swapped")
	void addressLinesSwapped() {
		PersonRecord a = aPerson().livingAt(new Address("15", "lubuma place", "merewether public school",
				"greensborough", "3138")).build();
		PersonRecord b = aPerson().livingAt(new Address("15", "merewether public school", "lubum a place",
				"greensborough", "3138")).build();

		PairComparer.FieldComparison c = compare(Field.ADDRESS, a, b);

		assertThat(c.level()).isEqualTo(Level.SAME_ADDRESS);
		assertThat(c.reason()).contains("address lines swapped");
	}

	@Test
	@DisplayName("a different house number in the same street and postcode is the same street, not the same address")
	void sameStreet() {
		assertThat(compare(Field.ADDRESS, aPerson().livingAt("12", "Mill Lane", "Bradford", "BD1 4QT").build(),
				aPerson().livingAt("14", "Mill Lane", "Bradford", "BD1 4QT").build()).level())
				.isEqualTo(Level.SAME_STREET);
	}

	@Test
	@DisplayName("only the town in common is the same locality; a town misspelt still counts")
	void sameLocality() {
		assertThat(compare(Field.ADDRESS, aPerson().livingAt(null, null, "London", null).build(),
				aPerson().livingAt(null, null, "Lonon", null).build()).level()).isEqualTo(Level.SAME_LOCALITY);
		assertThat(compare(Field.ADDRESS, aPerson().livingAt(null, null, "London", null).build(),
				aPerson().livingAt(null, null, "Hull", null).build()).level()).isEqualTo(Level.DIFFERENT);
	}

	@Test
	@DisplayName("an identifier with two neighbouring digits swapped is close; e-mail addresses compare as written")
	void identifiers() {
		assertThat(compare(Field.NATIONAL_ID, aPerson().nationalId("4957843").build(),
				aPerson().nationalId("4975843").build()).level()).isEqualTo(Level.CLOSE);
		assertThat(compare(Field.NATIONAL_ID, aPerson().nationalId("4957843").build(),
				aPerson().nationalId("1030769").build()).level()).isEqualTo(Level.DIFFERENT);
		assertThat(compare(Field.EMAIL, aPerson().email("Robert255@smith.net").build(),
				aPerson().email("robert255@smith.net").build()).level()).isEqualTo(Level.EXACT);
		assertThat(compare(Field.EMAIL, aPerson().email("robert255@smith.net").build(), aPerson().build()).level())
				.isEqualTo(Level.MISSING);
	}

	@Test
	@DisplayName("sex agrees however it is written, differs when M and F, and unknown or not stated is missing")
	void sexLevels() {
		PairComparer.FieldComparison same = compare(Field.SEX, aPerson().sex("M").build(), aPerson().sex(" male").build());
		assertThat(same.level()).isEqualTo(Level.EXACT);
		assertThat(same.reason()).isEqualTo("same (male)");
		PairComparer.FieldComparison different = compare(Field.SEX, aPerson().sex("Woman").build(),
				aPerson().sex("m").build());
		assertThat(different.level()).isEqualTo(Level.DIFFERENT);
		assertThat(different.reason()).isEqualTo("different (female / male)");
		assertThat(compare(Field.SEX, aPerson().sex("X").build(), aPerson().sex("x").build()).level())
				.isEqualTo(Level.EXACT);
		for (String notKnown : new String[] { "Unknown", "not known", "Not Stated", "U", null }) {
			assertThat(compare(Field.SEX, aPerson().sex(notKnown).build(), aPerson().sex("F").build()).level())
					.as(notKnown).isEqualTo(Level.MISSING);
		}
	}

	@Test
	@DisplayName("free text sharing at least half its words shares words; fewer is different; case and punctuation do not count")
	void freeTextLevels() {
		assertThat(compare(Field.FREE_TEXT, aPerson().freeText("Plumber.").build(), aPerson().freeText("plumber").build())
				.level()).isEqualTo(Level.EXACT);
		PairComparer.FieldComparison reordered = compare(Field.FREE_TEXT,
				aPerson().freeText("self-employed plumber").build(), aPerson().freeText("Plumber, self employed").build());
		assertThat(reordered.level()).isEqualTo(Level.SHARED_WORDS);
		assertThat(reordered.reason()).contains("self employed plumber / plumber self employed").contains("1.00");
		assertThat(compare(Field.FREE_TEXT, aPerson().freeText("retired plumber").build(),
				aPerson().freeText("plumber").build()).level()).as("half the words").isEqualTo(Level.SHARED_WORDS);
		assertThat(compare(Field.FREE_TEXT, aPerson().freeText("self employed plumber").build(),
				aPerson().freeText("plumber").build()).level()).as("a third of the words").isEqualTo(Level.DIFFERENT);
		assertThat(compare(Field.FREE_TEXT, aPerson().freeText("plumber").build(), aPerson().build()).level())
				.isEqualTo(Level.MISSING);
	}

	@Test
	@DisplayName("an exact value agrees only when equal, ignoring case and spacing: one character out is different, not close")
	void exactValueLevels() {
		assertThat(compare(Field.EXACT_VALUE, aPerson().exactValue("W1").build(), aPerson().exactValue("w 1").build())
				.reason()).isEqualTo("same (w1)");
		assertThat(compare(Field.EXACT_VALUE, aPerson().exactValue("W1").build(), aPerson().exactValue("W2").build())
				.level()).isEqualTo(Level.DIFFERENT);
		assertThat(compare(Field.EXACT_VALUE, aPerson().exactValue("W1").build(), aPerson().build()).level())
				.isEqualTo(Level.MISSING);
	}

	@Test
	@DisplayName("other streets in one UK postcode sector, then district, come before a shared locality; a one-character postcode slip is neither")
	void postcodeSectorAndDistrict() {
		PairComparer.FieldComparison sector = compare(Field.ADDRESS,
				aPerson().livingAt("12", "Mill Lane", "Bradford", "BD1 4QT").build(),
				aPerson().livingAt("3", "Church Road", "Bradford", "BD1 4XY").build());
		assertThat(sector.level()).isEqualTo(Level.SAME_POSTCODE_SECTOR);
		assertThat(sector.reason()).contains("same postcode sector (bd1 4)");
		PairComparer.FieldComparison district = compare(Field.ADDRESS,
				aPerson().livingAt("12", "Mill Lane", "Bradford", "BD1 4QT").build(),
				aPerson().livingAt("3", "Church Road", "Shipley", "BD1 7AB").build());
		assertThat(district.level()).isEqualTo(Level.SAME_POSTCODE_DISTRICT);
		assertThat(district.reason()).contains("same postcode district (bd1)");
		assertThat(compare(Field.ADDRESS, aPerson().livingAt("12", "Mill Lane", "Bradford", "BD1 4QT").build(),
				aPerson().livingAt("3", "Church Road", "Bradford", "BD10 4QT").build()).level())
				.as("another district, same town").isEqualTo(Level.SAME_LOCALITY);
		assertThat(compare(Field.ADDRESS, aPerson().livingAt("12", "Mill Lane", "Hurstbridge", "3138").build(),
				aPerson().livingAt("3", "Church Road", "Kew", "3139").build()).level())
				.as("not UK postcodes").isEqualTo(Level.DIFFERENT);
	}

	@Test
	@DisplayName("every field's levels fit its bits, and all fields fit below the flag bit of a pattern")
	void fieldsFitThePattern() {
		assertThat(Field.ALL.length * Field.BITS).isLessThanOrEqualTo(30);
		for (Field field : Field.ALL) {
			assertThat(field.levels.length).as(field.label).isLessThanOrEqualTo(1 << Field.BITS);
		}
	}

	@Test
	@DisplayName("the memory of name pairs is sized by the table's names: small for one pair, at most 2^18 slots")
	void nameMemorySizedByNames() {
		assertThat(PairComparer.NameLevels.bitsFor(2)).isEqualTo(4);
		assertThat(PairComparer.NameLevels.bitsFor(40)).isEqualTo(11);
		assertThat(PairComparer.NameLevels.bitsFor(1_000_000)).isEqualTo(PairComparer.NameLevels.MAX_BITS);
		var small = new PairComparer.NameLevels(4);
		for (int x = 0; x < 4; x++) {
			for (int y = 0; y < 4; y++) {
				small.put(x, y, Level.SIMILAR);
				assertThat(small.get(x, y)).isEqualTo(Level.SIMILAR);
			}
		}
	}
}
