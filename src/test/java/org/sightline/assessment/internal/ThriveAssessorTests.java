package org.sightline.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sightline.assessment.AssessmentFixtures.initial;
import static org.sightline.assessment.AssessmentFixtures.person;
import static org.sightline.assessment.AssessmentFixtures.reassessment;
import static org.sightline.assessment.AssessmentFixtures.snapshot;
import static org.sightline.assessment.AssessmentFixtures.withTools;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.assessment.AdultAtRiskPolicy;
import org.sightline.assessment.AssessmentFixtures;
import org.sightline.assessment.AssessmentTrigger;
import org.sightline.assessment.AssessmentView;
import org.sightline.assessment.ChildSafeguardingPolicy;
import org.sightline.assessment.DashAnswersBuilder;
import org.sightline.assessment.InformationItem;
import org.sightline.assessment.MissingPersonRiskPolicy;
import org.sightline.assessment.RcrpThresholdPolicy;
import org.sightline.assessment.RecordAssessment;
import org.sightline.assessment.ResponseGrade;
import org.sightline.assessment.RiskLevel;
import org.sightline.assessment.RiskTool;
import org.sightline.assessment.RiskTools;
import org.sightline.assessment.ThriveSettings;
import org.sightline.shared.Actor;
import org.sightline.shared.ConflictException;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Role;
import org.sightline.shared.Situation;
import org.sightline.shared.Violation;

public class ThriveAssessorTests {

	static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
	static final Actor RESPONDER = new Actor("responder", "PC Rao", Set.of(Role.RESPONDER), Optional.empty());

	final AssessmentView.SnapshotPerson victim = person("Sam Taylor", "VICTIM", 35, "MENTAL_ILL_HEALTH");
	final AssessmentView.SnapshotPerson child = person("Alex Taylor", "CHILD_PRESENT", 6);
	final AssessmentView.Snapshot domesticAbuse = snapshot(Situation.DOMESTIC_ABUSE, victim, child);

	ThriveAssessor assessor = assessor(new ThriveSettings(null, null, null));

	static ThriveAssessor assessor(ThriveSettings settings) {
		return new ThriveAssessor(settings, RiskTools.bundled(), new MissingPersonRiskPolicy(),
				new ChildSafeguardingPolicy(), new AdultAtRiskPolicy(), new RcrpThresholdPolicy());
	}

	List<RecordAssessment.PersonRisk> risks(String victimLevel, String childLevel) {
		return List.of(new RecordAssessment.PersonRisk(victim.id(), victimLevel),
				new RecordAssessment.PersonRisk(child.id(), childLevel));
	}

	ThriveAssessor.Assessed assess(RecordAssessment command) {
		return assessor.assess(UUID.randomUUID(), domesticAbuse, Optional.empty(), command, RESPONDER, NOW);
	}

	List<String> rejectedFields(RecordAssessment command) {
		try {
			assess(command);
		}
		catch (InvalidInputException e) {
			return e.violations().stream().map(Violation::field).toList();
		}
		throw new AssertionError("expected the assessment to be rejected");
	}

	RecordAssessment.ToolAnswers dash(int yes, String judgementLevel) {
		Map<String, String> answers = DashAnswersBuilder.firstYes(yes).build();
		return new RecordAssessment.ToolAnswers("DASH", victim.id(), answers,
				judgementLevel == null ? null : new RecordAssessment.Judgement(judgementLevel, "Strangulation last week."));
	}

	@Test
	void a_complete_assessment_records_grade_rationale_and_a_snapshot_of_what_was_known() {
		AssessmentView view = assess(initial(risks("MEDIUM", "MEDIUM"))).view();
		assertThat(view.version()).isEqualTo(1);
		assertThat(view.grade()).isEqualTo(ResponseGrade.PRIORITY);
		assertThat(view.gradeDisplayCode()).isEqualTo("Grade 2");
		assertThat(view.targetMinutes()).isEqualTo(60);
		assertThat(view.elements()).extracting(AssessmentView.ElementFinding::code)
			.containsExactly("THREAT", "HARM", "RISK", "INVESTIGATION", "VULNERABILITY", "ENGAGEMENT");
		assertThat(view.rationale()).hasSize(6);
		assertThat(view.rationale().get(3).notApplicableBecause()).isEqualTo("No powers used yet: still on the call.");
		assertThat(view.snapshot().people()).extracting(AssessmentView.SnapshotPerson::name)
			.containsExactly("Sam Taylor", "Alex Taylor");
		assertThat(view.changes()).containsExactly("First assessment");
	}

	@Test
	void an_assessment_without_a_rationale_is_rejected() {
		var command = new RecordAssessment("INITIAL", null, null, AssessmentFixtures.allElements(), "PRIORITY", Map.of(),
				risks("LOW", "LOW"), List.of(), null, List.of(), null);
		assertThat(rejectedFields(command)).containsExactly("rationale");
	}

	@Test
	void every_NDM_stage_needs_content_or_a_reason_it_does_not_apply() {
		var rationale = new LinkedHashMap<>(AssessmentFixtures.fullRationale());
		rationale.put("OPTIONS", new RecordAssessment.Rationale(" ", null));
		rationale.put("INFORMATION", new RecordAssessment.Rationale("Read the log", "Nothing to read"));
		var command = new RecordAssessment("INITIAL", null, null, AssessmentFixtures.allElements(), "PRIORITY", rationale,
				risks("LOW", "LOW"), List.of(), null, List.of(), null);
		assertThat(rejectedFields(command)).containsExactly("rationale.INFORMATION", "rationale.OPTIONS");
	}

	@Test
	void an_unknown_element_code_is_rejected() {
		var elements = new LinkedHashMap<>(AssessmentFixtures.allElements());
		elements.put("HOROSCOPE", "Mercury in retrograde");
		var command = new RecordAssessment("INITIAL", null, null, elements, "PRIORITY", AssessmentFixtures.fullRationale(),
				risks("LOW", "LOW"), List.of(), null, List.of(), null);
		assertThat(rejectedFields(command)).containsExactly("elements.HOROSCOPE");
	}

	@Test
	void a_mandatory_element_a_force_adds_must_be_recorded() {
		var settings = new ThriveSettings(null,
				List.of(new ThriveSettings.Element("SCENE_PRESERVATION", "Scene preservation", true),
						new ThriveSettings.Element("PREVENTION", "Prevention", false)),
				Map.of(ResponseGrade.PRIORITY, new ThriveSettings.Grade("P", 45)));
		assessor = assessor(settings);
		assertThat(rejectedFields(initial(risks("LOW", "LOW")))).containsExactly("elements.SCENE_PRESERVATION");

		var elements = new LinkedHashMap<>(AssessmentFixtures.allElements());
		elements.put("SCENE_PRESERVATION", "Told caller not to clean up.");
		var command = new RecordAssessment("INITIAL", null, null, elements, "PRIORITY", AssessmentFixtures.fullRationale(),
				risks("LOW", "LOW"), List.of(), null, List.of(), null);
		AssessmentView view = assess(command).view();
		assertThat(view.elements()).extracting(AssessmentView.ElementFinding::code).contains("SCENE_PRESERVATION");
		assertThat(view.gradeDisplayCode()).isEqualTo("P");
		assertThat(view.targetMinutes()).isEqualTo(45);
	}

	@Test
	void every_person_in_the_encounter_needs_a_risk_level_and_it_is_a_risk_level_code() {
		var command = initial(List.of(new RecordAssessment.PersonRisk(victim.id(), "SEVERE")));
		assertThat(rejectedFields(command)).containsExactly("personRisks[0].riskLevel", "personRisks[1]");
		var stranger = initial(List.of(new RecordAssessment.PersonRisk(UUID.randomUUID(), "LOW"),
				new RecordAssessment.PersonRisk(victim.id(), "LOW"), new RecordAssessment.PersonRisk(child.id(), "LOW")));
		assertThat(rejectedFields(stranger)).containsExactly("personRisks[0].personId");
	}

	@Test
	void a_vulnerability_alone_never_sets_a_risk_level() {
		AssessmentView view = assess(initial(risks("NO_APPARENT_RISK", "LOW"))).view();
		assertThat(view.personRisks()).extracting(AssessmentView.PersonRiskView::riskLevel)
			.containsExactly(RiskLevel.NO_APPARENT_RISK, RiskLevel.LOW);
	}

	@Test
	void a_DASH_with_15_yes_answers_is_high_risk_and_goes_to_a_supervisor() {
		var assessed = assess(withTools(initial(risks("HIGH", "MEDIUM")), List.of(dash(15, null))));
		AssessmentView.ToolResult result = assessed.view().tools().get(0);
		assertThat(result.yesAnswers()).isEqualTo(15);
		assertThat(result.riskLevel()).isEqualTo(RiskLevel.HIGH);
		assertThat(assessed.supervisorReasons()).containsKey("HIGH_RISK");
	}

	@Test
	void each_assessment_records_the_tool_code_and_version_it_used() {
		AssessmentView.ToolResult result = assess(withTools(initial(risks("LOW", "LOW")), List.of(dash(2, null))))
			.view().tools().get(0);
		assertThat(result.tool()).isEqualTo("DASH");
		assertThat(result.toolVersion()).isEqualTo(RiskTools.bundled().require("DASH").version());
		assertThat(result.answers()).hasSize(27);
	}

	@Test
	void judgement_cannot_lower_a_DASH_high() {
		assertThat(rejectedFields(withTools(initial(risks("MEDIUM", "LOW")), List.of(dash(15, null)))))
			.containsExactly("personRisks[0].riskLevel");
		assertThat(rejectedFields(withTools(initial(risks("HIGH", "LOW")), List.of(dash(15, "MEDIUM")))))
			.containsExactly("tools[0].judgement.level");
	}

	@Test
	void judgement_that_raises_a_DASH_grade_goes_to_a_supervisor() {
		var assessed = assess(withTools(initial(risks("HIGH", "LOW")), List.of(dash(3, "HIGH"))));
		assertThat(assessed.view().tools().get(0).toolLevel()).isEqualTo("STANDARD");
		assertThat(assessed.view().tools().get(0).finalLevel()).isEqualTo("HIGH");
		assertThat(assessed.supervisorReasons().keySet()).anyMatch(k -> k.startsWith("JUDGEMENT_DIFFERS_FROM_TOOL"));
	}

	@Test
	void an_incomplete_DASH_is_rejected_naming_the_missing_question() {
		var answers = DashAnswersBuilder.allNo().without("STRANGULATION").build();
		var tool = new RecordAssessment.ToolAnswers("DASH", victim.id(), answers, null);
		assertThat(rejectedFields(withTools(initial(risks("LOW", "LOW")), List.of(tool))))
			.containsExactly("tools[0].answers.STRANGULATION");
	}

	@Test
	void an_unknown_tool_is_rejected() {
		var tool = new RecordAssessment.ToolAnswers("TAROT", victim.id(), Map.of(), null);
		assertThat(rejectedFields(withTools(initial(risks("LOW", "LOW")), List.of(tool)))).containsExactly("tools[0].tool");
	}

	@Test
	void a_15_year_old_in_care_with_a_CSE_marker_is_never_no_apparent_risk() {
		var missingChild = person("Jade Ellis", "SUBJECT", 15, "IN_CARE", "CSE_MARKER");
		var snapshot = snapshot(Situation.MISSING_PERSON, missingChild);
		var information = List.of(new InformationItem("Left the care home at 8pm", "Care home manager",
				"01234 567890", NOW.minusSeconds(3600)));
		// (and any missing child, markers or not: see a_missing_child_is_never_no_apparent_risk)
		var command = new RecordAssessment("INITIAL", null, null, AssessmentFixtures.allElements(), "PRIORITY",
				AssessmentFixtures.fullRationale(), List.of(new RecordAssessment.PersonRisk(missingChild.id(), "NO_APPARENT_RISK")),
				List.of(), null, List.of(), new RecordAssessment.MissingPerson(missingChild.id(), information));
		assertThatThrownBy(() -> assessor.assess(UUID.randomUUID(), snapshot, Optional.empty(), command, RESPONDER, NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("never graded no apparent risk");
	}

	@Test
	void a_missing_child_is_never_no_apparent_risk() {
		var missingChild = person("Leo Grant", "SUBJECT", 13);
		var snapshot = snapshot(Situation.MISSING_PERSON, missingChild);
		var command = new RecordAssessment("INITIAL", null, null, AssessmentFixtures.allElements(), "PRIORITY",
				AssessmentFixtures.fullRationale(), List.of(new RecordAssessment.PersonRisk(missingChild.id(), "NO_APPARENT_RISK")),
				List.of(), null, List.of(), null);
		assertThatThrownBy(() -> assessor.assess(UUID.randomUUID(), snapshot, Optional.empty(), command, RESPONDER, NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("never graded no apparent risk");
	}

	@Test
	void missing_person_information_needs_its_source_contact_and_time() {
		var missing = person("Ray Hollis", "SUBJECT", 81, "DEMENTIA");
		var snapshot = snapshot(Situation.MISSING_PERSON, missing);
		var command = new RecordAssessment("INITIAL", null, null, AssessmentFixtures.allElements(), "EMERGENCY",
				AssessmentFixtures.fullRationale(), List.of(new RecordAssessment.PersonRisk(missing.id(), "HIGH")),
				List.of("ADVERSE_WEATHER", "NO_ACCESS_TO_MEDICATION"), null, List.of(),
				new RecordAssessment.MissingPerson(missing.id(),
						List.of(new InformationItem("Walked out at 6am in slippers", "Daughter", null, null))));
		assertThatThrownBy(() -> assessor.assess(UUID.randomUUID(), snapshot, Optional.empty(), command, RESPONDER, NOW))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(Violation::field)
				.contains("missingPerson.information[0].sourceContact", "missingPerson.information[0].obtainedAt"));
	}

	@Test
	void a_child_believed_likely_to_suffer_significant_harm_makes_a_childrens_social_care_referral_due() {
		var command = new RecordAssessment("INITIAL", null, null, AssessmentFixtures.allElements(), "EMERGENCY",
				AssessmentFixtures.fullRationale(), risks("HIGH", "HIGH"), List.of(), "SUSPECTED", List.of(), null);
		AssessmentView view = assess(command).view();
		assertThat(view.safeguarding().referralsDue()).contains("CHILDRENS_SOCIAL_CARE");
		assertThat(view.safeguarding().reasons()).anyMatch(r -> r.startsWith("Alex Taylor: "));
	}

	@Test
	void a_child_present_whose_age_is_not_known_is_safeguarded_as_a_child() {
		AssessmentView.SnapshotPerson unknownAge = new AssessmentView.SnapshotPerson(UUID.randomUUID(), "Child",
				"CHILD_PRESENT", null, null, List.of());
		var command = new RecordAssessment("INITIAL", null, null, AssessmentFixtures.allElements(), "EMERGENCY",
				AssessmentFixtures.fullRationale(), List.of(new RecordAssessment.PersonRisk(victim.id(), "HIGH"),
						new RecordAssessment.PersonRisk(unknownAge.id(), "HIGH")),
				List.of(), "BELIEVED_LIKELY", List.of(), null);

		AssessmentView view = assessor.assess(UUID.randomUUID(), snapshot(Situation.DOMESTIC_ABUSE, victim, unknownAge),
				Optional.empty(), command, RESPONDER, NOW).view();

		assertThat(view.safeguarding().referralsDue()).contains("CHILDRENS_SOCIAL_CARE");
		assertThat(view.safeguarding().actions()).contains("POLICE_PROTECTION");
	}

	@Test
	void the_first_assessment_is_initial_and_a_reassessment_says_what_is_new() {
		assertThat(rejectedFields(reassessment(initial(risks("LOW", "LOW")), "ON_SCENE", "Arrived", null, "PRIORITY")))
			.containsExactly("trigger");
		AssessmentView first = assess(initial(risks("LOW", "LOW"))).view();
		var again = initial(risks("LOW", "LOW"));
		assertThatThrownBy(() -> assessor.assess(UUID.randomUUID(), domesticAbuse, Optional.of(first), again, RESPONDER, NOW))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(Violation::field)
				.containsExactly("trigger", "triggerNote", "basedOnVersion"));
	}

	@Test
	void a_reassessment_must_say_which_version_it_started_from_so_the_conflict_check_always_runs() {
		AssessmentView first = assess(initial(risks("LOW", "LOW"))).view();
		var withoutVersion = reassessment(initial(risks("LOW", "LOW")), "ON_SCENE", "Arrived", null, "PRIORITY");
		assertThatThrownBy(() -> assessor.assess(UUID.randomUUID(), domesticAbuse, Optional.of(first), withoutVersion,
				RESPONDER, NOW))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(Violation::field)
				.containsExactly("basedOnVersion"));
	}

	@Test
	void a_child_at_a_domestic_abuse_incident_is_never_graded_no_apparent_risk() {
		assertThat(rejectedFields(initial(risks("LOW", "NO_APPARENT_RISK")))).containsExactly("personRisks[1].riskLevel");
	}

	@Test
	void a_tool_graded_by_judgement_is_accepted_and_the_persons_risk_may_not_be_below_it() {
		RiskTool dara = RiskTools.read("""
				code: DARA_TEST
				version: "1"
				title: "A judgement tool"
				grading: JUDGEMENT
				questions:
				  - { code: FEAR, text: "Are you frightened?" }
				  - { code: CONTROL, text: "Does anyone control what you do?" }
				levels:
				  - { code: STANDARD, riskLevel: LOW }
				  - { code: MEDIUM, riskLevel: MEDIUM }
				  - { code: HIGH, riskLevel: HIGH }
				""", "dara-test.yml");
		ThriveAssessor withDara = new ThriveAssessor(new ThriveSettings(null, null, null),
				RiskTools.bundled().and(RiskTools.of(List.of(dara))), new MissingPersonRiskPolicy(),
				new ChildSafeguardingPolicy(), new AdultAtRiskPolicy(), new RcrpThresholdPolicy());
		var answered = new RecordAssessment.ToolAnswers("DARA_TEST", victim.id(), Map.of("FEAR", "YES", "CONTROL", "YES"),
				new RecordAssessment.Judgement("HIGH", "Frightened, and he controls her money and phone."));

		AssessmentView view = withDara.assess(UUID.randomUUID(), domesticAbuse, Optional.empty(),
				withTools(initial(risks("HIGH", "LOW")), List.of(answered)), RESPONDER, NOW).view();
		assertThat(view.tools()).singleElement().satisfies(t -> {
			assertThat(t.finalLevel()).isEqualTo("HIGH");
			assertThat(t.riskLevel()).isEqualTo(RiskLevel.HIGH);
			assertThat(t.yesAnswers()).isEqualTo(2);
		});
		assertThat(view.rcrpThreshold().met()).as("a high risk from the tool meets the police threshold").isTrue();

		assertThatThrownBy(() -> withDara.assess(UUID.randomUUID(), domesticAbuse, Optional.empty(),
				withTools(initial(risks("MEDIUM", "LOW")), List.of(answered)), RESPONDER, NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("must be HIGH or higher");
		var unjudged = new RecordAssessment.ToolAnswers("DARA_TEST", victim.id(), Map.of("FEAR", "YES"), null);
		assertThat(rejectedFieldsWith(withDara, withTools(initial(risks("HIGH", "LOW")), List.of(unjudged))))
			.containsExactly("tools[0].judgement.level", "tools[0].judgement.rationale");
	}

	List<String> rejectedFieldsWith(ThriveAssessor other, RecordAssessment command) {
		try {
			other.assess(UUID.randomUUID(), domesticAbuse, Optional.empty(), command, RESPONDER, NOW);
		}
		catch (InvalidInputException e) {
			return e.violations().stream().map(Violation::field).toList();
		}
		throw new AssertionError("expected the assessment to be rejected");
	}

	@Test
	void two_tools_whose_judgement_differs_each_go_to_a_supervisor_on_their_own() {
		var forChild = new RecordAssessment.ToolAnswers("DASH", child.id(), DashAnswersBuilder.firstYes(2).build(),
				new RecordAssessment.Judgement("MEDIUM", "Hid under the bed during the assault."));
		var assessed = assess(withTools(initial(risks("HIGH", "MEDIUM")), List.of(dash(3, "HIGH"), forChild)));
		assertThat(assessed.supervisorReasons().keySet()).filteredOn(k -> k.startsWith("JUDGEMENT_DIFFERS_FROM_TOOL"))
			.hasSize(2);
	}

	@Test
	void a_reassessment_is_a_new_version_that_says_what_changed() {
		AssessmentView first = assess(initial(risks("MEDIUM", "LOW"))).view();
		var onScene = reassessment(new RecordAssessment("INITIAL", null, null, AssessmentFixtures.allElements(), "EMERGENCY",
				AssessmentFixtures.fullRationale(), risks("HIGH", "LOW"), List.of(), null, List.of(), null), "ON_SCENE",
				"Weapon seen on arrival", 1, "EMERGENCY");
		AssessmentView second = assessor.assess(UUID.randomUUID(), domesticAbuse, Optional.of(first), onScene, RESPONDER, NOW)
			.view();
		assertThat(second.version()).isEqualTo(2);
		assertThat(second.trigger()).isEqualTo(AssessmentTrigger.ON_SCENE);
		assertThat(second.changes()).contains("Response grade: Priority → Emergency", "Sam Taylor: risk medium → high");
	}

	@Test
	void what_changed_lists_each_finding_tool_answer_and_fact_that_changed_in_plain_words() {
		AssessmentView first = assess(withTools(initial(risks("MEDIUM", "LOW")), List.of(dash(3, null)))).view();
		Map<String, String> elements = new LinkedHashMap<>(AssessmentFixtures.allElements());
		elements.put("THREAT", "He has a knife and is at the door.");
		var onScene = reassessment(new RecordAssessment("INITIAL", null, null, elements, "EMERGENCY",
				AssessmentFixtures.fullRationale(), risks("HIGH", "LOW"), List.of("REAL_IMMEDIATE_RISK_TO_LIFE"), null,
				List.of(dash(5, null)), null), "ON_SCENE", "Knife seen on arrival", 1, "EMERGENCY");
		AssessmentView second = assessor.assess(UUID.randomUUID(), domesticAbuse, Optional.of(first), onScene, RESPONDER, NOW)
			.view();
		assertThat(second.changes()).contains(
				"Threat: “Ex-partner at the address, shouting, threats made.” → “He has a knife and is at the door.”",
				"DASH: 2 answers changed, now 5 of 27 yes (was 3)", "Fact added: Real immediate risk to life");
		assertThat(second.changes()).noneMatch(change -> change.matches(".*\\b[A-Z]{2,}_[A-Z_]{2,}\\b.*"));
	}

	@Test
	void a_reassessment_based_on_an_old_version_is_a_conflict() {
		AssessmentView first = assess(initial(risks("MEDIUM", "LOW"))).view();
		AssessmentView second = assessor.assess(UUID.randomUUID(), domesticAbuse, Optional.of(first),
				reassessment(initial(risks("MEDIUM", "LOW")), "RECONTACT", "Caller rang back", 1, "PRIORITY"), RESPONDER, NOW)
			.view();
		var stale = reassessment(initial(risks("LOW", "LOW")), "NEW_INFORMATION", "School called", 1, "SCHEDULED");
		assertThatThrownBy(() -> assessor.assess(UUID.randomUUID(), domesticAbuse, Optional.of(second), stale, RESPONDER, NOW))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void the_RCRP_threshold_is_recorded_from_the_facts() {
		var command = new RecordAssessment("INITIAL", null, null, AssessmentFixtures.allElements(), "EMERGENCY",
				AssessmentFixtures.fullRationale(), risks("HIGH", "MEDIUM"), List.of("CRIME_TO_INVESTIGATE"), null, List.of(),
				null);
		AssessmentView view = assess(command).view();
		assertThat(view.rcrpThreshold().met()).isTrue();
		assertThat(view.rcrpThreshold().answeredYes()).contains("CRIME_TO_INVESTIGATE");
	}
}
