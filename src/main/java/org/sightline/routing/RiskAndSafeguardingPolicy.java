package org.sightline.routing;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sightline.assessment.AdultAtRiskPolicy;
import org.sightline.assessment.ChildConcern;
import org.sightline.assessment.ChildSafeguardingPolicy;
import org.sightline.assessment.DashOutcome;
import org.sightline.assessment.DomesticAbuseHistory;
import org.sightline.assessment.DomesticContext;
import org.sightline.assessment.MaracCriterion;
import org.sightline.assessment.MaracReferralDecision;
import org.sightline.assessment.MaracReferralPolicy;
import org.sightline.assessment.MissingPersonOutcome;
import org.sightline.assessment.MissingPersonReport;
import org.sightline.assessment.MissingPersonRiskPolicy;
import org.sightline.assessment.ResponseAction;
import org.sightline.assessment.RiskLevel;
import org.sightline.assessment.SafeguardingDecision;
import org.sightline.assessment.SignificantHarm;
import org.sightline.shared.Agency;
import org.sightline.shared.Fact;
import org.sightline.shared.Situation;

/**
 * The risk level and the referrals due, from the facts, the THRIVE assessment and the assessment
 * module's policies (DASH and MARAC, missing persons, child and adult safeguarding). The risk is
 * worked out first, from every source, and only then the referrals, so a risk found anywhere
 * reaches them. A level only ever goes up: no fact lowers what another fact set.
 */
final class RiskAndSafeguardingPolicy {

	/** Facts that mean serious harm is happening or very likely: high risk. */
	static final Set<Fact> SERIOUS_HARM_LIKELY = EnumSet.of(Fact.REAL_IMMEDIATE_RISK_TO_LIFE, Fact.RISK_OF_SERIOUS_HARM,
			Fact.SELF_HARM_IN_PROGRESS, Fact.IMMINENT_RISK_OF_SERIOUS_INJURY_OR_DEATH, Fact.NON_FATAL_STRANGULATION,
			Fact.THREATS_TO_KILL, Fact.RISK_TO_OTHERS);
	/** Facts that mean harm is likely: at least medium risk. */
	static final Set<Fact> HARM_LIKELY = EnumSet.of(Fact.SUICIDAL_IDEATION, Fact.CRIME_TO_INVESTIGATE, Fact.NEGLECT,
			Fact.EXPLOITATION, Fact.CSE_MARKER, Fact.CCE_MARKER, Fact.COERCIVE_CONTROL, Fact.STALKING,
			Fact.HONOUR_BASED_ABUSE, Fact.FINANCIAL_ABUSE, Fact.GANG_INVOLVEMENT, Fact.INJURIES_PRESENTING_AT_HEALTH);
	/** Facts that say nothing about harm to anyone: they never raise the risk on their own. */
	static final Set<Fact> NOT_ABOUT_HARM = EnumSet.of(Fact.POLICE_ASSUMED_RESPONSIBILITY, Fact.POLICE_CREATED_RISK,
			Fact.WELL_SUPPORTED, Fact.CALLER_DISPUTES_DECISION);
	/** Situations where the person is out of sight and may be exposed: missing-person risk factors apply. */
	private static final Set<Situation> AT_LARGE = EnumSet.of(Situation.WALKOUT_FROM_HEALTH_SETTING,
			Situation.AWOL_FROM_MENTAL_HEALTH_UNIT, Situation.MISSING_PERSON);
	/** Exposure to danger out of doors: on a concern for welfare, these mean the person is out in it. */
	private static final Set<Fact> OUTDOOR_DANGER = EnumSet.of(Fact.ADVERSE_WEATHER, Fact.ENVIRONMENTAL_HAZARD);

	private final MissingPersonRiskPolicy missingPersons;
	private final MaracReferralPolicy marac;
	private final ChildSafeguardingPolicy children;
	private final AdultAtRiskPolicy adults;

	RiskAndSafeguardingPolicy(MissingPersonRiskPolicy missingPersons, MaracReferralPolicy marac,
			ChildSafeguardingPolicy children, AdultAtRiskPolicy adults) {
		this.missingPersons = missingPersons;
		this.marac = marac;
		this.children = children;
		this.adults = adults;
	}

	/**
	 * @param situation the situation as the rules treat it (an informal patient's "AWOL" is a walk-out)
	 */
	void apply(Situation situation, RoutingCase c, Subject subject, Findings findings) {
		boolean domestic = DomesticContext.applies(situation, c.facts()) || c.dash().isPresent();
		riskFromAssessment(c, findings);
		riskFromFacts(situation, c, subject, findings);
		if (situation == Situation.MISSING_PERSON || absentFromAUnit(situation, c)) {
			missingPerson(situation, c, findings);
		}
		c.dash().ifPresent(d -> {
			findings.raiseRisk(d.riskLevel(), null, "the " + d.tool());
			d.reasons().forEach(findings::reason);
		});
		if (domestic) {
			domesticAbuse(situation, c, subject, findings);
		}
		if (c.has(Fact.STALKING)) {
			findings.action(ResponseAction.SPECIALIST_REVIEW, "Stalking: complete the stalking screening questions and "
					+ "ask the force's stalking specialist to review; stalking after separation is often under-graded "
					+ "(DARA pilot evaluation, REFERENCE §6.2).");
		}
		safeguarding(situation, c, subject, findings);
		if (situation == Situation.MISSING_PERSON && subject.child() && findings.risk == RiskLevel.HIGH) {
			findings.action(ResponseAction.CONSIDER_CHILD_RESCUE_ALERT, "A missing child at high risk: consider a Child "
					+ "Rescue Alert (missing persons APP, REFERENCE §6.3).");
		}
	}

	private static void riskFromAssessment(RoutingCase c, Findings findings) {
		c.assessedRisk().ifPresent(level -> findings.raiseRisk(level, "The THRIVE assessment graded "
				+ c.assessedRiskOf().orElse("the subject") + " " + level.name().toLowerCase().replace('_', ' ')
				+ " risk: the route never treats the risk as lower than that.", "the THRIVE assessment"));
	}

	private void riskFromFacts(Situation situation, RoutingCase c, Subject subject, Findings findings) {
		List<Fact> serious = SERIOUS_HARM_LIKELY.stream().filter(c::has).toList();
		if (!serious.isEmpty()) {
			findings.raiseRisk(RiskLevel.HIGH, "Serious harm is happening or very likely (" + words(serious)
					+ "): high risk.", "the facts (" + words(serious) + ")");
		}
		if (c.has(Fact.RECENT_SEPARATION) && c.has(Fact.STALKING)) {
			findings.raiseRisk(RiskLevel.HIGH, "Stalking after a recent separation: a known precursor of domestic "
					+ "homicide and often under-graded; high risk (SafeLives red flags; DARA pilot evaluation, REFERENCE "
					+ "§6.1–6.2).", "post-separation stalking");
		}
		if (subject.youngChildWithoutCare()) {
			findings.raiseRisk(RiskLevel.HIGH, "A child under " + children.youngChildAge() + " with no carer present, or "
					+ "neglected, cannot keep themselves safe: a risk of serious harm; high risk (Children Act 1989 s46; "
					+ "Working Together 2023).", "a young child without care");
		}
		boolean atLarge = AT_LARGE.contains(situation) || absentFromAUnit(situation, c);
		if (atLarge || situation == Situation.CONCERN_FOR_WELFARE) {
			List<Fact> conditions = MissingPersonRiskPolicy.CONDITIONS.stream().filter(c::has).toList();
			List<Fact> exposures = (atLarge ? MissingPersonRiskPolicy.EXPOSURES : OUTDOOR_DANGER).stream().filter(c::has).toList();
			if (!conditions.isEmpty() && !exposures.isEmpty()) {
				findings.raiseRisk(RiskLevel.HIGH, "Illness or disability affecting their safety (" + words(conditions)
						+ ") while out of sight and exposed to danger (" + words(exposures) + "): serious harm is very "
						+ "likely; high risk (missing persons APP risk factors, REFERENCE §6.3).",
						"illness or disability with exposure to danger");
			}
		}
		boolean underTwelve = subject.ageYears().isPresent() && subject.ageYears().getAsInt() < missingPersons.youngChildAge();
		if (subject.child() && underTwelve && c.has(Fact.CARER_ABSENT) && (c.has(Fact.NEGLECT)
				|| MissingPersonRiskPolicy.EXPOSURES.stream().anyMatch(c::has))) {
			findings.raiseRisk(RiskLevel.HIGH, "A child under " + missingPersons.youngChildAge() + " with no carer present, "
					+ "neglected or exposed to danger, cannot be expected to keep themselves safe: a risk of serious harm; "
					+ "high risk (Children Act 1989 s46; force setting).", "a child alone and at risk");
		}
		List<Fact> likely = HARM_LIKELY.stream().filter(c::has).toList();
		if (!likely.isEmpty()) {
			findings.raiseRisk(RiskLevel.MEDIUM, "Harm is likely (" + words(likely) + "): at least medium risk.",
					"the facts (" + words(likely) + ")");
		}
		if (subject.child() && c.has(Fact.CARER_ABSENT)) {
			findings.raiseRisk(RiskLevel.MEDIUM, "A child whose carer is absent: harm is likely; at least medium risk "
					+ "(Children Act 1989 s17).", "a child without their carer");
		}
		if (absentFromAUnit(situation, c)) {
			findings.raiseRisk(RiskLevel.MEDIUM, "A patient absent from a mental health unit, whereabouts not "
					+ "established: at least medium risk until found (MHA Code of Practice 2015, ch. 28; missing persons "
					+ "APP).", "a patient absent from a mental health unit");
		}
		if (situation == Situation.SECTION_136_PLACE_OF_SAFETY) {
			findings.raiseRisk(RiskLevel.MEDIUM, "Detained under section 136: the person appeared to have a mental "
					+ "disorder and to be in immediate need of care or control; at least medium risk until handed over "
					+ "(Mental Health Act 1983 s136).", "a section 136 detention");
		}
		if (situation == Situation.DOMESTIC_ABUSE) {
			findings.raiseRisk(RiskLevel.LOW, "Domestic abuse is at least standard risk until assessed (DASH, "
					+ "REFERENCE §6.1).", "domestic abuse");
		}
		if (situation != Situation.OTHER) {
			// someone called because they were worried about a person: harm is possible
			findings.raiseRisk(RiskLevel.LOW, null, "the call");
		}
		if (subject.child() || situation == Situation.CHILD_CONCERN) {
			findings.raiseRisk(RiskLevel.LOW, null, "a child");
		}
		if (c.facts().stream().anyMatch(f -> !NOT_ABOUT_HARM.contains(f))) {
			findings.raiseRisk(RiskLevel.LOW, null, "the facts");
		}
	}

	/** Reported as AWOL (an informal patient's walk-out included), or treated as AWOL (a detained patient's walk-out). */
	private static boolean absentFromAUnit(Situation situation, RoutingCase c) {
		return situation == Situation.AWOL_FROM_MENTAL_HEALTH_UNIT || c.situation() == Situation.AWOL_FROM_MENTAL_HEALTH_UNIT;
	}

	private void missingPerson(Situation situation, RoutingCase c, Findings findings) {
		Set<Fact> facts = EnumSet.noneOf(Fact.class);
		facts.addAll(c.facts());
		if (situation == Situation.AWOL_FROM_MENTAL_HEALTH_UNIT) {
			// AWOL applies only to detained patients: the report itself says they are detained
			facts.add(Fact.DETAINED_UNDER_MHA);
		}
		MissingPersonOutcome outcome = missingPersons.assess(new MissingPersonReport(c.subjectAgeYears(), facts, List.of()));
		if (outcome instanceof MissingPersonOutcome.Graded graded) {
			findings.raiseRisk(graded.level(), null, "the missing-person grading");
			graded.actions().forEach(findings.actions::add);
			graded.reasons().forEach(findings::reason);
		}
	}

	private void domesticAbuse(Situation situation, RoutingCase c, Subject subject, Findings findings) {
		Optional<DashOutcome.Graded> dash = c.dash();
		MaracReferralDecision decision = marac.assess(dash, Optional.empty(),
				new DomesticAbuseHistory.Counted(c.domesticIncidentsLast12Months().orElse(1), c.monthsSinceLastMarac()));
		boolean high = findings.risk == RiskLevel.HIGH;
		if (!subject.maracEligible()) {
			findings.reason("The victim is under " + marac.minimumAge() + ": a MARAC is for victims aged "
					+ marac.minimumAge() + " or over, so their safety is planned through children's social care "
					+ "(Working Together 2023).");
		}
		else {
			if (decision.referralDue()) {
				findings.referrals.add(Agency.MARAC);
				decision.findings().stream().filter(MaracReferralDecision.Finding::met).forEach(f -> findings.reason(f.reason()));
			}
			if (high && !decision.met(MaracCriterion.VISIBLE_HIGH_RISK)) {
				findings.refer(Agency.MARAC, "MARAC referral on the SafeLives criterion 'professional judgement': high "
						+ "risk found from " + Optional.ofNullable(findings.riskSource).orElse("the assessment")
						+ ", whatever the DASH count; judgement can be the only basis for a referral (REFERENCE §6.1).");
			}
		}
		if (high) {
			findings.refer(Agency.IDVA, "High-risk domestic abuse: refer the victim to an independent domestic violence "
					+ "adviser (IDVA).");
			findings.action(ResponseAction.SPECIALIST_REVIEW,
					"High-risk domestic abuse: a specialist domestic abuse officer reviews the risk assessment.");
		}
		if (c.has(Fact.HONOUR_BASED_ABUSE)) {
			findings.action(ResponseAction.SPECIALIST_REVIEW, "Honour-based abuse: refer to the force's specialist lead; "
					+ "do not approach family or community members to mediate.");
		}
		findings.action(ResponseAction.SPEAK_TO_PERSON_ALONE, "Domestic abuse: speak to the victim away from the suspect; "
				+ "fear and coercion stop people telling us (guideline 2, Clues).");
	}

	private void safeguarding(Situation situation, RoutingCase c, Subject subject, Findings findings) {
		boolean childrenAround = c.has(Fact.CHILD_PRESENT) || c.has(Fact.CHILDREN_IN_HOUSEHOLD);
		if (!subject.child()) {
			record(adults.assess(situation, c.subjectAgeYears(), c.facts()), findings);
		}
		if (subject.child() || childrenAround || situation == Situation.CHILD_CONCERN) {
			Set<Fact> facts = EnumSet.noneOf(Fact.class);
			facts.addAll(c.facts());
			if (subject.child() && c.subjectAgeYears().isEmpty()) {
				facts.add(Fact.CHILD);
			}
			if (c.dash().isPresent()) {
				// a DASH is completed for a victim of domestic abuse
				facts.add(Fact.DOMESTIC_ABUSE_VICTIM_OR_WITNESS);
			}
			SafeguardingDecision decision = children.assess(new ChildConcern(situation, c.subjectAgeYears(), facts,
					SignificantHarm.NOT_SUSPECTED, findings.risk));
			record(decision, findings);
		}
	}

	private static void record(SafeguardingDecision decision, Findings findings) {
		if (!decision.referrals().isEmpty() || !decision.actions().isEmpty()) {
			decision.referrals().forEach(findings.referrals::add);
			decision.actions().forEach(findings.actions::add);
			decision.reasons().forEach(findings::reason);
		}
	}

	static String words(List<Fact> facts) {
		return String.join(", ", facts.stream().map(f -> f.name().toLowerCase().replace('_', ' ')).toList());
	}
}
