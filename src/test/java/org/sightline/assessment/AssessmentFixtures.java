package org.sightline.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sightline.shared.Situation;

/** Valid defaults for THRIVE tests: change one thing per test. */
public final class AssessmentFixtures {

	private AssessmentFixtures() {
	}

	/** A valid first assessment as API JSON, for an encounter with these two people. */
	public static String initialJson(String firstPersonId, String secondPersonId) {
		return """
				{
				  "trigger": "INITIAL",
				  "elements": { "THREAT": "Ex-partner at the address", "HARM": "Injury", "RISK": "Likely tonight",
				                "INVESTIGATION": "Assault", "VULNERABILITY": "Fear; child present", "ENGAGEMENT": "Speak alone" },
				  "grade": "PRIORITY",
				  "rationale": {
				    "CODE_OF_ETHICS": { "content": "Protect the victim and the child" },
				    "INFORMATION": { "content": "Caller's account" },
				    "ASSESSMENT": { "content": "Threat is current" },
				    "POWERS_AND_POLICY": { "notApplicableBecause": "No powers used yet" },
				    "OPTIONS": { "content": "Attend now" },
				    "ACTION_AND_REVIEW": { "content": "Re-assess on arrival" }
				  },
				  "personRisks": [ { "personId": "%s", "riskLevel": "MEDIUM" }, { "personId": "%s", "riskLevel": "LOW" } ]
				}
				""".formatted(firstPersonId, secondPersonId);
	}

	/** The assessment JSON with a complete DASH for the victim: the first {@code yes} questions answered yes. */
	public static String withDashJson(String assessmentJson, String victimId, int yes) {
		StringBuilder answers = new StringBuilder();
		DashAnswersBuilder.firstYes(yes).build().forEach((code, answer) -> answers.append(answers.isEmpty() ? "" : ",")
			.append('"').append(code).append("\":\"").append(answer).append('"'));
		return assessmentJson.replaceFirst("\\}\\s*$", ", \"tools\": [ { \"tool\": \"DASH\", \"personId\": \"" + victimId
				+ "\", \"answers\": {" + answers + "} } ] }");
	}

	public static Map<String, String> allElements() {
		Map<String, String> elements = new LinkedHashMap<>();
		elements.put("THREAT", "Ex-partner at the address, shouting, threats made.");
		elements.put("HARM", "Physical injury to the victim; child exposed to abuse.");
		elements.put("RISK", "Likely to continue tonight if no one attends.");
		elements.put("INVESTIGATION", "Assault to investigate; body-worn video on arrival.");
		elements.put("VULNERABILITY", "Victim has mental ill health and fears him; child of six present.");
		elements.put("ENGAGEMENT", "Speak to her alone; interpreter needed.");
		return elements;
	}

	public static Map<String, RecordAssessment.Rationale> fullRationale() {
		Map<String, RecordAssessment.Rationale> rationale = new LinkedHashMap<>();
		rationale.put("CODE_OF_ETHICS", new RecordAssessment.Rationale("Acting to protect the victim and child.", null));
		rationale.put("INFORMATION", new RecordAssessment.Rationale("Caller's account and two previous DA incidents.", null));
		rationale.put("ASSESSMENT", new RecordAssessment.Rationale("Threat is current; harm serious.", null));
		rationale.put("POWERS_AND_POLICY", new RecordAssessment.Rationale(null, "No powers used yet: still on the call."));
		rationale.put("OPTIONS", new RecordAssessment.Rationale("Attend now, or advise and schedule: attending.", null));
		rationale.put("ACTION_AND_REVIEW", new RecordAssessment.Rationale("Re-assess on arrival.", null));
		return rationale;
	}

	public static RecordAssessment initial(List<RecordAssessment.PersonRisk> risks) {
		return new RecordAssessment("INITIAL", null, null, allElements(), "PRIORITY", fullRationale(), risks, List.of(),
				null, List.of(), null);
	}

	public static RecordAssessment withTools(RecordAssessment c, List<RecordAssessment.ToolAnswers> tools) {
		return new RecordAssessment(c.trigger(), c.triggerNote(), c.basedOnVersion(), c.elements(), c.grade(), c.rationale(),
				c.personRisks(), c.facts(), c.significantHarm(), tools, c.missingPerson());
	}

	public static RecordAssessment reassessment(RecordAssessment c, String trigger, String note, Integer basedOn,
			String grade) {
		return new RecordAssessment(trigger, note, basedOn, c.elements(), grade, c.rationale(), c.personRisks(), c.facts(),
				c.significantHarm(), c.tools(), c.missingPerson());
	}

	public static AssessmentView.Snapshot snapshot(Situation situation, AssessmentView.SnapshotPerson... people) {
		return new AssessmentView.Snapshot("ENC-2026-000001", situation, Instant.parse("2026-11-26T21:14:00Z"),
				List.of(people));
	}

	public static AssessmentView.SnapshotPerson person(String name, String role, Integer age, String... vulnerabilities) {
		return new AssessmentView.SnapshotPerson(UUID.randomUUID(), name, role,
				age == null ? null : LocalDate.of(2026 - age, 1, 1), age, List.of(vulnerabilities));
	}
}
