package org.sightline.assessment;

import org.sightline.shared.Fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.assessment.DashAnswersBuilder.allNo;
import static org.sightline.assessment.DashAnswersBuilder.firstYes;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sightline.shared.Violation;

class DashPolicyTests {

	private final DashPolicy policy = new DashPolicy(DashAnswersBuilder.DASH);

	private static final Optional<ProfessionalJudgement> NO_JUDGEMENT = Optional.empty();

	private DashOutcome.Graded graded(DashOutcome outcome) {
		assertThat(outcome).isInstanceOf(DashOutcome.Graded.class);
		return (DashOutcome.Graded) outcome;
	}

	private DashOutcome.Rejected rejected(DashOutcome outcome) {
		assertThat(outcome).isInstanceOf(DashOutcome.Rejected.class);
		return (DashOutcome.Rejected) outcome;
	}

	@Test
	void a_DASH_with_15_yes_answers_is_high_risk() {
		DashOutcome.Graded grade = graded(policy.grade(firstYes(15).build(), Set.of(), NO_JUDGEMENT));

		assertThat(grade.yesAnswers()).isEqualTo(15);
		assertThat(grade.level().code()).isEqualTo("HIGH");
		assertThat(grade.riskLevel()).isEqualTo(RiskLevel.HIGH);
		assertThat(grade.countIsHighRisk()).isTrue();
		assertThat(grade.reasons()).first().asString()
			.isEqualTo("DASH v2009.1: 15 of 27 answers yes; 14 or more is HIGH (REFERENCE §6.1).");
	}

	@Test
	void a_DASH_with_14_yes_answers_is_high_risk_and_13_is_medium() {
		assertThat(graded(policy.grade(firstYes(14).build(), Set.of(), NO_JUDGEMENT)).level().code()).isEqualTo("HIGH");
		assertThat(graded(policy.grade(firstYes(13).build(), Set.of(), NO_JUDGEMENT)).level().code()).isEqualTo("MEDIUM");
	}

	@Test
	void a_DASH_with_10_yes_answers_is_medium_and_9_is_standard() {
		assertThat(graded(policy.grade(firstYes(10).build(), Set.of(), NO_JUDGEMENT)).level().code()).isEqualTo("MEDIUM");
		assertThat(graded(policy.grade(firstYes(9).build(), Set.of(), NO_JUDGEMENT)).level().code()).isEqualTo("STANDARD");
	}

	@Test
	void a_DASH_standard_is_reported_as_low_shared_risk() {
		DashOutcome.Graded grade = graded(policy.grade(allNo().build(), Set.of(), NO_JUDGEMENT));

		assertThat(grade.level().code()).isEqualTo("STANDARD");
		assertThat(grade.riskLevel()).isEqualTo(RiskLevel.LOW);
	}

	@Test
	void the_DASH_thresholds_come_from_the_tool_definition_not_from_code() {
		RiskTool stricter = RiskTools.read("""
				code: DASH
				version: "force-variant"
				title: DASH with a lower high-risk threshold
				grading: SCORE
				scoring: COUNT_YES
				levels:
				  - { code: STANDARD, from: 0, to: 1, riskLevel: LOW }
				  - { code: HIGH, from: 2, riskLevel: HIGH }
				questions:
				  - { code: A, text: "A?" }
				  - { code: B, text: "B?" }
				  - { code: C, text: "C?" }
				""", "force-dash.yml");

		DashOutcome.Graded grade = graded(new DashPolicy(stricter)
			.grade(java.util.Map.of("A", "YES", "B", "YES", "C", "NO"), Set.of(), NO_JUDGEMENT));

		assertThat(grade.level().code()).isEqualTo("HIGH");
		assertThat(grade.tool()).isEqualTo(new ToolVersion("DASH", "force-variant"));
	}

	@Test
	void every_DASH_result_records_the_tool_code_and_version_that_produced_it() {
		assertThat(policy.grade(allNo().build(), Set.of(), NO_JUDGEMENT).tool())
			.isEqualTo(new ToolVersion("DASH", "2009.1"));
		assertThat(policy.grade(allNo().without("SEPARATION").build(), Set.of(), NO_JUDGEMENT).tool())
			.isEqualTo(new ToolVersion("DASH", "2009.1"));
	}

	@Test
	void an_incomplete_DASH_is_rejected_naming_the_missing_questions() {
		DashOutcome.Rejected rejection = rejected(
				policy.grade(firstYes(20).without("SEPARATION", "STRANGULATION").build(), Set.of(), NO_JUDGEMENT));

		assertThat(rejection.problems()).extracting(Violation::field)
			.containsExactly("answers.SEPARATION", "answers.STRANGULATION");
		assertThat(rejection.reasons()).containsExactly(
				"Question 6 (SEPARATION) has no answer: answer YES, NO or NOT_KNOWN",
				"Question 18 (STRANGULATION) has no answer: answer YES, NO or NOT_KNOWN");
	}

	@Test
	void a_DASH_answer_other_than_yes_no_or_not_known_is_rejected_naming_the_question() {
		DashOutcome.Rejected rejection = rejected(policy.grade(
				allNo().answer("MAYBE", "WEAPONS_USED").answer("", "HARMED_ANIMALS").build(), Set.of(), NO_JUDGEMENT));

		assertThat(rejection.problems()).extracting(Violation::field)
			.containsExactly("answers.WEAPONS_USED", "answers.HARMED_ANIMALS");
		assertThat(rejection.reasons().get(0)).contains("'MAYBE'");
	}

	@Test
	void an_answer_to_a_question_the_DASH_does_not_have_is_rejected() {
		DashOutcome.Rejected rejection = rejected(
				policy.grade(allNo().yes("FAVOURITE_COLOUR").build(), Set.of(), NO_JUDGEMENT));

		assertThat(rejection.problems()).extracting(Violation::field).containsExactly("answers.FAVOURITE_COLOUR");
	}

	@Test
	void not_known_is_not_counted_as_yes_and_is_named_in_the_reasons() {
		DashOutcome.Graded grade = graded(
				policy.grade(firstYes(13).notKnown("CRIMINAL_HISTORY", "HURT_OTHERS").build(), Set.of(), NO_JUDGEMENT));

		assertThat(grade.yesAnswers()).isEqualTo(13);
		assertThat(grade.level().code()).isEqualTo("MEDIUM");
		assertThat(grade.notKnown()).containsExactly("HURT_OTHERS", "CRIMINAL_HISTORY");
		assertThat(grade.reasons()).anyMatch(r -> r.contains("not counted as yes (HURT_OTHERS, CRIMINAL_HISTORY)"));
	}

	@Test
	void judgement_may_raise_a_DASH_medium_to_high() {
		DashOutcome.Graded grade = graded(policy.grade(firstYes(11).build(), Set.of(),
				Optional.of(new ProfessionalJudgement("HIGH", "Recent separation and he has a key"))));

		assertThat(grade.toolLevel().code()).isEqualTo("MEDIUM");
		assertThat(grade.level().code()).isEqualTo("HIGH");
		assertThat(grade.riskLevel()).isEqualTo(RiskLevel.HIGH);
		assertThat(grade.raisedByJudgement()).isTrue();
		assertThat(grade.countIsHighRisk()).isFalse();
		assertThat(grade.reasons()).anyMatch(r -> r.startsWith("Professional judgement raises the grade from MEDIUM to HIGH"));
	}

	@Test
	void judgement_cannot_lower_a_DASH_high() {
		DashOutcome.Rejected rejection = rejected(policy.grade(firstYes(15).build(), Set.of(),
				Optional.of(new ProfessionalJudgement("MEDIUM", "She says it was a one-off"))));

		assertThat(rejection.problems()).extracting(Violation::field).containsExactly("judgement.level");
		assertThat(rejection.reasons()).containsExactly("Professional judgement cannot lower a DASH grade: 15 of 27 "
				+ "answers yes is HIGH, and MEDIUM is below it. Judgement may raise the grade, never lower it (REFERENCE §6.1).");
	}

	@Test
	void judgement_cannot_lower_a_count_only_DASH_either() {
		DashOutcome outcome = policy.gradeYesCount(12, Set.of(),
				Optional.of(new ProfessionalJudgement("STANDARD", "Seems calm now")));

		assertThat(rejected(outcome).problems()).extracting(Violation::field).containsExactly("judgement.level");
	}

	@Test
	void judgement_must_be_explained_and_name_a_level_of_the_tool() {
		DashOutcome.Rejected rejection = rejected(
				policy.grade(allNo().build(), Set.of(), Optional.of(new ProfessionalJudgement("SEVERE", " "))));

		assertThat(rejection.problems()).extracting(Violation::field)
			.containsExactly("judgement.rationale", "judgement.level");
	}

	@Test
	void judgement_equal_to_the_tool_grade_confirms_it() {
		DashOutcome.Graded grade = graded(policy.grade(allNo().build(), Set.of(),
				Optional.of(new ProfessionalJudgement("STANDARD", "Nothing more than the answers show"))));

		assertThat(grade.raisedByJudgement()).isFalse();
		assertThat(grade.reasons()).contains("Professional judgement confirms STANDARD.");
	}

	@Test
	void high_risk_factors_answered_yes_are_named() {
		DashOutcome.Graded grade = graded(policy.grade(allNo().yes("STRANGULATION", "HARMED_ANIMALS").build(), Set.of(),
				NO_JUDGEMENT));

		assertThat(grade.highRiskFactorsAnsweredYes()).containsExactly("STRANGULATION");
	}

	@Test
	void non_fatal_strangulation_is_a_red_flag_supporting_judgement_even_on_a_standard_count() {
		DashOutcome.Graded grade = graded(policy.grade(allNo().yes("STRANGULATION").build(), Set.of(), NO_JUDGEMENT));

		assertThat(grade.level().code()).isEqualTo("STANDARD");
		assertThat(grade.redFlags()).containsExactly(DashRedFlag.NON_FATAL_STRANGULATION);
		assertThat(grade.reasons())
			.anyMatch(r -> r.startsWith("Red flag: non-fatal strangulation (question 18 (STRANGULATION) answered yes)"))
			.contains("Consider whether professional judgement should raise the grade above STANDARD.");
	}

	@Test
	void separation_with_coercive_control_and_violence_is_the_cluster_red_flag() {
		DashOutcome.Graded cluster = graded(policy.grade(
				allNo().yes("SEPARATION", "CONTROLLING_OR_JEALOUS", "CURRENT_INJURY").build(), Set.of(), NO_JUDGEMENT));
		DashOutcome.Graded noViolence = graded(policy.grade(
				allNo().yes("SEPARATION", "CONTROLLING_OR_JEALOUS").build(), Set.of(), NO_JUDGEMENT));

		assertThat(cluster.redFlags()).contains(DashRedFlag.SEPARATION_WITH_CONTROL_AND_VIOLENCE);
		assertThat(noViolence.redFlags()).doesNotContain(DashRedFlag.SEPARATION_WITH_CONTROL_AND_VIOLENCE);
	}

	@Test
	void stalking_threats_to_kill_the_victims_fear_and_escalation_are_red_flags() {
		DashOutcome.Graded grade = graded(policy.grade(
				allNo().yes("STALKING_HARASSMENT", "THREATS_TO_KILL", "VERY_FRIGHTENED", "GETTING_WORSE").build(),
				Set.of(), NO_JUDGEMENT));

		assertThat(grade.redFlags()).containsExactlyInAnyOrder(DashRedFlag.STALKING, DashRedFlag.THREATS_TO_KILL,
				DashRedFlag.VICTIM_FEAR, DashRedFlag.ESCALATION);
	}

	@Test
	void honour_based_abuse_reported_as_a_fact_is_a_red_flag() {
		DashOutcome.Graded grade = graded(
				policy.grade(allNo().build(), Set.of(Fact.HONOUR_BASED_ABUSE), NO_JUDGEMENT));

		assertThat(grade.redFlags()).containsExactly(DashRedFlag.HONOUR_BASED_ABUSE);
		assertThat(grade.reasons()).anyMatch(r -> r.contains("(fact HONOUR_BASED_ABUSE)"));
	}

	@Test
	void a_red_flag_does_not_change_the_grade_by_itself() {
		DashOutcome.Graded grade = graded(policy.grade(allNo().build(),
				Set.of(Fact.THREATS_TO_KILL, Fact.NON_FATAL_STRANGULATION), NO_JUDGEMENT));

		assertThat(grade.redFlags()).hasSize(2);
		assertThat(grade.level().code()).isEqualTo("STANDARD");
	}

	@Test
	void a_yes_count_alone_is_graded_with_the_same_thresholds() {
		DashOutcome.Graded grade = graded(policy.gradeYesCount(9, Set.of(Fact.RECENT_SEPARATION,
				Fact.COERCIVE_CONTROL, Fact.NON_FATAL_STRANGULATION), NO_JUDGEMENT));

		assertThat(grade.level().code()).isEqualTo("STANDARD");
		assertThat(grade.riskLevel()).isEqualTo(RiskLevel.LOW);
		assertThat(grade.redFlags()).contains(DashRedFlag.SEPARATION_WITH_CONTROL_AND_VIOLENCE,
				DashRedFlag.NON_FATAL_STRANGULATION);
		assertThat(grade.reasons().get(0)).contains("9 of 27 answers yes (count given; answers not seen)");
	}

	@Test
	void a_yes_count_outside_0_to_27_is_rejected() {
		assertThat(rejected(policy.gradeYesCount(28, Set.of(), NO_JUDGEMENT)).problems())
			.extracting(Violation::field).containsExactly("yesAnswers");
		assertThat(policy.gradeYesCount(-1, Set.of(), NO_JUDGEMENT)).isInstanceOf(DashOutcome.Rejected.class);
	}
}
