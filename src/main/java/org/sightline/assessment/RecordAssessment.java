package org.sightline.assessment;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sightline.shared.FreeText;

/**
 * A THRIVE assessment of an encounter, from the form or the API. Codes are strings here: they come
 * from outside, and the assessment checks every one before anything is stored.
 *
 * @param trigger INITIAL for the first assessment, otherwise what re-opened it (RE-THRIVE)
 * @param triggerNote what is new, in the assessor's words (required for a re-assessment)
 * @param basedOnVersion the version the assessor was looking at; a newer one is a conflict
 * @param elements THRIVE element code to what the assessor found
 * @param rationale NDM stage code to its content or why it does not apply
 * @param personRisks the assessor's risk level for each person in the encounter
 * @param facts further coded facts the assessor established (routing-preview fact codes)
 * @param significantHarm for children: NOT_SUSPECTED, SUSPECTED or BELIEVED_LIKELY
 * @param tools risk tools completed (DASH, or any tool the force defines)
 * @param missingPerson information gathered for a missing-person grading, when the encounter is one
 */
public record RecordAssessment(String trigger, @FreeText String triggerNote, Integer basedOnVersion,
		@FreeText Map<String, String> elements,
		String grade, Map<String, Rationale> rationale, List<PersonRisk> personRisks, List<String> facts,
		String significantHarm, List<ToolAnswers> tools, MissingPerson missingPerson) {

	public RecordAssessment {
		elements = elements == null ? Map.of() : Map.copyOf(elements);
		rationale = rationale == null ? Map.of() : Map.copyOf(rationale);
		personRisks = personRisks == null ? List.of() : List.copyOf(personRisks);
		facts = facts == null ? List.of() : List.copyOf(facts);
		tools = tools == null ? List.of() : List.copyOf(tools);
	}

	/** One NDM stage: what the assessor considered, or why the stage does not apply. */
	public record Rationale(@FreeText String content, @FreeText String notApplicableBecause) {
	}

	public record PersonRisk(UUID personId, String riskLevel) {
	}

	/** @param judgement the assessor's own level for the tool (a level code of the tool), if any */
	public record ToolAnswers(String tool, UUID personId, Map<String, String> answers, Judgement judgement) {

		public ToolAnswers {
			answers = answers == null ? Map.of() : Map.copyOf(answers);
		}
	}

	public record Judgement(String level, @FreeText String rationale) {
	}

	public record MissingPerson(UUID personId, List<InformationItem> information) {

		public MissingPerson {
			information = information == null ? List.of() : List.copyOf(information);
		}
	}
}
