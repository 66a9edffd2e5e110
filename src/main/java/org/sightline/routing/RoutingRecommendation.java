package org.sightline.routing;

import java.util.List;
import java.util.Optional;

import org.sightline.assessment.ResponseAction;
import org.sightline.assessment.ResponseGrade;
import org.sightline.assessment.RiskLevel;
import org.sightline.partnership.AgreementRef;
import org.sightline.partnership.AgreementTimer;
import org.sightline.shared.Agency;
import org.sightline.shared.Situation;

/**
 * What the guidance implies for a case: who responds, how urgently, the risk, the referrals due
 * and the actions not to forget, each rule that fired with its reason, and the agreement version
 * and clause that decided the route.
 *
 * @param situation the situation as the rules treated it (an informal patient's "AWOL" is a walk-out)
 * @param timers the clocks the agreement clause starts
 * @param safetyNet what the {@link UnderTriageGuard} had to raise because the rules fell short of an
 * invariant, each in plain words; empty when the rules were safe on their own (decisions recorded
 * before the guard existed read as empty)
 */
public record RoutingRecommendation(RoutingOutcome outcome, Optional<Agency> primaryAgency, List<Agency> supportingAgencies,
		RiskLevel riskLevel, ResponseGrade grade, List<Agency> referrals, List<ResponseAction> actions, List<String> reasons,
		AgreementRef agreement, String clauseId, Situation situation, List<AgreementTimer> timers,
		boolean thresholdMet, List<String> safetyNet) {

	public RoutingRecommendation {
		supportingAgencies = List.copyOf(supportingAgencies);
		referrals = List.copyOf(referrals);
		actions = List.copyOf(actions);
		reasons = List.copyOf(reasons);
		timers = List.copyOf(timers);
		safetyNet = safetyNet == null ? List.of() : List.copyOf(safetyNet);
	}

	/** The primary agency's code, or "none (advice only)" when no agency acts: for pages. */
	public String primaryAgencyLabel() {
		return primaryAgency.map(Enum::name).orElse("none (advice only)");
	}
}
