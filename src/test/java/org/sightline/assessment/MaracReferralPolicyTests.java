package org.sightline.assessment;

import org.sightline.shared.Agency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MaracReferralPolicyTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

	private final MaracReferralPolicy policy = new MaracReferralPolicy();

	private final DashPolicy dash = new DashPolicy(DashAnswersBuilder.DASH);

	private static final DomesticAbuseHistory FIRST_INCIDENT = new DomesticAbuseHistory.Counted(1, OptionalInt.empty());

	private Optional<DashOutcome.Graded> dashWithYes(int yes) {
		return Optional.of((DashOutcome.Graded) dash.gradeYesCount(yes, Set.of(), Optional.empty()));
	}

	private static DomesticAbuseHistory dated(Optional<LocalDate> lastMarac, LocalDate... incidents) {
		return new DomesticAbuseHistory.Dated(List.of(incidents), lastMarac, TODAY);
	}

	@Test
	void a_DASH_with_14_or_more_yes_answers_is_visible_high_risk() {
		MaracReferralDecision decision = policy.assess(dashWithYes(14), Optional.empty(), FIRST_INCIDENT);

		assertThat(decision.criteriaMet()).containsExactly(MaracCriterion.VISIBLE_HIGH_RISK);
		assertThat(decision.referrals()).containsExactly(Agency.MARAC);
		assertThat(decision.reasons()).containsExactly(
				"Visible high risk: DASH v2009.1: 14 of 27 answers yes; 14 or more is HIGH (SafeLives MARAC criteria, REFERENCE §6.1).");
	}

	@Test
	void a_DASH_with_13_yes_answers_is_not_visible_high_risk() {
		MaracReferralDecision decision = policy.assess(dashWithYes(13), Optional.empty(), FIRST_INCIDENT);

		assertThat(decision.referralDue()).isFalse();
		assertThat(decision.referrals()).isEmpty();
		assertThat(decision.finding(MaracCriterion.VISIBLE_HIGH_RISK).reason()).contains("13 of 27", "MEDIUM");
	}

	@Test
	void articulated_professional_concerns_alone_meet_professional_judgement() {
		MaracReferralDecision decision = policy.assess(Optional.empty(),
				Optional.of("He has started turning up at her work since she left"), FIRST_INCIDENT);

		assertThat(decision.criteriaMet()).containsExactly(MaracCriterion.PROFESSIONAL_JUDGEMENT);
	}

	@Test
	void professional_judgement_needs_articulated_concerns() {
		MaracReferralDecision decision = policy.assess(dashWithYes(5), Optional.of("  "), FIRST_INCIDENT);

		assertThat(decision.criteriaMet()).doesNotContain(MaracCriterion.PROFESSIONAL_JUDGEMENT);
	}

	@Test
	void a_DASH_raised_to_high_by_judgement_meets_professional_judgement_but_not_visible_high_risk() {
		Optional<DashOutcome.Graded> raised = Optional.of((DashOutcome.Graded) dash.gradeYesCount(8, Set.of(),
				Optional.of(new ProfessionalJudgement("HIGH", "Threats to kill after separation"))));

		MaracReferralDecision decision = policy.assess(raised, Optional.empty(), FIRST_INCIDENT);

		assertThat(decision.criteriaMet()).containsExactly(MaracCriterion.PROFESSIONAL_JUDGEMENT);
	}

	@Test
	void three_incidents_in_12_months_meet_potential_escalation() {
		MaracReferralDecision decision = policy.assess(Optional.empty(), Optional.empty(),
				dated(Optional.empty(), TODAY, TODAY.minusMonths(4), TODAY.minusMonths(11)));

		assertThat(decision.criteriaMet()).containsExactly(MaracCriterion.POTENTIAL_ESCALATION);
		assertThat(decision.reasons()).containsExactly("Potential escalation: 3 domestic abuse incident(s) in the last "
				+ "12 months; the threshold is 3 or more in 12 months (SafeLives MARAC criteria, local threshold, REFERENCE §6.1).");
	}

	@Test
	void an_incident_more_than_12_months_ago_does_not_count_towards_escalation() {
		MaracReferralDecision decision = policy.assess(Optional.empty(), Optional.empty(),
				dated(Optional.empty(), TODAY, TODAY.minusMonths(4), TODAY.minusMonths(12)));

		assertThat(decision.criteriaMet()).isEmpty();
		assertThat(decision.finding(MaracCriterion.POTENTIAL_ESCALATION).reason()).startsWith("No potential escalation: 2");
	}

	@Test
	void three_incidents_in_12_months_meet_potential_escalation_when_only_counted() {
		assertThat(policy.assess(Optional.empty(), Optional.empty(), new DomesticAbuseHistory.Counted(3, OptionalInt.empty()))
			.criteriaMet()).containsExactly(MaracCriterion.POTENTIAL_ESCALATION);
		assertThat(policy.assess(Optional.empty(), Optional.empty(), new DomesticAbuseHistory.Counted(2, OptionalInt.empty()))
			.criteriaMet()).isEmpty();
	}

	@Test
	void a_force_may_set_its_own_escalation_count_and_window() {
		MaracReferralPolicy local = new MaracReferralPolicy(2, 6, 12);

		assertThat(local.assess(Optional.empty(), Optional.empty(),
				dated(Optional.empty(), TODAY, TODAY.minusMonths(5))).criteriaMet())
			.containsExactly(MaracCriterion.POTENTIAL_ESCALATION);
		assertThat(local.assess(Optional.empty(), Optional.empty(),
				dated(Optional.empty(), TODAY, TODAY.minusMonths(7))).criteriaMet())
			.isEmpty();
	}

	@Test
	void a_12_month_count_cannot_show_escalation_over_another_window_and_says_so() {
		MaracReferralPolicy local = new MaracReferralPolicy(2, 6, 12);

		MaracReferralDecision decision = local.assess(Optional.empty(), Optional.empty(),
				new DomesticAbuseHistory.Counted(5, OptionalInt.empty()));

		assertThat(decision.finding(MaracCriterion.POTENTIAL_ESCALATION).met()).isFalse();
		assertThat(decision.finding(MaracCriterion.POTENTIAL_ESCALATION).reason())
			.contains("cannot be judged from a 12-month count", "check the dates");
	}

	@Test
	void any_incident_within_12_months_of_a_previous_MARAC_is_a_repeat_referral() {
		MaracReferralDecision dated = policy.assess(Optional.empty(), Optional.empty(),
				dated(Optional.of(TODAY.minusMonths(12)), TODAY));
		MaracReferralDecision counted = policy.assess(Optional.empty(), Optional.empty(),
				new DomesticAbuseHistory.Counted(1, OptionalInt.of(7)));

		assertThat(dated.criteriaMet()).containsExactly(MaracCriterion.REPEAT_REFERRAL);
		assertThat(counted.criteriaMet()).containsExactly(MaracCriterion.REPEAT_REFERRAL);
		assertThat(counted.reasons().get(0)).startsWith("Repeat referral: last heard at MARAC 7 month(s) ago");
	}

	@Test
	void an_incident_more_than_12_months_after_the_last_MARAC_is_not_a_repeat_referral() {
		assertThat(policy.assess(Optional.empty(), Optional.empty(),
				dated(Optional.of(TODAY.minusMonths(12).minusDays(1)), TODAY)).criteriaMet()).isEmpty();
		assertThat(policy.assess(Optional.empty(), Optional.empty(),
				new DomesticAbuseHistory.Counted(1, OptionalInt.of(13))).criteriaMet()).isEmpty();
	}

	@Test
	void a_force_may_set_its_own_repeat_referral_window() {
		MaracReferralPolicy local = new MaracReferralPolicy(3, 12, 24);

		assertThat(local.assess(Optional.empty(), Optional.empty(),
				new DomesticAbuseHistory.Counted(1, OptionalInt.of(20))).criteriaMet())
			.containsExactly(MaracCriterion.REPEAT_REFERRAL);
	}

	@Test
	void every_criterion_met_is_returned_each_with_its_reason() {
		MaracReferralDecision decision = policy.assess(dashWithYes(16), Optional.of("Escalating threats"),
				new DomesticAbuseHistory.Counted(4, OptionalInt.of(3)));

		assertThat(decision.criteriaMet()).containsExactly(MaracCriterion.VISIBLE_HIGH_RISK,
				MaracCriterion.PROFESSIONAL_JUDGEMENT, MaracCriterion.POTENTIAL_ESCALATION, MaracCriterion.REPEAT_REFERRAL);
		assertThat(decision.reasons()).hasSize(4);
	}

	@Test
	void when_no_criterion_is_met_the_reason_says_so() {
		MaracReferralDecision decision = policy.assess(dashWithYes(2), Optional.empty(), FIRST_INCIDENT);

		assertThat(decision.reasons()).singleElement().asString().startsWith("No MARAC referral criterion is met");
	}

	@Test
	void MARAC_thresholds_below_1_are_a_configuration_error() {
		assertThatThrownBy(() -> new MaracReferralPolicy(0, 12, 12)).isInstanceOf(IllegalArgumentException.class);
	}
}
