package org.sightline.assessment;

import org.sightline.shared.Fact;
import org.sightline.shared.Agency;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AdultAtRiskPolicyTests {

	private final AdultAtRiskPolicy policy = new AdultAtRiskPolicy();

	private static final OptionalInt ADULT = OptionalInt.of(78);

	@Test
	void s42_needs_all_three_parts() {
		SafeguardingDecision decision = policy.assess(ADULT,
				Set.of(Fact.CARE_AND_SUPPORT_NEEDS, Fact.FINANCIAL_ABUSE, Fact.UNABLE_TO_PROTECT_SELF));

		assertThat(decision.referrals()).containsExactly(Agency.ADULT_SOCIAL_CARE);
		assertThat(decision.reasons()).singleElement().asString().contains("FINANCIAL_ABUSE", "Care Act 2014 s42");
	}

	@Test
	void without_care_and_support_needs_there_is_no_s42_referral_and_the_reason_names_part_a() {
		SafeguardingDecision decision = policy.assess(ADULT, Set.of(Fact.NEGLECT, Fact.UNABLE_TO_PROTECT_SELF));

		assertThat(decision.referrals()).isEmpty();
		assertThat(decision.reasons()).singleElement().asString()
			.contains("(a) care and support needs are not shown")
			.doesNotContain("(b)", "(c)");
	}

	@Test
	void without_abuse_or_neglect_there_is_no_s42_referral_and_the_reason_names_part_b() {
		SafeguardingDecision decision = policy.assess(ADULT,
				Set.of(Fact.CARE_AND_SUPPORT_NEEDS, Fact.UNABLE_TO_PROTECT_SELF, Fact.FALLEN_AT_HOME));

		assertThat(decision.referrals()).isEmpty();
		assertThat(decision.reasons()).singleElement().asString().contains("(b) no abuse or neglect").doesNotContain("(a)");
	}

	@Test
	void an_adult_who_can_protect_themselves_is_not_an_s42_referral_and_the_reason_names_part_c() {
		SafeguardingDecision decision = policy.assess(ADULT,
				Set.of(Fact.CARE_AND_SUPPORT_NEEDS, Fact.FINANCIAL_ABUSE, Fact.WELL_SUPPORTED));

		assertThat(decision.referrals()).isEmpty();
		assertThat(decision.reasons()).singleElement().asString().contains("(c) it is not recorded that they cannot protect");
	}

	@Test
	void a_diagnosis_alone_does_not_show_care_and_support_needs_but_is_named_as_a_lead() {
		SafeguardingDecision decision = policy.assess(ADULT,
				Set.of(Fact.DEMENTIA, Fact.FINANCIAL_ABUSE, Fact.UNABLE_TO_PROTECT_SELF));

		assertThat(decision.referrals()).isEmpty();
		assertThat(decision.reasons()).singleElement().asString().contains("(a)", "DEMENTIA may point to them");
	}

	@Test
	void every_failed_part_is_named() {
		SafeguardingDecision decision = policy.assess(ADULT, Set.of());

		assertThat(decision.reasons()).singleElement().asString().contains("(a)", "(b)", "(c)");
	}

	@Test
	void s42_does_not_apply_to_a_child() {
		SafeguardingDecision decision = policy.assess(OptionalInt.of(16),
				Set.of(Fact.CARE_AND_SUPPORT_NEEDS, Fact.NEGLECT, Fact.UNABLE_TO_PROTECT_SELF));

		assertThat(decision.referrals()).isEmpty();
		assertThat(decision.reasons()).singleElement().asString().startsWith("The person is a child");
	}
}
