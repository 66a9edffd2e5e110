package org.sightline.routing;

import java.util.List;
import java.util.stream.Collectors;

import org.sightline.assessment.RcrpThresholdDecision;
import org.sightline.assessment.RcrpThresholdPolicy;
import org.sightline.assessment.ResponseAction;
import org.sightline.assessment.ResponseGrade;
import org.sightline.assessment.RiskLevel;
import org.sightline.partnership.Clause;
import org.sightline.partnership.PartnershipAgreement;
import org.sightline.shared.Fact;
import org.sightline.shared.Situation;

/**
 * The routing rule set: one set of rules for the routing preview and for the recorded decision.
 * Applies, in order: the informal-patient rule, risk and safeguarding, the agreement clause with
 * the police threshold, place-of-safety rules, caller notification, communication and supervision.
 */
public final class RoutingPolicy {

	private final InformalPatientPolicy informalPatients = new InformalPatientPolicy();
	private final RiskAndSafeguardingPolicy risk;
	private final AttendancePolicy attendance = new AttendancePolicy();
	private final PlaceOfSafetyPolicy placesOfSafety;
	private final RcrpThresholdPolicy threshold = new RcrpThresholdPolicy();

	RoutingPolicy(RiskAndSafeguardingPolicy risk, int adultAge) {
		this.risk = risk;
		this.placesOfSafety = new PlaceOfSafetyPolicy(adultAge);
	}

	public RoutingRecommendation route(RoutingCase c, PartnershipAgreement agreement) {
		var findings = new Findings();
		Situation situation = informalPatients.apply(c, findings);
		risk.apply(situation, c, findings);

		Clause clause = agreement.clauseFor(situation, c.facts().stream().map(Enum::name).collect(Collectors.toSet()))
			.orElseThrow(() -> new IllegalStateException(
					"Agreement " + agreement.ref() + " has no clause for " + situation + ": it should not have been published"));
		RcrpThresholdDecision thresholdDecision = threshold.assess(c.facts());
		AttendancePolicy.Attendance who = attendance.apply(c, clause, agreement, thresholdDecision, findings);
		placesOfSafety.apply(situation, c, findings);

		if (!who.outcome().policeAttend()) {
			findings.action(ResponseAction.CALLER_INFORMED_OF_DECISION,
					"Police will not attend: tell the caller clearly who will respond and when, and record what they were told "
							+ "(IOPC recommendation).");
		}
		if (c.has(Fact.CALLER_DISPUTES_DECISION)) {
			findings.action(ResponseAction.SUPERVISOR_REVIEW, "The caller disputes the decision: escalate. "
					+ (clause.escalationRoute() != null ? clause.escalationRoute()
							: agreement.escalationRoute() == null ? "" : agreement.escalationRoute()));
		}
		if (c.has(Fact.ANSWERS_THROUGH_PARTNER)) {
			findings.action(ResponseAction.SPEAK_TO_PERSON_ALONE,
					"Someone answers for the person: speak to them alone; who controls the conversation is a clue (guideline 2).");
		}
		if (c.has(Fact.MINIMISES_INJURIES)) {
			findings.reason("The person plays down their injuries: be curious, and record what you see as well as what you are told.");
		}
		if (findings.risk == RiskLevel.HIGH) {
			findings.action(ResponseAction.SUPERVISOR_REVIEW, "High risk: a supervisor reviews every high-risk grading.");
		}
		if (findings.risk.compareTo(RiskLevel.LOW) <= 0 && c.facts().stream().anyMatch(PERSON_FACTS::contains)) {
			findings.action(ResponseAction.RECORD_VULNERABILITY_WITHOUT_RISK_FLAG,
					"Record the vulnerability as a fact about the person; it is not itself a risk (a vulnerability with "
							+ "suitable support may not mean risk).");
		}
		findings.action(ResponseAction.EXPLAIN_NEXT_STEPS,
				"Explain the next steps in plain words, without jargon (Appendix 1).");

		ResponseGrade grade = grade(who.outcome(), findings.risk, c, findings);
		return new RoutingRecommendation(who.outcome(), who.primary(), who.supporting(), findings.risk, grade,
				List.copyOf(findings.referrals), List.copyOf(findings.actions), findings.reasons, agreement.ref(), clause.id(),
				situation, clause.timers(), thresholdDecision.met());
	}

	static final java.util.Set<Fact> PERSON_FACTS = java.util.EnumSet.of(Fact.IN_CARE, Fact.CARE_LEAVER,
			Fact.LEARNING_DISABILITY, Fact.DEMENTIA, Fact.MENTAL_ILL_HEALTH, Fact.SUBSTANCE_MISUSE, Fact.PHYSICAL_DISABILITY,
			Fact.COMMUNICATION_NEEDS, Fact.PREGNANT, Fact.CARE_AND_SUPPORT_NEEDS);

	private static ResponseGrade grade(RoutingOutcome outcome, RiskLevel risk, RoutingCase c, Findings findings) {
		if (!outcome.policeAttend()) {
			return ResponseGrade.RESOLUTION_WITHOUT_DEPLOYMENT;
		}
		if (risk == RiskLevel.HIGH || c.has(Fact.REAL_IMMEDIATE_RISK_TO_LIFE)) {
			findings.reason("Risk to life or high risk: emergency response.");
			return ResponseGrade.EMERGENCY;
		}
		if (risk == RiskLevel.MEDIUM || c.has(Fact.CRIME_TO_INVESTIGATE)) {
			return ResponseGrade.PRIORITY;
		}
		return ResponseGrade.SCHEDULED;
	}
}
