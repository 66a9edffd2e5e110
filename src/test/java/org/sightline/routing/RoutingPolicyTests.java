package org.sightline.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.sightline.assessment.AdultAtRiskPolicy;
import org.sightline.assessment.ChildSafeguardingPolicy;
import org.sightline.assessment.DashOutcome;
import org.sightline.assessment.DashPolicy;
import org.sightline.assessment.MaracReferralPolicy;
import org.sightline.assessment.MissingPersonRiskPolicy;
import org.sightline.assessment.ResponseAction;
import org.sightline.assessment.ResponseGrade;
import org.sightline.assessment.RiskLevel;
import org.sightline.assessment.RiskTools;
import org.sightline.partnership.AgreementRef;
import org.sightline.partnership.AgreementYaml;
import org.sightline.partnership.PartnershipAgreement;
import org.sightline.shared.Agency;
import org.sightline.shared.Fact;
import org.sightline.shared.Situation;

/** The routing rules, on the situations of REFERENCE §5 and §6, under the national RCRP agreement. */
class RoutingPolicyTests {

	static final PartnershipAgreement NATIONAL = AgreementYaml.nationalRcrp();

	final RoutingPolicy policy = RoutingPolicy.withDefaults();

	static RoutingCase routingCase(Situation situation, Integer age, Fact... facts) {
		return new RoutingCase(situation, Optional.empty(), age == null ? OptionalInt.empty() : OptionalInt.of(age),
				facts.length == 0 ? EnumSet.noneOf(Fact.class) : EnumSet.copyOf(Arrays.asList(facts)), Optional.empty(),
				OptionalInt.empty(), OptionalInt.empty(), Optional.empty());
	}

	static RoutingCase domesticAbuse(int yesAnswers, int incidents, Integer monthsSinceMarac, Fact... facts) {
		DashOutcome.Graded dash = (DashOutcome.Graded) new DashPolicy(RiskTools.bundled().require("DASH"))
			.gradeYesCount(yesAnswers, java.util.Set.of(facts), Optional.empty());
		return new RoutingCase(Situation.DOMESTIC_ABUSE, Optional.empty(), OptionalInt.of(30),
				facts.length == 0 ? EnumSet.noneOf(Fact.class) : EnumSet.copyOf(Arrays.asList(facts)), Optional.of(dash),
				OptionalInt.of(incidents), monthsSinceMarac == null ? OptionalInt.empty() : OptionalInt.of(monthsSinceMarac),
				Optional.empty());
	}

	RoutingRecommendation route(RoutingCase c) {
		return policy.route(c, NATIONAL);
	}

	@Test
	void a_voluntary_patient_who_walks_out_is_not_AWOL() {
		var r = route(routingCase(Situation.AWOL_FROM_MENTAL_HEALTH_UNIT, 40, Fact.INFORMAL_PATIENT, Fact.MENTAL_ILL_HEALTH));
		assertThat(r.situation()).isEqualTo(Situation.WALKOUT_FROM_HEALTH_SETTING);
		assertThat(r.actions()).contains(ResponseAction.NO_POWER_TO_RETURN_INFORMAL_PATIENT)
			.doesNotContain(ResponseAction.WARRANT_REQUIRED_FOR_ENTRY);
		assertThat(r.outcome()).isEqualTo(RoutingOutcome.PARTNER_ONLY);
		assertThat(r.primaryAgency()).contains(Agency.HEALTH_SETTING);
		assertThat(r.reasons()).anyMatch(reason -> reason.contains("not AWOL"));
	}

	@Test
	void a_detained_patient_who_is_AWOL_is_led_by_the_unit_with_police_supporting() {
		var r = route(routingCase(Situation.AWOL_FROM_MENTAL_HEALTH_UNIT, 40, Fact.DETAINED_UNDER_MHA));
		assertThat(r.outcome()).isEqualTo(RoutingOutcome.PARTNER_PRIMARY_POLICE_SUPPORTING);
		assertThat(r.primaryAgency()).contains(Agency.HEALTH_SETTING);
		assertThat(r.supportingAgencies()).contains(Agency.POLICE);
		assertThat(r.actions()).contains(ResponseAction.WARRANT_REQUIRED_FOR_ENTRY);
	}

	@Test
	void a_16_year_old_is_never_taken_to_a_police_station_as_a_place_of_safety() {
		var r = route(routingCase(Situation.SECTION_136_PLACE_OF_SAFETY, 16, Fact.MENTAL_ILL_HEALTH,
				Fact.IMMINENT_RISK_OF_SERIOUS_INJURY_OR_DEATH, Fact.NO_OTHER_PLACE_OF_SAFETY));
		assertThat(r.actions()).contains(ResponseAction.POLICE_STATION_NOT_PERMITTED_AS_PLACE_OF_SAFETY)
			.doesNotContain(ResponseAction.INSPECTOR_AUTHORITY_REQUIRED_FOR_POLICE_STATION);
	}

	@Test
	void an_adult_goes_to_a_police_station_only_with_imminent_risk_no_other_place_and_an_inspector() {
		var imminent = route(routingCase(Situation.SECTION_136_PLACE_OF_SAFETY, 30,
				Fact.IMMINENT_RISK_OF_SERIOUS_INJURY_OR_DEATH, Fact.NO_OTHER_PLACE_OF_SAFETY));
		assertThat(imminent.actions()).contains(ResponseAction.INSPECTOR_AUTHORITY_REQUIRED_FOR_POLICE_STATION);
		var calm = route(routingCase(Situation.SECTION_136_PLACE_OF_SAFETY, 30, Fact.NO_OTHER_PLACE_OF_SAFETY));
		assertThat(calm.actions()).contains(ResponseAction.POLICE_STATION_NOT_PERMITTED_AS_PLACE_OF_SAFETY);
	}

	@Test
	void arriving_at_a_health_place_of_safety_starts_the_one_hour_handover() {
		var r = route(routingCase(Situation.SECTION_136_PLACE_OF_SAFETY, 30, Fact.ARRIVED_AT_HEALTH_PLACE_OF_SAFETY));
		assertThat(r.actions()).contains(ResponseAction.HANDOVER_WITHIN_60_MINUTES);
		assertThat(r.outcome()).isEqualTo(RoutingOutcome.PARTNER_PRIMARY_POLICE_SUPPORTING);
		assertThat(r.primaryAgency()).contains(Agency.MENTAL_HEALTH_SERVICE);
		assertThat(r.timers()).extracting(t -> t.code()).containsExactly("HANDOVER", "S136_DETENTION_LIMIT");
	}

	@Test
	void a_crime_to_investigate_always_brings_police() {
		for (Situation situation : Situation.values()) {
			var r = route(routingCase(situation, 30, Fact.CRIME_TO_INVESTIGATE));
			assertThat(r.outcome()).as(situation.name()).isEqualTo(RoutingOutcome.POLICE_PRIMARY);
			assertThat(r.reasons()).as(situation.name()).anyMatch(reason -> reason.contains("always brings police"));
		}
	}

	@Test
	void a_real_and_immediate_risk_to_life_always_brings_police() {
		var r = route(routingCase(Situation.MEDICAL_INCIDENT, 70, Fact.AMBULANCE_DELAYED, Fact.REAL_IMMEDIATE_RISK_TO_LIFE));
		assertThat(r.outcome()).isEqualTo(RoutingOutcome.POLICE_PRIMARY);
		assertThat(r.supportingAgencies()).contains(Agency.AMBULANCE);
		assertThat(r.grade()).isEqualTo(ResponseGrade.EMERGENCY);
		assertThat(r.riskLevel()).isEqualTo(RiskLevel.HIGH);
	}

	@Test
	void a_concern_for_welfare_without_a_threshold_fact_is_for_the_partner_and_the_caller_is_told() {
		var r = route(routingCase(Situation.CONCERN_FOR_WELFARE, 82, Fact.FALLEN_AT_HOME, Fact.NOT_ANSWERING_DOOR));
		assertThat(r.outcome()).isEqualTo(RoutingOutcome.PARTNER_ONLY);
		assertThat(r.primaryAgency()).contains(Agency.AMBULANCE);
		assertThat(r.grade()).isEqualTo(ResponseGrade.RESOLUTION_WITHOUT_DEPLOYMENT);
		assertThat(r.actions()).contains(ResponseAction.CALLER_INFORMED_OF_DECISION);
		assertThat(r.reasons()).anyMatch(reason -> reason.contains("clause welfare-medical"));
	}

	@Test
	void a_concern_with_a_risk_of_serious_harm_meets_the_threshold_and_police_lead() {
		var r = route(routingCase(Situation.CONCERN_FOR_WELFARE, 25, Fact.SUICIDAL_IDEATION, Fact.RISK_OF_SERIOUS_HARM));
		assertThat(r.outcome()).isEqualTo(RoutingOutcome.POLICE_PRIMARY);
		assertThat(r.thresholdMet()).isTrue();
		assertThat(r.supportingAgencies()).contains(Agency.MENTAL_HEALTH_SERVICE);
		assertThat(r.actions()).doesNotContain(ResponseAction.CALLER_INFORMED_OF_DECISION);
	}

	@Test
	void nothing_to_act_on_is_advice_and_signposting_and_the_caller_is_told() {
		var r = route(routingCase(Situation.OTHER, 40));
		assertThat(r.outcome()).isEqualTo(RoutingOutcome.NO_AGENCY_ACTION);
		assertThat(r.primaryAgency()).isEmpty();
		assertThat(r.actions()).contains(ResponseAction.CALLER_INFORMED_OF_DECISION);
		assertThat(r.riskLevel()).isEqualTo(RiskLevel.NO_APPARENT_RISK);
	}

	@Test
	void the_contract_example_missing_person_with_dementia_in_adverse_weather_is_high_risk_and_police_led() {
		var r = route(routingCase(Situation.MISSING_PERSON, 81, Fact.DEMENTIA, Fact.ADVERSE_WEATHER, Fact.NO_ACCESS_TO_MEDICATION));
		assertThat(r.outcome()).isEqualTo(RoutingOutcome.POLICE_PRIMARY);
		assertThat(r.primaryAgency()).contains(Agency.POLICE);
		assertThat(r.riskLevel()).isEqualTo(RiskLevel.HIGH);
		assertThat(r.grade()).isEqualTo(ResponseGrade.EMERGENCY);
		assertThat(r.actions()).contains(ResponseAction.RECORD_INFORMATION_SOURCES, ResponseAction.SUPERVISOR_REVIEW);
		assertThat(r.agreement()).isEqualTo(new AgreementRef("national-rcrp", "2023-07-26"));
	}

	@Test
	void a_missing_15_year_old_in_care_with_a_CSE_marker_is_never_no_apparent_risk() {
		var r = route(routingCase(Situation.MISSING_PERSON, 15, Fact.IN_CARE, Fact.CSE_MARKER,
				Fact.REPEAT_MISSING_RETURNED_SAFELY_BEFORE));
		assertThat(r.riskLevel()).isNotEqualTo(RiskLevel.NO_APPARENT_RISK);
		assertThat(r.outcome()).isEqualTo(RoutingOutcome.POLICE_PRIMARY);
	}

	@Test
	void a_DASH_with_15_yes_answers_refers_to_MARAC_and_an_IDVA() {
		var r = route(domesticAbuse(15, 1, null));
		assertThat(r.riskLevel()).isEqualTo(RiskLevel.HIGH);
		assertThat(r.referrals()).contains(Agency.MARAC, Agency.IDVA);
		assertThat(r.actions()).contains(ResponseAction.SPEAK_TO_PERSON_ALONE, ResponseAction.SUPERVISOR_REVIEW);
		assertThat(r.outcome()).isEqualTo(RoutingOutcome.POLICE_PRIMARY);
	}

	@Test
	void a_third_domestic_incident_in_12_months_refers_to_MARAC_for_potential_escalation() {
		var r = route(domesticAbuse(5, 3, null));
		assertThat(r.riskLevel()).isEqualTo(RiskLevel.LOW);
		assertThat(r.referrals()).containsExactly(Agency.MARAC);
	}

	@Test
	void an_incident_within_12_months_of_a_MARAC_is_a_repeat_referral() {
		assertThat(route(domesticAbuse(5, 1, 8)).referrals()).contains(Agency.MARAC);
		assertThat(route(domesticAbuse(5, 1, 20)).referrals()).doesNotContain(Agency.MARAC);
	}

	@Test
	void a_caller_who_disputes_the_decision_is_escalated_to_a_supervisor() {
		var r = route(routingCase(Situation.CONCERN_FOR_WELFARE, 50, Fact.CALLER_DISPUTES_DECISION));
		assertThat(r.actions()).contains(ResponseAction.SUPERVISOR_REVIEW);
		assertThat(r.reasons()).anyMatch(reason -> reason.contains("duty inspector"));
	}

	@Test
	void an_adult_at_risk_who_meets_the_section_42_test_is_referred_to_adult_social_care() {
		var r = route(routingCase(Situation.ADULT_AT_RISK, 79, Fact.CARE_AND_SUPPORT_NEEDS, Fact.FINANCIAL_ABUSE,
				Fact.UNABLE_TO_PROTECT_SELF));
		assertThat(r.referrals()).contains(Agency.ADULT_SOCIAL_CARE);
		assertThat(r.outcome()).isEqualTo(RoutingOutcome.PARTNER_ONLY);
	}

	@Test
	void a_vulnerability_alone_is_recorded_without_a_risk_flag() {
		var r = route(routingCase(Situation.CONCERN_FOR_WELFARE, 30, Fact.LEARNING_DISABILITY, Fact.WELL_SUPPORTED));
		assertThat(r.riskLevel()).isEqualTo(RiskLevel.LOW);
		assertThat(r.actions()).contains(ResponseAction.RECORD_VULNERABILITY_WITHOUT_RISK_FLAG);
	}

	@Test
	void every_recommendation_says_who_responds_and_why_and_how_fast_police_go() {
		for (Situation situation : Situation.values()) {
			var r = route(routingCase(situation, 30));
			assertThat(r.clauseId()).as(situation.name()).isNotBlank();
			// who responds, in the words of the agreement's clause or the police threshold
			assertThat(r.reasons()).as(situation.name() + ": who responds")
				.anySatisfy(reason -> assertThat(reason).containsIgnoringCase("police"));
			if (r.outcome().policeAttend()) {
				assertThat(r.reasons()).as(situation.name() + ": how fast").anySatisfy(reason -> assertThat(reason)
					.containsAnyOf("emergency response", "priority response", "scheduled response"));
			}
		}
	}
}
