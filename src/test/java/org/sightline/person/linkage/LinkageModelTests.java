package org.sightline.person.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sightline.person.linkage.PersonRecordBuilder.aPerson;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LinkageModelTests {

	private static PersonCsv.Loaded data;

	private static LinkageResult result;

	private static LinkageModel model;

	@BeforeAll
	static void fitOnSyntheticPeople() {
		data = SyntheticData.people(5_000, 3);
		result = new Linker(LinkageSettings.defaults()).deduplicate(data.records(), message -> {
		});
		model = result.model();
	}

	private static FieldEvidence evidence(MatchExplanation explanation, String field) {
		return explanation.evidence().stream().filter(e -> e.field().equals(field)).findFirst().orElseThrow();
	}

	@Test
	@DisplayName("a shared rare surname weighs more than a shared common one")
	void rareSurnameWeighsMore() {
		String common = data.records().stream().map(PersonRecord::familyName).filter(name -> name != null)
				.collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).entrySet().stream()
				.max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		String rare = "Quillfeather";

		double commonWeight = evidence(model.explain(aPerson().named("Anna", common).build(),
				aPerson().named("Mary", common).born(1950, 1, 1).build()), "surname").weight();
		double rareWeight = evidence(model.explain(aPerson().named("Anna", rare).build(),
				aPerson().named("Mary", rare).born(1950, 1, 1).build()), "surname").weight();

		assertThat(rareWeight).isGreaterThan(commonWeight + 1);
		assertThat(evidence(model.explain(aPerson().named("Anna", rare).build(), aPerson().named("Mary", rare).build()),
				"surname").reason()).contains("counts for more than most");
	}

	@Test
	@DisplayName("a shared surname counts for less at a shared address or street, where families share surnames")
	void surnameCountsForLessAtSharedAddress() {
		int exact = Field.FAMILY_NAME.index(Level.EXACT);

		assertThat(model.surnameBits(exact, Field.ADDRESS.index(Level.SAME_ADDRESS)))
				.isLessThan(model.bits(Field.FAMILY_NAME, exact) - 1);
		assertThat(model.surnameBits(exact, Field.ADDRESS.index(Level.SAME_STREET)))
				.isLessThan(model.bits(Field.FAMILY_NAME, exact));
	}

	@Test
	@DisplayName("housemates with one surname but different given names and birthdays are not linked")
	void housematesAreNotLinked() {
		MatchExplanation housemates = model.explain(
				aPerson().named("Edward", "Pybrafien").born(1969, 9, 22).livingAt("82", "Sewyng Drive", "Grefuth",
						"ZW15 8CB").build(),
				aPerson().named("Catherine", "Pybrafien").born(1996, 1, 10).livingAt("82", "Sewyng Drive", "Grefuth",
						"ZW15 8CB").build());

		assertThat(housemates.decision()).isEqualTo(MatchDecision.NO_LINK);
	}

	@Test
	@DisplayName("the same person with a nickname, a typo and a swapped day and month is linked")
	void samePersonIsLinked() {
		MatchExplanation same = model.explain(
				aPerson().named("Robert", "Pybrafien").born(1969, 9, 2).livingAt("82", "Sewyng Drive", "Grefuth",
						"ZW15 8CB").build(),
				aPerson().named("Bob", "Pybrafein").born(1969, 2, 9).livingAt("82", "Sewyng Drive", "Grefuth",
						"ZW15 8CB").build());

		assertThat(same.decision()).isEqualTo(MatchDecision.LINK);
		assertThat(evidence(same, "given name").level()).isEqualTo("nickname");
		assertThat(evidence(same, "date of birth").level()).isEqualTo("day and month swapped");
	}

	@Test
	@DisplayName("the match weight is the prior plus every field's weight, and the probability follows from it")
	void weightsAddUp() {
		MatchExplanation e = model.explain(aPerson().named("Rob", "Allen").build(), aPerson().named("Robert", "Alen")
				.born(1971, 5, 24).build());

		double sum = e.priorWeight() + e.evidence().stream().mapToDouble(FieldEvidence::weight).sum();
		assertThat(e.matchWeight()).isCloseTo(sum, within(1e-9));
		assertThat(e.matchProbability()).isCloseTo(1 / (1 + Math.pow(2, -e.matchWeight())), within(1e-12));
		assertThat(e.evidence()).extracting(FieldEvidence::field).containsExactly("given name", "surname",
				"date of birth", "address", "email", "national id", "sex", "free text", "exact value");
		assertThat(e.toText()).contains("surname: close spelling (Jaro-Winkler");
	}

	@Test
	@DisplayName("a pair agreeing on everything scores lower when the records give different sexes than when they give the same")
	void differentSexScoresLower() {
		PersonRecord woman = aPerson().named("Sam", "Okafor").sex("F").build();
		double sameSex = model.explain(woman, aPerson().named("Sam", "Okafor").sex("female").build()).matchWeight();
		double differentSex = model.explain(woman, aPerson().named("Sam", "Okafor").sex("M").build()).matchWeight();
		double notGiven = model.explain(woman, aPerson().named("Sam", "Okafor").build()).matchWeight();

		assertThat(differentSex).isLessThan(notGiven - 1);
		assertThat(sameSex).isGreaterThan(notGiven);
		assertThat(evidence(model.explain(woman, aPerson().named("Sam", "Okafor").sex("M").build()), "sex").reason())
				.isEqualTo("different (female / male)");
	}

	@Test
	@DisplayName("the fitted parameters list every level of the new fields and the postcode sector and district")
	void parametersListNewLevels() {
		assertThat(model.describeParameters()).anyMatch(line -> line.startsWith("sex ") && line.contains("different"))
				.anyMatch(line -> line.startsWith("free text") && line.contains("at least half the words shared"))
				.anyMatch(line -> line.startsWith("exact value") && line.contains("same"))
				.anyMatch(line -> line.startsWith("address") && line.contains("same postcode sector only"))
				.anyMatch(line -> line.startsWith("address") && line.contains("same postcode district only"));
	}

	@Test
	@DisplayName("the batch score of a pair is the score its explanation gives")
	void batchAndExplanationAgree() {
		PairBuffer pairs = result.pairs();
		for (int p = 0; p < pairs.size; p += Math.max(1, pairs.size / 300)) {
			MatchExplanation e = model.explain(data.records().get(pairs.left[p]), data.records().get(pairs.right[p]));
			assertThat((double) result.weights()[p]).as("pair %d", p).isCloseTo(e.matchWeight(), within(1e-3));
		}
	}
}
