package org.sightline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.assessment.AssessmentTrigger;
import org.sightline.assessment.AssessmentView;
import org.sightline.assessment.NdmStage;
import org.sightline.assessment.ResponseGrade;
import org.sightline.assessment.RiskLevel;
import org.sightline.shared.Situation;
import tools.jackson.databind.json.JsonMapper;

/** The generator's hand-written assessment documents read back exactly as the mapper's own. */
class DemoForceJsonTests {

	final JsonMapper json = JsonMapper.builder().build();

	AssessmentView view(String triggerNote, AssessmentView.MissingPersonResult missing, LocalDate born) {
		UUID person = UUID.randomUUID();
		UUID child = UUID.randomUUID();
		return new AssessmentView(UUID.randomUUID(), UUID.randomUUID(), triggerNote == null ? 1 : 2,
				triggerNote == null ? AssessmentTrigger.INITIAL : AssessmentTrigger.ON_SCENE, triggerNote, "demo-force.handler1",
				Instant.parse("2026-03-01T10:15:30Z"),
				List.of(new AssessmentView.ElementFinding("THREAT", "Threat", "None now."),
						new AssessmentView.ElementFinding("HARM", "Harm", "low \"quoted\".")),
				ResponseGrade.PRIORITY, "Grade 2", 60,
				List.of(new AssessmentView.RationaleEntry(NdmStage.INFORMATION, "Caller; force systems.", null)),
				List.of(new AssessmentView.PersonRiskView(person, "Jade Crelitch", RiskLevel.LOW),
						new AssessmentView.PersonRiskView(child, "Ava Crelitch", RiskLevel.MEDIUM)),
				List.of("CRIME_TO_INVESTIGATE"), "NOT_SUSPECTED", List.of(), missing,
				new AssessmentView.Safeguarding(List.of("MARAC"), List.of(), List.of()),
				new AssessmentView.RcrpThreshold(true, List.of(), List.of()), List.of("Graded HIGH risk"), List.of(),
				new AssessmentView.Snapshot("ENC-2026-000042", Situation.DOMESTIC_ABUSE, Instant.parse("2026-03-01T10:00:00Z"),
						List.of(new AssessmentView.SnapshotPerson(person, "Jade Crelitch", "VICTIM", born, born == null ? 31 : null,
								List.of("DOMESTIC_ABUSE_VICTIM_OR_WITNESS", "COERCIVE_CONTROL")),
								new AssessmentView.SnapshotPerson(child, "Caller, gave no name", "CHILD_PRESENT", null, 6,
										List.of()))));
	}

	@Test
	void hand_written_documents_read_back_as_the_mappers_own() {
		var missing = new AssessmentView.MissingPersonResult(UUID.randomUUID(), RiskLevel.HIGH, List.of(),
				List.of("Graded on the APP risk factors (synthetic)."), List.of());
		for (AssessmentView view : List.of(view(null, null, null), view("Officer on scene (synthetic).", missing,
				LocalDate.of(1991, 4, 2)))) {
			String hand = DemoForce.assessmentJson(view, DemoForce.constantPart(json, view));
			assertThat(json.readValue(hand, AssessmentView.class)).isEqualTo(view)
				.isEqualTo(json.readValue(json.writeValueAsString(view), AssessmentView.class));
		}
	}
}
