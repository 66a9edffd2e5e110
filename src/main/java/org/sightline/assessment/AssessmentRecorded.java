package org.sightline.assessment;

import java.util.UUID;

/** A THRIVE assessment (or RE-THRIVE) was recorded. Identifiers and codes only. */
public record AssessmentRecorded(UUID assessmentId, UUID encounterId, int version, AssessmentTrigger trigger,
		ResponseGrade grade, RiskLevel highestRisk) {
}
