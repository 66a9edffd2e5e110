package org.sightline.routing;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.sightline.assessment.AdultAtRiskPolicy;
import org.sightline.assessment.ChildSafeguardingPolicy;
import org.sightline.assessment.MaracReferralPolicy;
import org.sightline.assessment.MissingPersonRiskPolicy;
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
 * Applies, in order: who the subject is (a child? a young child without care?), the informal-patient
 * rule, the risk from every source and the safeguarding due, the police threshold with that risk,
 * the agreement clause, place-of-safety rules, caller notification, communication and supervision,
 * the grade; and last the {@link UnderTriageGuard}, which checks the invariants no answer may break.
 */
public final class RoutingPolicy {

	/** Facts that describe a present and continuing risk to life: an emergency, and police attend. */
	static final Set<Fact> LIFE_AT_RISK_NOW = EnumSet.of(Fact.REAL_IMMEDIATE_RISK_TO_LIFE,
			Fact.IMMINENT_RISK_OF_SERIOUS_INJURY_OR_DEATH, Fact.SELF_HARM_IN_PROGRESS);

	/** Facts about the person that are vulnerabilities, not risks (a vulnerability with support may not mean risk). */
	static final Set<Fact> PERSON_FACTS = EnumSet.of(Fact.IN_CARE, Fact.CARE_LEAVER, Fact.LEARNING_DISABILITY,
			Fact.DEMENTIA, Fact.MENTAL_ILL_HEALTH, Fact.SUBSTANCE_MISUSE, Fact.PHYSICAL_DISABILITY, Fact.COMMUNICATION_NEEDS,
			Fact.PREGNANT, Fact.CARE_AND_SUPPORT_NEEDS, Fact.NEURODIVERGENCE, Fact.ILLNESS_AFFECTING_SAFETY,
			Fact.MEDICAL_DEPENDENCY, Fact.OLDER_PERSON, Fact.PAST_TRAUMA, Fact.REPEAT_VICTIMISATION,
			Fact.FINANCIAL_DIFFICULTY, Fact.HOMELESSNESS, Fact.INSECURE_IMMIGRATION_STATUS, Fact.SOCIAL_ISOLATION,
			Fact.CARING_RESPONSIBILITIES, Fact.GOING_MISSING, Fact.ENTERING_JUSTICE_SYSTEM);

	private static final Set<String> PARTNER_CALLERS = Set.of("HEALTH_SERVICE", "SOCIAL_CARE", "EDUCATION", "OTHER_AGENCY");

	private final MentalHealthActStatusPolicy mentalHealthAct = new MentalHealthActStatusPolicy();
	private final RiskAndSafeguardingPolicy risk;
	private final AttendancePolicy attendance = new AttendancePolicy();
	private final PlaceOfSafetyPolicy placesOfSafety = new PlaceOfSafetyPolicy();
	private final RcrpThresholdPolicy threshold = new RcrpThresholdPolicy();
	private final ChildSafeguardingPolicy children;
	private final MaracReferralPolicy marac;
	private final UnderTriageGuard guard = new UnderTriageGuard();

	public RoutingPolicy(MissingPersonRiskPolicy missingPersons, MaracReferralPolicy marac, ChildSafeguardingPolicy children,
			AdultAtRiskPolicy adults) {
		this.risk = new RiskAndSafeguardingPolicy(missingPersons, marac, children, adults);
		this.children = children;
		this.marac = marac;
	}

	/** With the national defaults: adults from 18, MARAC from 16, young children under 5, Operation Encompass. */
	static RoutingPolicy withDefaults() {
		return new RoutingPolicy(new MissingPersonRiskPolicy(), new MaracReferralPolicy(), new ChildSafeguardingPolicy(),
				new AdultAtRiskPolicy());
	}

	public RoutingRecommendation route(RoutingCase c, PartnershipAgreement agreement) {
		var findings = new Findings();
		Subject subject = subject(c);
		Situation situation = mentalHealthAct.apply(c, findings);
		risk.apply(situation, c, subject, findings);

		Clause clause = agreement.clauseFor(situation, c.facts().stream().map(Enum::name).collect(Collectors.toSet()))
			.orElseThrow(() -> new IllegalStateException(
					"Agreement " + agreement.ref() + " has no clause for " + situation + ": it should not have been published"));
		RcrpThresholdDecision thresholdDecision = threshold.assess(c.facts(), findings.risk, findings.riskSource);
		AttendancePolicy.Attendance who = attendance.apply(c, subject, clause, agreement, thresholdDecision, findings);
		placesOfSafety.apply(situation, c, subject, findings);

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
		callerType(c, who.outcome(), findings);
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
		var recommendation = new RoutingRecommendation(who.outcome(), who.primary(), who.supporting(), findings.risk, grade,
				List.copyOf(findings.referrals), List.copyOf(findings.actions), findings.reasons, agreement.ref(), clause.id(),
				situation, clause.timers(), thresholdDecision.met(), List.of());
		return guard.check(c, subject, recommendation);
	}

	/**
	 * What a recorded decision falls short of once a person has chosen its outcome (the safety net
	 * for decisions): empty when it is safe.
	 */
	List<String> shortfalls(RoutingRecommendation recommendation, RoutingOutcome decided) {
		List<String> shortfalls = new java.util.ArrayList<>(recommendation.safetyNet());
		shortfalls.addAll(guard.checkDecision(recommendation, decided));
		return shortfalls;
	}

	/** Who the situation is about, as the rules read them; estimated ages count as ages. */
	Subject subject(RoutingCase c) {
		boolean child = children.isChild(c.subjectAgeYears(), c.facts()) || c.situation() == Situation.CHILD_CONCERN;
		// a young child who is missing is, by that, without a carer
		boolean youngWithoutCare = children.isYoungChildWithoutCare(c.subjectAgeYears(), c.facts())
				|| c.situation() == Situation.MISSING_PERSON && children.isYoungChild(c.subjectAgeYears());
		boolean maracEligible = c.subjectAgeYears().isEmpty() && !child
				|| c.subjectAgeYears().isPresent() && c.subjectAgeYears().getAsInt() >= marac.minimumAge();
		return new Subject(c.subjectAgeYears(), child, youngWithoutCare, maracEligible);
	}

	/** The caller type changes what to say and ask, never who responds: the rules decide that on the facts. */
	private static void callerType(RoutingCase c, RoutingOutcome outcome, Findings findings) {
		String caller = c.callerType().orElse(null);
		if ("SELF".equals(caller)) {
			findings.reason("The person is calling about themselves: keep them talking, ask what is happening now, their "
					+ "own view of the risk and what help they want (guideline 3, Communication).");
		}
		else if (caller != null && PARTNER_CALLERS.contains(caller)) {
			findings.reason(outcome.policeAttend()
					? "A partner agency is calling: ask what they know and what they have already done, and agree who does what (professional curiosity)."
					: "A partner agency is calling: they keep their own duty of care; tell them what police will and will not do, and the escalation route if they disagree (RCRP).");
		}
	}

	private static ResponseGrade grade(RoutingOutcome outcome, RiskLevel risk, RoutingCase c, Findings findings) {
		if (!outcome.policeAttend()) {
			return ResponseGrade.RESOLUTION_WITHOUT_DEPLOYMENT;
		}
		if (risk == RiskLevel.HIGH || LIFE_AT_RISK_NOW.stream().anyMatch(c::has)) {
			findings.reason("Risk to life or high risk: emergency response.");
			return ResponseGrade.EMERGENCY;
		}
		if (risk == RiskLevel.MEDIUM || c.has(Fact.CRIME_TO_INVESTIGATE)) {
			findings.reason("Harm is likely, or there is a crime to investigate: priority response.");
			return ResponseGrade.PRIORITY;
		}
		findings.reason("Police attend, with no sign of urgency: scheduled response.");
		return ResponseGrade.SCHEDULED;
	}
}
