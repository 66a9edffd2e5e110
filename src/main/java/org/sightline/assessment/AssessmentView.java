package org.sightline.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.sightline.shared.Situation;

/**
 * One version of the THRIVE assessment of an encounter, as stored: never overwritten. Holds a
 * snapshot of what was known when it was made, so reviewers judge it on that, not on hindsight.
 */
public record AssessmentView(UUID id, UUID encounterId, int version, AssessmentTrigger trigger, String triggerNote,
		String assessedBy, Instant assessedAt, List<ElementFinding> elements, ResponseGrade grade,
		String gradeDisplayCode, Integer targetMinutes, List<RationaleEntry> rationale, List<PersonRiskView> personRisks,
		List<String> facts, String significantHarm, List<ToolResult> tools, MissingPersonResult missingPerson,
		Safeguarding safeguarding, RcrpThreshold rcrpThreshold, List<String> supervisorReview, List<String> changes,
		Snapshot snapshot) {

	public record ElementFinding(String code, String label, String finding) {
	}

	public record RationaleEntry(NdmStage stage, String content, String notApplicableBecause) {
	}

	public record PersonRiskView(UUID personId, String name, RiskLevel riskLevel) {
	}

	/** What a risk tool made of the answers, with the tool version that produced it. */
	public record ToolResult(String tool, String toolVersion, UUID personId, int yesAnswers, int questions,
			String toolLevel, String finalLevel, RiskLevel riskLevel, String judgementRationale, List<String> redFlags,
			List<String> reasons, java.util.Map<String, String> answers) {
	}

	public record MissingPersonResult(UUID personId, RiskLevel toolLevel, List<String> actions, List<String> reasons,
			List<InformationItem> information) {
	}

	/** Referrals and actions due under the child and adult safeguarding policies. */
	public record Safeguarding(List<String> referralsDue, List<String> actions, List<String> reasons) {
	}

	public record RcrpThreshold(boolean met, List<String> answeredYes, List<String> reasons) {
	}

	/** What was known about the encounter when the assessment was made. */
	public record Snapshot(String reference, Situation situation, Instant occurredAt, List<SnapshotPerson> people) {
	}

	public record SnapshotPerson(UUID id, String name, String role, LocalDate dateOfBirth, Integer ageYears,
			List<String> vulnerabilities) {
	}

	public RiskLevel highestRisk() {
		return personRisks.stream().map(PersonRiskView::riskLevel).max(Enum::compareTo).orElse(RiskLevel.NO_APPARENT_RISK);
	}
}
