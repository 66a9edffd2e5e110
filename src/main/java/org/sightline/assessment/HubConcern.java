package org.sightline.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.sightline.shared.Situation;

/**
 * An assessed encounter the safeguarding hub should look at: its latest version found a high risk,
 * involves a child, or calls for a safeguarding referral (an adult at risk among them).
 * {@code referralsDue} are agency codes.
 */
public record HubConcern(UUID encounterId, String reference, Situation situation, int version, Instant assessedAt,
		ResponseGrade grade, RiskLevel highestRisk, boolean child, boolean adultAtRisk, List<String> referralsDue) {

	/** Why the hub sees it, in words, most serious first. */
	public List<String> reasons() {
		List<String> reasons = new java.util.ArrayList<>();
		if (highestRisk == RiskLevel.HIGH) {
			reasons.add("High risk");
		}
		if (child) {
			reasons.add("A child is involved");
		}
		if (adultAtRisk) {
			reasons.add("Adult at risk");
		}
		if (!referralsDue.isEmpty() && reasons.isEmpty()) {
			reasons.add("Safeguarding referral due");
		}
		return reasons;
	}
}
