package org.sightline.assessment;

import org.sightline.shared.Fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sightline.shared.Violation;

class MissingPersonRiskPolicyTests {

	private final MissingPersonRiskPolicy policy = new MissingPersonRiskPolicy();

	private static final InformationItem FROM_DAUGHTER = new InformationItem("Left home on foot without his tablets",
			"Daughter", "07700 900123", Instant.parse("2026-01-10T18:05:00Z"));

	private MissingPersonOutcome.Graded graded(int age, Fact... facts) {
		MissingPersonOutcome outcome = policy.assess(new MissingPersonReport(OptionalInt.of(age), Set.of(facts), List.of()));
		assertThat(outcome).isInstanceOf(MissingPersonOutcome.Graded.class);
		return (MissingPersonOutcome.Graded) outcome;
	}

	@Test
	void an_older_person_with_dementia_without_medication_in_adverse_weather_is_high_risk() {
		MissingPersonOutcome.Graded grade = graded(81, Fact.DEMENTIA, Fact.ADVERSE_WEATHER, Fact.NO_ACCESS_TO_MEDICATION);

		assertThat(grade.level()).isEqualTo(RiskLevel.HIGH);
		assertThat(grade.reasons().get(0)).contains("DEMENTIA", "ADVERSE_WEATHER", "NO_ACCESS_TO_MEDICATION",
				"serious harm is very likely");
	}

	@Test
	void suicidal_thoughts_make_a_missing_person_high_risk() {
		assertThat(graded(34, Fact.SUICIDAL_IDEATION).level()).isEqualTo(RiskLevel.HIGH);
	}

	@Test
	void one_risk_factor_alone_is_medium_risk() {
		assertThat(graded(40, Fact.ENVIRONMENTAL_HAZARD).level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(graded(70, Fact.DEMENTIA).level()).isEqualTo(RiskLevel.MEDIUM);
	}

	@Test
	void an_adult_with_no_risk_factor_is_low_risk() {
		MissingPersonOutcome.Graded grade = graded(30);

		assertThat(grade.level()).isEqualTo(RiskLevel.LOW);
		assertThat(grade.reasons().get(0)).contains("harm is possible but minimal");
	}

	@Test
	void coming_back_safely_before_never_lowers_an_adults_grade_no_fact_lowers_a_level() {
		MissingPersonOutcome.Graded grade = graded(30, Fact.REPEAT_MISSING_RETURNED_SAFELY_BEFORE);
		assertThat(grade.level()).isEqualTo(RiskLevel.LOW);
		assertThat(grade.reasons()).anyMatch(r -> r.contains("does not lower the grade"));
	}

	@Test
	void a_detained_patient_who_is_absent_is_at_least_medium_risk() {
		assertThat(graded(40, Fact.DETAINED_UNDER_MHA).level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(graded(40, Fact.PART_III_PATIENT).reasons()).anyMatch(r -> r.contains("Part III"));
	}

	@Test
	void a_missing_person_who_poses_a_risk_of_serious_harm_to_others_is_high_risk() {
		assertThat(graded(40, Fact.RISK_TO_OTHERS).level()).isEqualTo(RiskLevel.HIGH);
	}

	@Test
	void coming_back_safely_before_does_not_lower_an_adult_with_a_risk_factor() {
		assertThat(graded(30, Fact.REPEAT_MISSING_RETURNED_SAFELY_BEFORE, Fact.MENTAL_ILL_HEALTH).level())
			.isEqualTo(RiskLevel.MEDIUM);
	}

	@Test
	void a_15_year_old_in_care_with_a_CSE_marker_is_never_no_apparent_risk() {
		MissingPersonOutcome.Graded grade = graded(15, Fact.IN_CARE, Fact.CSE_MARKER,
				Fact.REPEAT_MISSING_RETURNED_SAFELY_BEFORE);

		assertThat(grade.level()).isNotEqualTo(RiskLevel.NO_APPARENT_RISK).isEqualTo(RiskLevel.MEDIUM);
		assertThat(grade.reasons()).anyMatch(r -> r.startsWith("A child with exploitation markers (CSE_MARKER)"))
			.anyMatch(r -> r.contains("never lowers a child's grade"));
	}

	@Test
	void a_child_with_exploitation_markers_is_at_least_medium_risk() {
		assertThat(graded(16, Fact.CCE_MARKER).level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(graded(16, Fact.EXPLOITATION).level()).isEqualTo(RiskLevel.MEDIUM);
	}

	@Test
	void a_child_who_came_back_safely_before_is_never_no_apparent_risk() {
		assertThat(graded(17, Fact.REPEAT_MISSING_RETURNED_SAFELY_BEFORE).level()).isEqualTo(RiskLevel.LOW);
	}

	@Test
	void a_young_child_is_at_least_medium_risk_and_the_age_is_a_force_setting() {
		assertThat(graded(8).level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(graded(12).level()).isEqualTo(RiskLevel.LOW);
		assertThat(new MissingPersonRiskPolicy(18, 14)
			.assess(new MissingPersonReport(OptionalInt.of(12), Set.of(), List.of())))
			.extracting(o -> ((MissingPersonOutcome.Graded) o).level())
			.isEqualTo(RiskLevel.MEDIUM);
	}

	@Test
	void a_child_at_significant_risk_prompts_a_Child_Rescue_Alert() {
		MissingPersonOutcome.Graded grade = graded(13, Fact.SUICIDAL_IDEATION);

		assertThat(grade.actions()).contains(ResponseAction.CONSIDER_CHILD_RESCUE_ALERT);
	}

	@Test
	void an_adult_at_high_risk_does_not_prompt_a_Child_Rescue_Alert() {
		assertThat(graded(18, Fact.SUICIDAL_IDEATION).actions()).doesNotContain(ResponseAction.CONSIDER_CHILD_RESCUE_ALERT);
	}

	@Test
	void a_child_at_medium_risk_does_not_prompt_a_Child_Rescue_Alert() {
		assertThat(graded(15, Fact.CSE_MARKER).actions()).doesNotContain(ResponseAction.CONSIDER_CHILD_RESCUE_ALERT);
	}

	@Test
	void recording_information_sources_is_always_required_and_a_supervisor_always_reviews() {
		assertThat(graded(30, Fact.REPEAT_MISSING_RETURNED_SAFELY_BEFORE).actions())
			.containsExactly(ResponseAction.RECORD_INFORMATION_SOURCES, ResponseAction.SUPERVISOR_REVIEW);
	}

	@Test
	void information_with_its_source_contact_and_time_is_accepted() {
		MissingPersonOutcome outcome = policy.assess(
				new MissingPersonReport(OptionalInt.of(81), Set.of(Fact.DEMENTIA), List.of(FROM_DAUGHTER)));

		assertThat(outcome).isInstanceOf(MissingPersonOutcome.Graded.class);
	}

	@Test
	void information_without_its_source_contact_details_or_time_is_rejected() {
		InformationItem unsourced = new InformationItem("Seen near the canal", " ", null, null);

		MissingPersonOutcome outcome = policy.assess(
				new MissingPersonReport(OptionalInt.of(81), Set.of(), List.of(FROM_DAUGHTER, unsourced)));

		assertThat(outcome).isInstanceOf(MissingPersonOutcome.Rejected.class);
		assertThat(((MissingPersonOutcome.Rejected) outcome).problems()).extracting(Violation::field)
			.containsExactly("information[1].source", "information[1].sourceContact", "information[1].obtainedAt");
	}

	@Test
	void an_unknown_age_is_never_treated_as_an_adult_for_no_apparent_risk() {
		MissingPersonOutcome outcome = policy.assess(new MissingPersonReport(OptionalInt.empty(),
				Set.of(Fact.REPEAT_MISSING_RETURNED_SAFELY_BEFORE), List.of()));

		MissingPersonOutcome.Graded grade = (MissingPersonOutcome.Graded) outcome;
		assertThat(grade.level()).isEqualTo(RiskLevel.LOW);
		assertThat(grade.reasons()).anyMatch(r -> r.startsWith("Age not known"));
	}

	@Test
	void a_young_child_age_above_the_adult_age_is_a_configuration_error() {
		assertThatThrownBy(() -> new MissingPersonRiskPolicy(18, 19)).isInstanceOf(IllegalArgumentException.class);
	}
}
