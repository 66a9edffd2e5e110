package org.sightline.routing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.sightline.assessment.ResponseAction;
import org.sightline.assessment.RiskLevel;
import org.sightline.shared.Agency;

/** What the rules have found so far: each rule adds its referrals, actions and reason. */
final class Findings {

	RiskLevel risk = RiskLevel.NO_APPARENT_RISK;
	/** Where the current risk level was first found, in a few words ("the DASH"), for later reasons. */
	String riskSource;
	final Set<Agency> referrals = new LinkedHashSet<>();
	final Set<ResponseAction> actions = new LinkedHashSet<>();
	final List<String> reasons = new ArrayList<>();

	void raiseRisk(RiskLevel level, String reason) {
		raiseRisk(level, reason, null);
	}

	/** Raises the risk to at least {@code level}; a level never goes down. */
	void raiseRisk(RiskLevel level, String reason, String source) {
		if (level.isAbove(risk)) {
			risk = level;
			riskSource = source;
		}
		reason(reason);
	}

	void action(ResponseAction action, String reason) {
		actions.add(action);
		reason(reason);
	}

	void refer(Agency agency, String reason) {
		referrals.add(agency);
		reason(reason);
	}

	void reason(String reason) {
		if (reason != null && !reasons.contains(reason)) {
			reasons.add(reason);
		}
	}
}
