package org.sightline.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.assessment.AssessmentFixtures.initial;
import static org.sightline.assessment.AssessmentFixtures.person;
import static org.sightline.assessment.AssessmentFixtures.snapshot;
import static org.sightline.assessment.AssessmentFixtures.withTools;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.assessment.AdultAtRiskPolicy;
import org.sightline.assessment.AssessmentView;
import org.sightline.assessment.ChildSafeguardingPolicy;
import org.sightline.assessment.DashAnswersBuilder;
import org.sightline.assessment.MissingPersonRiskPolicy;
import org.sightline.assessment.RcrpThresholdPolicy;
import org.sightline.assessment.RecordAssessment;
import org.sightline.assessment.RiskTool;
import org.sightline.assessment.RiskTools;
import org.sightline.assessment.ThriveSettings;
import org.sightline.shared.Situation;

/** RE-THRIVE through the form starts from the last version and drops nothing the assessor did not remove. */
public class AssessmentFormTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");
	final AssessmentView.SnapshotPerson victim = person("Sam Taylor", "VICTIM", 35);
	final AssessmentView.SnapshotPerson child = person("Alex Taylor", "CHILD_PRESENT", 6);
	final AssessmentView.Snapshot domesticAbuse = snapshot(Situation.DOMESTIC_ABUSE, victim, child);
	final RiskTool dara = RiskTools.read("""
			code: DARA
			version: "1"
			title: "Domestic Abuse Risk Assessment"
			grading: JUDGEMENT
			questions: [ { code: FEAR, text: "Are you frightened?" } ]
			levels: [ { code: STANDARD, riskLevel: LOW }, { code: HIGH, riskLevel: HIGH } ]
			""", "dara.yml");
	final ThriveAssessor assessor = new ThriveAssessor(new ThriveSettings(null, null, null),
			RiskTools.bundled().and(RiskTools.of(List.of(dara))), new MissingPersonRiskPolicy(),
			new ChildSafeguardingPolicy(), new AdultAtRiskPolicy(), new RcrpThresholdPolicy());

	AssessmentView firstVersion() {
		var dash = new RecordAssessment.ToolAnswers("DASH", victim.id(), DashAnswersBuilder.firstYes(5).build(),
				new RecordAssessment.Judgement("HIGH", "Strangled last week."));
		var judged = new RecordAssessment.ToolAnswers("DARA", child.id(), Map.of("FEAR", "YES"),
				new RecordAssessment.Judgement("HIGH", "Terrified of him."));
		var command = withTools(initial(List.of(new RecordAssessment.PersonRisk(victim.id(), "HIGH"),
				new RecordAssessment.PersonRisk(child.id(), "HIGH"))), List.of(dash, judged));
		command = new RecordAssessment(command.trigger(), command.triggerNote(), command.basedOnVersion(),
				command.elements(), command.grade(), command.rationale(), command.personRisks(),
				List.of("CRIME_TO_INVESTIGATE", "DEMENTIA", "AMBULANCE_DELAYED"), command.significantHarm(), command.tools(),
				command.missingPerson());
		return assessor.assess(UUID.randomUUID(), domesticAbuse, Optional.empty(), command,
				ThriveAssessorTests.RESPONDER, ThriveAssessorTests.NOW).view();
	}

	@Test
	void a_reassessment_starts_with_the_earlier_DASH_answers_and_judgement_on_the_form() {
		AssessmentView first = firstVersion();
		AssessmentForm form = AssessmentForm.from(first, LONDON);

		assertThat(form.getDashPersonId()).isEqualTo(victim.id().toString());
		assertThat(form.getDashAnswers()).isEqualTo(first.tools().get(0).answers());
		assertThat(form.getDashJudgementLevel()).isEqualTo("HIGH");
		assertThat(form.getDashJudgementRationale()).isEqualTo("Strangled last week.");
		assertThat(form.getFacts()).containsExactly("CRIME_TO_INVESTIGATE", "DEMENTIA", "AMBULANCE_DELAYED");
		assertThat(form.getKeptTools()).containsExactly("DARA:" + child.id());
	}

	@Test
	void every_earlier_tool_and_fact_is_carried_into_the_new_version_unless_the_assessor_removes_it() {
		AssessmentView first = firstVersion();
		AssessmentForm form = AssessmentForm.from(first, LONDON);
		form.setTrigger("ON_SCENE");
		form.setTriggerNote("Arrived");

		RecordAssessment kept = form.toCommand(List.of(victim.id(), child.id()), LONDON, first);
		assertThat(kept.tools()).extracting(RecordAssessment.ToolAnswers::tool).containsExactly("DASH", "DARA");
		assertThat(kept.facts()).containsExactly("CRIME_TO_INVESTIGATE", "DEMENTIA", "AMBULANCE_DELAYED");
		AssessmentView second = assessor.assess(UUID.randomUUID(), domesticAbuse, Optional.of(first), kept,
				ThriveAssessorTests.RESPONDER, ThriveAssessorTests.NOW).view();
		assertThat(second.tools()).extracting(AssessmentView.ToolResult::finalLevel).containsExactly("HIGH", "HIGH");
		assertThat(second.changes()).noneMatch(c -> c.contains("removed"));

		form.setKeptTools(new ArrayList<>());
		form.setFacts(new ArrayList<>(List.of("CRIME_TO_INVESTIGATE")));
		RecordAssessment removed = form.toCommand(List.of(victim.id(), child.id()), LONDON, first);
		AssessmentView third = assessor.assess(UUID.randomUUID(), domesticAbuse, Optional.of(first), removed,
				ThriveAssessorTests.RESPONDER, ThriveAssessorTests.NOW).view();
		assertThat(third.tools()).extracting(AssessmentView.ToolResult::tool).containsExactly("DASH");
		assertThat(third.changes()).contains("DARA removed (was high)", "Fact removed: Dementia",
				"Fact removed: Ambulance delayed");
	}
}
