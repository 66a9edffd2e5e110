package org.sightline.person.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.person.linkage.PersonRecordBuilder.aPerson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BlockingTests {

	private final ExecutorService executor = Executors.newFixedThreadPool(2);

	private final List<String> progress = new ArrayList<>();

	@AfterEach
	void stop() {
		executor.shutdownNow();
	}

	private Blocking.Result block(List<PersonRecord> records, RecordTable.SourceOf sources, boolean crossOnly,
			int maxBlockSize) {
		RecordTable table = RecordTable.of(records, sources, Nicknames.standard());
		return Blocking.candidates(new PairComparer(table), BlockingRule.STANDARD, maxBlockSize, crossOnly, executor, 2,
				progress::add);
	}

	private static Set<String> pairs(Blocking.Result result) {
		Set<String> out = new HashSet<>();
		for (int p = 0; p < result.pairs().size; p++) {
			out.add(result.pairs().left[p] + "-" + result.pairs().right[p]);
		}
		return out;
	}

	@Test
	@DisplayName("a pair that several rules find is compared once")
	void eachPairOnce() {
		// same surname and year, same date of birth, same names, same postcode and street: four rules agree
		List<PersonRecord> records = List.of(aPerson().build(), aPerson().build(), aPerson().build());

		Blocking.Result result = block(records, i -> 0, false, 500);

		assertThat(result.pairs().size).isEqualTo(3);
		assertThat(pairs(result)).containsExactlyInAnyOrder("0-1", "0-2", "1-2");
	}

	@Test
	@DisplayName("records that share nothing a rule keys on are not compared")
	void unrelatedRecordsAreNotCompared() {
		List<PersonRecord> records = List.of(
				aPerson().named("Isla", "Hall").born(1985, 2, 7).livingAt("3", "High Street", "Hull", "HU1 1AA").build(),
				aPerson().named("Oliver", "Griffiths").born(1991, 10, 26).livingAt("9", "Low Road", "Leeds", "LS2 9JT")
						.build());

		assertThat(block(records, i -> 0, false, 500).pairs().size).isZero();
	}

	@Test
	@DisplayName("given name and surname swapped still block together")
	void swappedNamesBlockTogether() {
		List<PersonRecord> records = List.of(
				aPerson().named("Isla", "Hall").born(1985, 2, 7).livingAt(Address.UNKNOWN).build(),
				aPerson().named("Hall", "Isla").born(1986, 3, 8).livingAt(Address.UNKNOWN).build());

		assertThat(pairs(block(records, i -> 0, false, 500))).containsExactly("0-1");
	}

	@Test
	@DisplayName("linking two inputs compares only pairs with one record from each")
	void linkageComparesAcrossInputsOnly() {
		List<PersonRecord> records = List.of(aPerson().build(), aPerson().build(), aPerson().build(), aPerson().build());

		Blocking.Result result = block(records, i -> i < 2 ? 0 : 1, true, 500);

		assertThat(pairs(result)).containsExactlyInAnyOrder("0-2", "0-3", "1-2", "1-3");
	}

	@Test
	@DisplayName("a block larger than the cap is divided by more fields, so pairs in it that share them are still found")
	void oversizedBlocksAreDividedNotSkipped() {
		List<PersonRecord> records = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			// all born the same day, nothing else shared but pairs of given names: 0-1, 2-3, 4-5
			String given = List.of("Isla", "Oliver", "Amara").get(i / 2);
			records.add(aPerson().id("p" + i).named(given, "Family" + (char) ('k' + i)).born(1990, 1, 1)
					.livingAt(Address.UNKNOWN).build());
		}

		Blocking.Result capped = block(records, i -> 0, false, 4);

		assertThat(pairs(capped)).as("the pairs sharing a given name within the large date-of-birth block")
				.containsExactlyInAnyOrder("0-1", "2-3", "4-5");
		assertThat(capped.rules()).filteredOn(r -> r.rule() == BlockingRule.DATE_OF_BIRTH)
				.singleElement().satisfies(r -> {
					assertThat(r.recordsInDividedBlocks()).isEqualTo(6L);
					assertThat(r.recordsInOversizedBlocks()).isZero();
				});
		assertThat(progress).anyMatch(line -> line.contains("6 records in blocks over 4 divided further"));
		assertThat(block(records, i -> 0, false, 6).pairs().size).as("under the cap, all 15 pairs").isEqualTo(15);
	}

	@Test
	@DisplayName("a block still larger than the cap after every division is skipped by its rule and reported")
	void blocksThatCannotBeDividedAreSkippedAndReported() {
		List<PersonRecord> records = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			// the same in every field a block is divided by; only the surnames' spelling differs beyond sound
			records.add(aPerson().id("q" + i).named("Isla", "Smith").born(1990, 1, 1).livingAt(Address.UNKNOWN).build());
		}

		Blocking.Result capped = block(records, i -> 0, false, 4);

		assertThat(capped.pairs().size).isZero();
		assertThat(capped.rules()).filteredOn(r -> r.rule() == BlockingRule.DATE_OF_BIRTH)
				.extracting(Blocking.RuleSummary::recordsInOversizedBlocks).containsExactly(5L);
		assertThat(progress).anyMatch(line -> line.contains("5 records in blocks over 4 skipped"));
		assertThat(block(records, i -> 0, false, 5).pairs().size).isEqualTo(10);
	}
}
