package org.sightline.assessment;

import org.sightline.shared.Fact;
import org.sightline.shared.Agency;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sightline.shared.Situation;

class ChildSafeguardingPolicyTests {

	private final ChildSafeguardingPolicy policy = new ChildSafeguardingPolicy();

	@Test
	void children_present_with_significant_harm_suspected_need_a_referral_and_a_strategy_discussion() {
		SafeguardingDecision decision = policy.assess(new ChildConcern(Situation.DOMESTIC_ABUSE, OptionalInt.of(34),
				Set.of(Fact.CHILD_PRESENT), SignificantHarm.SUSPECTED));

		assertThat(decision.referrals()).containsExactly(Agency.CHILDRENS_SOCIAL_CARE);
		assertThat(decision.actions()).containsExactly(ResponseAction.STRATEGY_DISCUSSION);
		assertThat(decision.reasons()).singleElement().asString().contains("s47", "strategy discussion",
				"within one working day");
	}

	@Test
	void children_in_the_household_with_significant_harm_suspected_need_a_referral_too() {
		SafeguardingDecision decision = policy.assess(new ChildConcern(Situation.CONCERN_FOR_WELFARE, OptionalInt.of(40),
				Set.of(Fact.CHILDREN_IN_HOUSEHOLD), SignificantHarm.SUSPECTED));

		assertThat(decision.referrals()).containsExactly(Agency.CHILDRENS_SOCIAL_CARE);
	}

	@Test
	void a_constable_who_believes_significant_harm_is_likely_uses_police_protection() {
		SafeguardingDecision decision = policy.assess(new ChildConcern(Situation.CHILD_CONCERN, OptionalInt.of(4),
				Set.of(Fact.CARER_ABSENT), SignificantHarm.BELIEVED_LIKELY));

		assertThat(decision.actions()).containsExactly(ResponseAction.STRATEGY_DISCUSSION, ResponseAction.POLICE_PROTECTION);
		assertThat(decision.referrals()).containsExactly(Agency.CHILDRENS_SOCIAL_CARE);
		assertThat(decision.reasons()).anyMatch(r -> r.contains("s46") && r.contains("72 hours"));
	}

	@Test
	void neglect_of_a_child_gives_cause_to_suspect_significant_harm() {
		SafeguardingDecision decision = policy.assess(new ChildConcern(Situation.CHILD_CONCERN, OptionalInt.of(6),
				Set.of(Fact.NEGLECT), SignificantHarm.NOT_SUSPECTED));

		assertThat(decision.referrals()).containsExactly(Agency.CHILDRENS_SOCIAL_CARE);
		assertThat(decision.reasons().get(0)).contains("(NEGLECT)");
	}

	@Test
	void facts_alone_never_justify_police_protection() {
		SafeguardingDecision decision = policy.assess(new ChildConcern(Situation.CHILD_CONCERN, OptionalInt.of(3),
				Set.of(Fact.NEGLECT, Fact.CARER_ABSENT, Fact.CHILD_PRESENT), SignificantHarm.NOT_SUSPECTED));

		assertThat(decision.actions()).doesNotContain(ResponseAction.POLICE_PROTECTION);
	}

	@Test
	void neglect_of_an_adult_is_not_read_as_harm_to_the_children_in_the_household() {
		SafeguardingDecision decision = policy.assess(new ChildConcern(Situation.ADULT_AT_RISK, OptionalInt.of(80),
				Set.of(Fact.NEGLECT, Fact.CHILDREN_IN_HOUSEHOLD), SignificantHarm.NOT_SUSPECTED));

		assertThat(decision.referrals()).isEmpty();
	}

	@Test
	void children_present_without_suspected_harm_need_no_referral_but_domestic_abuse_prompts_the_question() {
		SafeguardingDecision decision = policy.assess(new ChildConcern(Situation.DOMESTIC_ABUSE, OptionalInt.of(30),
				Set.of(Fact.CHILD_PRESENT), SignificantHarm.NOT_SUSPECTED));

		assertThat(decision.referrals()).isEmpty();
		assertThat(decision.actions()).isEmpty();
		assertThat(decision.reasons()).anyMatch(r -> r.contains("s31(9)"));
	}

	@Test
	void with_no_child_involved_no_child_referral_is_due() {
		SafeguardingDecision decision = policy.assess(new ChildConcern(Situation.CONCERN_FOR_WELFARE, OptionalInt.of(45),
				Set.of(), SignificantHarm.SUSPECTED));

		assertThat(decision.referrals()).isEmpty();
		assertThat(decision.reasons()).containsExactly("No child is involved: no child safeguarding referral is due.");
	}
}
