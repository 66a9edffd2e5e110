package org.sightline.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sightline.shared.Agency;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Situation;
import org.sightline.shared.Violation;

class AgreementYamlTests {

	@Test
	void the_national_agreement_has_a_default_clause_for_every_situation() {
		PartnershipAgreement national = AgreementYaml.nationalRcrp();
		assertThat(national.ref()).isEqualTo(new AgreementRef("national-rcrp", "2023-07-26"));
		for (Situation situation : Situation.values()) {
			assertThat(national.clauseFor(situation, Set.of())).as(situation.name()).get().matches(Clause::isDefault);
		}
	}

	@Test
	void a_conditional_clause_applies_when_one_of_its_facts_is_present() {
		PartnershipAgreement national = AgreementYaml.nationalRcrp();
		assertThat(national.clauseFor(Situation.CONCERN_FOR_WELFARE, Set.of("FALLEN_AT_HOME")).orElseThrow().primary())
			.contains(Agency.AMBULANCE);
		assertThat(national.clauseFor(Situation.CONCERN_FOR_WELFARE, Set.of()).orElseThrow().primary()).isEmpty();
	}

	@Test
	void the_section_136_clause_runs_the_handover_and_detention_timers() {
		Clause s136 = AgreementYaml.nationalRcrp().clauseFor(Situation.SECTION_136_PLACE_OF_SAFETY, Set.of()).orElseThrow();
		assertThat(s136.timers()).extracting(AgreementTimer::code, AgreementTimer::minutes)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("HANDOVER", 60),
					org.assertj.core.groups.Tuple.tuple("S136_DETENTION_LIMIT", 1440));
	}

	@Test
	void an_unknown_agency_a_missing_primary_and_an_unknown_fact_are_named_by_their_place() {
		String yaml = """
				id: test
				version: "1"
				title: Test
				clauses:
				  - id: a
				    situation: MISSING_PERSON
				    primary: COASTGUARD
				    policeAttendance: ALWAYS
				  - id: b
				    situation: OTHER
				    whenAnyFact: [FULL_MOON]
				    policeAttendance: ALWAYS
				""";
		assertThatThrownBy(() -> AgreementYaml.read(yaml)).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(Violation::field)
				.containsExactly("clauses[0].primary", "clauses[1].primary", "clauses[1].whenAnyFact[0]"));
	}

	@Test
	void text_that_is_not_yaml_is_refused() {
		assertThatThrownBy(() -> AgreementYaml.read("id: [unclosed")).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(Violation::field)
				.isEqualTo(List.of("yaml")));
	}
}
