package org.sightline.assessment;

import org.sightline.shared.Fact;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class RcrpThresholdPolicyTests {

	private final RcrpThresholdPolicy policy = new RcrpThresholdPolicy();

	@Test
	void a_crime_to_investigate_meets_the_police_threshold() {
		RcrpThresholdDecision decision = policy.assess(Set.of(Fact.CRIME_TO_INVESTIGATE));

		assertThat(decision.met()).isTrue();
		assertThat(decision.answeredYes()).containsExactly(RcrpQuestion.CRIME_TO_INVESTIGATE);
		assertThat(decision.reasons()).singleElement().asString().startsWith("There is a crime to investigate");
	}

	@Test
	void a_real_and_immediate_risk_to_life_meets_the_police_threshold() {
		assertThat(policy.assess(Set.of(Fact.REAL_IMMEDIATE_RISK_TO_LIFE)).answeredYes())
			.containsExactly(RcrpQuestion.REAL_AND_IMMEDIATE_RISK_TO_LIFE);
	}

	@Test
	void a_risk_of_serious_harm_meets_the_police_threshold() {
		RcrpThresholdDecision decision = policy.assess(Set.of(Fact.RISK_OF_SERIOUS_HARM));

		assertThat(decision.met()).isTrue();
		assertThat(decision.reasons()).singleElement().asString().contains("Art 3");
	}

	@Test
	void police_who_assumed_responsibility_or_created_the_risk_meet_the_threshold() {
		assertThat(policy.assess(Set.of(Fact.POLICE_ASSUMED_RESPONSIBILITY)).met()).isTrue();
		RcrpThresholdDecision created = policy.assess(Set.of(Fact.POLICE_CREATED_RISK));
		assertThat(created.answeredYes()).containsExactly(RcrpQuestion.POLICE_ASSUMED_RESPONSIBILITY_OR_CREATED_RISK);
		assertThat(created.reasons()).singleElement().asString().contains("created the risk");
	}

	@Test
	void the_reasons_name_every_answer_that_met_the_threshold() {
		RcrpThresholdDecision decision = policy.assess(Set.of(Fact.CRIME_TO_INVESTIGATE, Fact.RISK_OF_SERIOUS_HARM));

		assertThat(decision.answeredYes()).containsExactly(RcrpQuestion.CRIME_TO_INVESTIGATE, RcrpQuestion.RISK_OF_SERIOUS_HARM);
		assertThat(decision.reasons()).hasSize(2);
	}

	@Test
	void a_vulnerability_without_any_threshold_answer_does_not_meet_the_police_threshold() {
		RcrpThresholdDecision decision = policy.assess(Set.of(Fact.DEMENTIA, Fact.MISSED_APPOINTMENT));

		assertThat(decision.met()).isFalse();
		assertThat(decision.answeredYes()).isEmpty();
		assertThat(decision.reasons()).singleElement().asString().contains("not met", "caller must be told");
	}
}
