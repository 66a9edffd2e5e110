package org.sightline.partnership.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.partnership.AgreementBuilder.anAgreement;
import static org.sightline.partnership.AgreementBuilder.clause;

import org.junit.jupiter.api.Test;
import org.sightline.partnership.AgreementYaml;
import org.sightline.partnership.PartnershipAgreement;
import org.sightline.partnership.PublishingProblem;
import org.sightline.partnership.PublishingRule;
import org.sightline.shared.Agency;
import org.sightline.shared.Situation;

public class AgreementPublishingPolicyTests {

	final AgreementPublishingPolicy policy = new AgreementPublishingPolicy();

	@Test
	void the_national_agreement_may_be_published() {
		PublishingDecision decision = policy.decide(AgreementYaml.nationalRcrp());
		assertThat(decision.publishable()).isTrue();
		assertThat(decision).isInstanceOf(PublishingDecision.Publishable.class);
		assertThat(((PublishingDecision.Publishable) decision).reason()).contains("11 situations");
	}

	@Test
	void a_draft_that_leaves_a_situation_without_a_default_clause_cannot_be_published() {
		PublishingDecision decision = policy.decide(anAgreement().without("missing").build());

		assertThat(decision.publishable()).isFalse();
		assertThat(decision.problems()).singleElement().satisfies(p -> {
			assertThat(p.rule()).isEqualTo(PublishingRule.EVERY_SITUATION_HAS_A_DEFAULT);
			assertThat(p.clauseId()).isNull();
			assertThat(p.message()).contains("MISSING_PERSON");
		});
	}

	@Test
	void a_draft_that_leaves_a_situation_without_a_primary_agency_cannot_be_published() {
		PublishingDecision decision = policy.decide(anAgreement().without("missing")
			.with(clause("missing-nobody", Situation.MISSING_PERSON, null))
			.build());

		assertThat(decision.problems()).singleElement().satisfies(p -> {
			assertThat(p.rule()).isEqualTo(PublishingRule.EVERY_CLAUSE_NAMES_A_PRIMARY);
			assertThat(p.clauseId()).isEqualTo("missing-nobody");
			assertThat(p.message()).isEqualTo("Clause ‘missing-nobody’ (MISSING_PERSON) has primary NONE, so no agency "
					+ "would respond: name the agency that leads. NONE is allowed only for OTHER and CONCERN_FOR_WELFARE");
		});
	}

	@Test
	void advice_only_is_allowed_by_default_for_other_and_concern_for_welfare() {
		PartnershipAgreement national = AgreementYaml.nationalRcrp();
		assertThat(national.clauseFor(Situation.OTHER, java.util.Set.of()).orElseThrow().primary()).isEmpty();
		assertThat(national.clauseFor(Situation.CONCERN_FOR_WELFARE, java.util.Set.of()).orElseThrow().primary()).isEmpty();
		assertThat(policy.decide(national).publishable()).isTrue();
	}

	@Test
	void a_conditional_clause_with_no_primary_outside_the_advice_situations_cannot_be_published() {
		PublishingDecision decision = policy.decide(anAgreement()
			.with(clause("da-nobody", Situation.DOMESTIC_ABUSE, null, "STALKING"))
			.build());

		assertThat(decision.problems()).extracting(PublishingProblem::rule, PublishingProblem::clauseId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(PublishingRule.EVERY_CLAUSE_NAMES_A_PRIMARY, "da-nobody"));
	}

	@Test
	void two_clauses_for_one_situation_that_share_a_fact_overlap() {
		PublishingDecision decision = policy.decide(anAgreement()
			.with(clause("welfare-falls-again", Situation.CONCERN_FOR_WELFARE, Agency.ADULT_SOCIAL_CARE, "DEMENTIA",
					"FALLEN_AT_HOME"))
			.build());

		assertThat(decision.problems()).extracting(PublishingProblem::rule).containsOnly(
				PublishingRule.NO_FACT_SHARED_BY_TWO_CLAUSES);
		assertThat(decision.problems()).extracting(PublishingProblem::message).containsExactly(
				"Clauses ‘welfare-medical’ and ‘welfare-falls-again’ (CONCERN_FOR_WELFARE) both apply when FALLEN_AT_HOME: "
						+ "a fact may start only one clause of a situation",
				"Clauses ‘welfare-care-needs’ and ‘welfare-falls-again’ (CONCERN_FOR_WELFARE) both apply when DEMENTIA: "
						+ "a fact may start only one clause of a situation");
	}

	@Test
	void clauses_of_different_situations_may_share_a_fact() {
		PublishingDecision decision = policy.decide(anAgreement()
			.with(clause("adult-dementia", Situation.ADULT_AT_RISK, Agency.ADULT_SOCIAL_CARE, "DEMENTIA"))
			.build());

		assertThat(decision.publishable()).isTrue();
	}

	@Test
	void two_default_clauses_for_one_situation_overlap() {
		PublishingDecision decision = policy.decide(anAgreement()
			.with(clause("missing-second", Situation.MISSING_PERSON, Agency.POLICE))
			.build());

		assertThat(decision.problems()).singleElement().satisfies(p -> {
			assertThat(p.rule()).isEqualTo(PublishingRule.ONE_DEFAULT_PER_SITUATION);
			assertThat(p.clauseId()).isEqualTo("missing-second");
			assertThat(p.message()).contains("‘missing’", "‘missing-second’", "MISSING_PERSON");
		});
	}

	@Test
	void two_clauses_with_one_id_cannot_be_published() {
		PublishingDecision decision = policy.decide(anAgreement()
			.with(clause("missing", Situation.DOMESTIC_ABUSE, Agency.IDVA, "STALKING"))
			.build());

		assertThat(decision.problems()).singleElement().satisfies(p -> {
			assertThat(p.rule()).isEqualTo(PublishingRule.CLAUSE_IDS_ARE_UNIQUE);
			assertThat(p.message()).startsWith("Clauses 12 and 17 both have the id ‘missing’");
		});
	}

	@Test
	void a_clause_that_names_an_unknown_fact_cannot_be_published() {
		PublishingDecision decision = policy.decide(anAgreement()
			.with(clause("other-moon", Situation.OTHER, Agency.POLICE, "FULL_MOON"))
			.build());

		assertThat(decision.problems()).singleElement().satisfies(p -> {
			assertThat(p.rule()).isEqualTo(PublishingRule.FACTS_ARE_KNOWN);
			assertThat(p.message()).isEqualTo("Clause ‘other-moon’ names an unknown fact ‘FULL_MOON’");
		});
	}

	@Test
	void every_problem_is_reported_at_once() {
		PublishingDecision decision = policy.decide(anAgreement().without("missing")
			.without("other")
			.with(clause("medical-second", Situation.MEDICAL_INCIDENT, Agency.AMBULANCE))
			.build());

		assertThat(decision.problems()).extracting(PublishingProblem::rule)
			.containsExactlyInAnyOrder(PublishingRule.EVERY_SITUATION_HAS_A_DEFAULT,
					PublishingRule.EVERY_SITUATION_HAS_A_DEFAULT, PublishingRule.ONE_DEFAULT_PER_SITUATION);
	}
}
