package org.sightline.person.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchModelTests {

	final SearchModel model = SearchModel.standard();

	final PersonRecord sought = new PersonRecord("q", "Bob", "Tayler", new PartialDate(1988, 3, 4), null, null, null);

	final List<PersonRecord> candidates = List.of(
			new PersonRecord("1", "Robert", "Taylor", new PartialDate(1988, 4, 3), null, null, null),
			new PersonRecord("2", "Bob", "Tyler", new PartialDate(1990, 1, 1), null, null, null),
			new PersonRecord("3", "Alice", "Jones", PartialDate.UNKNOWN, null, null, null));

	@Test
	void ranking_many_candidates_at_once_gives_the_same_evidence_as_one_at_a_time() {
		List<MatchExplanation> together = model.explainAll(sought, candidates);
		for (int i = 0; i < candidates.size(); i++) {
			MatchExplanation alone = model.explain(sought, candidates.get(i));
			assertThat(together.get(i).matchWeight()).isEqualTo(alone.matchWeight());
			assertThat(together.get(i).evidence()).isEqualTo(alone.evidence());
		}
	}

	@Test
	void search_evidence_names_the_nickname_the_close_spelling_and_the_swapped_date() {
		MatchExplanation best = model.explain(sought, candidates.get(0));
		assertThat(best.evidence()).extracting(FieldEvidence::reason)
			.anyMatch(r -> r.startsWith("nickname"))
			.anyMatch(r -> r.startsWith("close spelling"))
			.anyMatch(r -> r.startsWith("day and month swapped"));
		assertThat(best.evidence()).extracting(FieldEvidence::reason).noneMatch(r -> r.contains("% of records"));
	}

	@Test
	void a_given_name_is_searched_under_its_nicknames_too() {
		assertThat(model.givenNameVariants("Bob")).contains("bob", "robert");
	}

	@Test
	void a_closer_candidate_weighs_more_than_a_stranger() {
		List<MatchExplanation> all = model.explainAll(sought, candidates);
		assertThat(all.get(0).matchWeight()).isGreaterThan(all.get(1).matchWeight());
		assertThat(all.get(1).matchWeight()).isGreaterThan(all.get(2).matchWeight());
	}
}
