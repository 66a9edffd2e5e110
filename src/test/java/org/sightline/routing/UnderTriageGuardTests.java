package org.sightline.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.sightline.assessment.ResponseAction;
import org.sightline.assessment.ResponseGrade;
import org.sightline.assessment.RiskLevel;
import org.sightline.partnership.AgreementRef;
import org.sightline.shared.Agency;
import org.sightline.shared.Fact;
import org.sightline.shared.Situation;

/**
 * The safety net catches what a faulty rule lets through: each test hands it an answer a broken
 * rule could give and checks it is raised, said in the reasons and sent to a supervisor.
 */
class UnderTriageGuardTests {

	final UnderTriageGuard guard = new UnderTriageGuard();
	static final Subject ADULT = new Subject(OptionalInt.of(40), false, false, true);
	static final Subject CHILD = new Subject(OptionalInt.of(7), true, false, false);

	static RoutingCase routingCase(Situation situation, Fact... facts) {
		return new RoutingCase(situation, Optional.empty(), OptionalInt.of(40),
				facts.length == 0 ? EnumSet.noneOf(Fact.class) : EnumSet.copyOf(List.of(facts)), Optional.empty(),
				OptionalInt.empty(), OptionalInt.empty(), Optional.empty());
	}

	static RoutingRecommendation answer(RoutingOutcome outcome, Agency primary, RiskLevel risk, ResponseGrade grade,
			List<Agency> referrals, List<ResponseAction> actions, String... reasons) {
		return new RoutingRecommendation(outcome, Optional.ofNullable(primary), List.of(), risk, grade, referrals, actions,
				List.of(reasons), new AgreementRef("national-rcrp", "2023-07-26"), "welfare-medical",
				Situation.CONCERN_FOR_WELFARE, List.of(), false, List.of());
	}

	@Test
	void a_high_risk_sent_to_nobody_gets_police_an_emergency_and_a_supervisor() {
		var unsafe = answer(RoutingOutcome.PARTNER_ONLY, Agency.AMBULANCE, RiskLevel.HIGH,
				ResponseGrade.RESOLUTION_WITHOUT_DEPLOYMENT, List.of(), List.of(ResponseAction.CALLER_INFORMED_OF_DECISION),
				"Under clause welfare-medical, the police threshold is not met (no real and immediate risk).");

		var safe = guard.check(routingCase(Situation.CONCERN_FOR_WELFARE), ADULT, unsafe);

		assertThat(safe.outcome()).isEqualTo(RoutingOutcome.POLICE_PRIMARY);
		assertThat(safe.primaryAgency()).contains(Agency.POLICE);
		assertThat(safe.supportingAgencies()).contains(Agency.AMBULANCE);
		assertThat(safe.grade()).isEqualTo(ResponseGrade.EMERGENCY);
		assertThat(safe.actions()).contains(ResponseAction.SUPERVISOR_REVIEW);
		assertThat(safe.safetyNet()).isNotEmpty();
		assertThat(safe.reasons()).anyMatch(r -> r.startsWith("Safety net: high risk, but the rules sent no police"));
		assertThat(safe.reasons()).noneMatch(UnderTriageGuard::deniesRisk);
	}

	@Test
	void a_risk_to_life_not_graded_an_emergency_is_raised() {
		var unsafe = answer(RoutingOutcome.POLICE_PRIMARY, Agency.POLICE, RiskLevel.MEDIUM, ResponseGrade.PRIORITY,
				List.of(), List.of());

		var safe = guard.check(routingCase(Situation.OTHER, Fact.REAL_IMMEDIATE_RISK_TO_LIFE), ADULT, unsafe);

		assertThat(safe.riskLevel()).isEqualTo(RiskLevel.HIGH);
		assertThat(safe.grade()).isEqualTo(ResponseGrade.EMERGENCY);
	}

	@Test
	void a_child_given_to_adult_social_care_goes_to_childrens_social_care_instead() {
		var unsafe = answer(RoutingOutcome.PARTNER_ONLY, Agency.ADULT_SOCIAL_CARE, RiskLevel.LOW,
				ResponseGrade.RESOLUTION_WITHOUT_DEPLOYMENT, List.of(Agency.ADULT_SOCIAL_CARE),
				List.of(ResponseAction.CALLER_INFORMED_OF_DECISION), "Under clause welfare-medical, adult social care responds.");

		var safe = guard.check(routingCase(Situation.CONCERN_FOR_WELFARE, Fact.CARER_ABSENT), CHILD, unsafe);

		assertThat(safe.primaryAgency()).contains(Agency.CHILDRENS_SOCIAL_CARE);
		assertThat(safe.referrals()).containsExactly(Agency.CHILDRENS_SOCIAL_CARE);
		assertThat(safe.safetyNet()).anyMatch(s -> s.contains("adult social care"));
	}

	@Test
	void high_risk_domestic_abuse_without_MARAC_is_referred_with_an_IDVA_and_a_specialist_review() {
		var unsafe = answer(RoutingOutcome.POLICE_PRIMARY, Agency.POLICE, RiskLevel.HIGH, ResponseGrade.EMERGENCY,
				List.of(), List.of(ResponseAction.SUPERVISOR_REVIEW));

		var safe = guard.check(routingCase(Situation.DOMESTIC_ABUSE, Fact.NON_FATAL_STRANGULATION, Fact.CHILD_PRESENT),
				ADULT, unsafe);

		assertThat(safe.referrals()).contains(Agency.MARAC, Agency.IDVA, Agency.CHILDRENS_SOCIAL_CARE);
		assertThat(safe.actions()).contains(ResponseAction.SPECIALIST_REVIEW);
		assertThat(safe.safetyNet()).hasSize(4);
	}

	@Test
	void police_not_attending_without_telling_the_caller_or_naming_the_clause_is_raised() {
		var unsafe = answer(RoutingOutcome.NO_AGENCY_ACTION, null, RiskLevel.LOW, ResponseGrade.RESOLUTION_WITHOUT_DEPLOYMENT,
				List.of(), List.of());

		var safe = guard.check(routingCase(Situation.OTHER), ADULT, unsafe);

		assertThat(safe.actions()).contains(ResponseAction.CALLER_INFORMED_OF_DECISION, ResponseAction.SUPERVISOR_REVIEW);
		assertThat(safe.reasons()).anyMatch(r -> r.contains("clause welfare-medical"));
	}

	@Test
	void a_safe_answer_passes_unchanged() {
		var safe = answer(RoutingOutcome.PARTNER_ONLY, Agency.AMBULANCE, RiskLevel.LOW,
				ResponseGrade.RESOLUTION_WITHOUT_DEPLOYMENT, List.of(), List.of(ResponseAction.CALLER_INFORMED_OF_DECISION),
				"Under clause welfare-medical, the ambulance service responds and police do not attend.");

		assertThat(guard.check(routingCase(Situation.CONCERN_FOR_WELFARE, Fact.FALLEN_AT_HOME), ADULT, safe)).isSameAs(safe);
	}

	@Test
	void a_recorded_decision_that_sends_no_police_to_a_high_risk_falls_short() {
		var recommended = answer(RoutingOutcome.POLICE_PRIMARY, Agency.POLICE, RiskLevel.HIGH, ResponseGrade.EMERGENCY,
				List.of(), List.of(ResponseAction.SUPERVISOR_REVIEW));

		assertThat(guard.checkDecision(recommended, RoutingOutcome.PARTNER_ONLY)).singleElement().asString()
			.contains("no police to a high risk");
		assertThat(guard.checkDecision(recommended, RoutingOutcome.POLICE_PRIMARY)).isEmpty();
	}
}
