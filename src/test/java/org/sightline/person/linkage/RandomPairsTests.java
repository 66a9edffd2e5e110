package org.sightline.person.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sightline.person.linkage.PersonRecordBuilder.aPerson;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RandomPairsTests {

	@Test
	@DisplayName("u is how often random pairs agree: half the records are Smith, so about half of all pairs share a surname")
	void uFromRandomPairs() {
		List<PersonRecord> records = new ArrayList<>();
		for (int i = 0; i < 1_000; i++) {
			records.add(aPerson().named("Person" + (char) ('a' + i % 26) + i, i % 2 == 0 ? "Smith" : "Jones")
					.born(1950 + i % 50, 1 + i % 12, 1 + i % 28).build());
		}
		RecordTable table = RecordTable.of(records, i -> 0, Nicknames.standard());

		double[][] u = RandomPairs.estimateU(new PairComparer(table), 1_000_000, false, 1);

		// 2 * C(500, 2) / C(1000, 2) pairs share a surname
		double expected = 2.0 * 500 * 499 / 2 / (1000.0 * 999 / 2);
		assertThat(u[Field.FAMILY_NAME.ordinal()][Field.FAMILY_NAME.index(Level.EXACT)]).isCloseTo(expected,
				within(0.005));
	}

	@Test
	@DisplayName("a file too small to learn from leans on the default u, so agreement still counts")
	void smallFileLeansOnDefaults() {
		List<PersonRecord> records = List.of(aPerson().build(), aPerson().build(), aPerson().build());
		RecordTable table = RecordTable.of(records, i -> 0, Nicknames.standard());

		double[][] u = RandomPairs.estimateU(new PairComparer(table), 1_000_000, false, 1);

		// all three pairs agree on the surname, yet u stays far below the 100% those three pairs show
		assertThat(u[Field.FAMILY_NAME.ordinal()][Field.FAMILY_NAME.index(Level.EXACT)]).isLessThan(0.01);
	}
}
