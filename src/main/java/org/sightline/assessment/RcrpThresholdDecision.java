package org.sightline.assessment;

import java.util.List;

/**
 * Whether the Right Care, Right Person threshold for a police response is met, and which answers
 * met it. Routing decides the outcome (police primary, partner only and so on) from this.
 */
public record RcrpThresholdDecision(boolean met, List<RcrpQuestion> answeredYes, List<String> reasons) {

	public RcrpThresholdDecision {
		answeredYes = List.copyOf(answeredYes);
		reasons = List.copyOf(reasons);
	}
}
