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

		assertThat(decision.referrals()).contains(Agency.CHILDRENS_SOCIAL_CARE);
		assertThat(decision.actions()).containsExactly(ResponseAction.STRATEGY_DISCUSSION);
		assertThat(decision.reasons()).anyMatch(r -> r.contains("s47") && r.contains("strategy discussion")
				&& r.contains("within one working day"));
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

		assertThat(decision.actions()).containsExactlyInAnyOrder(ResponseAction.STRATEGY_DISCUSSION,
				ResponseAction.POLICE_PROTECTION);
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
	void a_young_child_with_no_carer_present_is_a_risk_of_serious_harm_consider_police_protection() {
		SafeguardingDecision decision = policy.assess(new ChildConcern(Situation.CONCERN_FOR_WELFARE, OptionalInt.of(3),
				Set.of(Fact.CARER_ABSENT), SignificantHarm.NOT_SUSPECTED));

		assertThat(decision.referrals()).containsExactly(Agency.CHILDRENS_SOCIAL_CARE);
		assertThat(decision.actions()).containsExactlyInAnyOrder(ResponseAction.POLICE_PROTECTION,
				ResponseAction.STRATEGY_DISCUSSION);
		assertThat(decision.reasons()).anyMatch(r -> r.contains("consider police protection"));
	}

	@Test
	void an_older_child_whose_carer_is_absent_is_referred_without_police_protection() {
		SafeguardingDecision decision = policy.assess(new ChildConcern(Situation.CONCERN_FOR_WELFARE, OptionalInt.of(9),
				Set.of(Fact.CARER_ABSENT), SignificantHarm.NOT_SUSPECTED));

		assertThat(decision.referrals()).containsExactly(Agency.CHILDRENS_SOCIAL_CARE);
		assertThat(decision.actions()).doesNotContain(ResponseAction.POLICE_PROTECTION);
	}

	@Test
	void a_child_at_medium_risk_is_referred_to_childrens_social_care() {
		SafeguardingDecision decision = policy.assess(new ChildConcern(Situation.MISSING_PERSON, OptionalInt.of(14),
				Set.of(), SignificantHarm.NOT_SUSPECTED, RiskLevel.MEDIUM));

		assertThat(decision.referrals()).containsExactly(Agency.CHILDRENS_SOCIAL_CARE);
	}

	@Test
	void a_person_recorded_as_a_child_is_a_child_whatever_their_age_says() {
		assertThat(policy.isChild(OptionalInt.empty(), Set.of(Fact.CHILD))).isTrue();
		assertThat(policy.isChild(OptionalInt.of(19), Set.of(Fact.CHILD))).isTrue();
		assertThat(policy.isChild(OptionalInt.empty(), Set.of(Fact.IN_CARE))).isTrue();
		assertThat(policy.isChild(OptionalInt.empty(), Set.of(Fact.CARE_LEAVER))).isFalse();
	}

	@Test
	void neglect_of_an_adult_is_not_read_as_harm_to_the_children_in_the_household() {
		SafeguardingDecision decision = policy.assess(new ChildConcern(Situation.ADULT_AT_RISK, OptionalInt.of(80),
				Set.of(Fact.NEGLECT, Fact.CHILDREN_IN_HOUSEHOLD), SignificantHarm.NOT_SUSPECTED));

		assertThat(decision.referrals()).isEmpty();
	}

	@Test
	void a_child_who_sees_or_hears_domestic_abuse_is_a_victim_referred_with_the_school_told() {
		SafeguardingDecision decision = policy.assess(new ChildConcern(Situation.DOMESTIC_ABUSE, OptionalInt.of(30),
				Set.of(Fact.CHILD_PRESENT), SignificantHarm.NOT_SUSPECTED));

		assertThat(decision.referrals()).containsExactly(Agency.CHILDRENS_SOCIAL_CARE, Agency.EDUCATION);
		assertThat(decision.reasons()).anyMatch(r -> r.contains("s31(9)") && r.contains("Domestic Abuse Act 2021 s3"));
		assertThat(decision.reasons()).anyMatch(r -> r.contains("Operation Encompass"));
	}

	@Test
	void a_force_without_operation_encompass_does_not_tell_the_school() {
		SafeguardingDecision decision = new ChildSafeguardingPolicy(18, 5, false).assess(new ChildConcern(
				Situation.DOMESTIC_ABUSE, OptionalInt.of(30), Set.of(Fact.CHILDREN_IN_HOUSEHOLD), SignificantHarm.NOT_SUSPECTED));

		assertThat(decision.referrals()).containsExactly(Agency.CHILDRENS_SOCIAL_CARE);
	}

	@Test
	void children_present_at_something_other_than_abuse_without_suspected_harm_need_no_referral() {
		SafeguardingDecision decision = policy.assess(new ChildConcern(Situation.MEDICAL_INCIDENT, OptionalInt.of(30),
				Set.of(Fact.CHILD_PRESENT), SignificantHarm.NOT_SUSPECTED));

		assertThat(decision.referrals()).isEmpty();
		assertThat(decision.actions()).isEmpty();
		assertThat(decision.reasons()).anyMatch(r -> r.contains("hear the child's voice"));
	}

	@Test
	void with_no_child_involved_no_child_referral_is_due() {
		SafeguardingDecision decision = policy.assess(new ChildConcern(Situation.CONCERN_FOR_WELFARE, OptionalInt.of(45),
				Set.of(), SignificantHarm.SUSPECTED));

		assertThat(decision.referrals()).isEmpty();
		assertThat(decision.reasons()).containsExactly("No child is involved: no child safeguarding referral is due.");
	}
}
