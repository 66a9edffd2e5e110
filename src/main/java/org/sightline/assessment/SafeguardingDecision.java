package org.sightline.assessment;

import org.sightline.shared.Agency;
import java.util.List;

/**
 * The referrals due now and the actions that must not be forgotten, each backed by a reason.
 * Empty referrals and actions are a decision too: the reasons say why nothing is due.
 */
public record SafeguardingDecision(List<Agency> referrals, List<ResponseAction> actions, List<String> reasons) {

	public SafeguardingDecision {
		referrals = List.copyOf(referrals);
		actions = List.copyOf(actions);
		reasons = List.copyOf(reasons);
	}
}
