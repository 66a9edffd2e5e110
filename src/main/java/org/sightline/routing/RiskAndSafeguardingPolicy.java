package org.sightline.routing;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sightline.assessment.AdultAtRiskPolicy;
import org.sightline.assessment.ChildConcern;
import org.sightline.assessment.ChildSafeguardingPolicy;
import org.sightline.assessment.DashOutcome;
import org.sightline.assessment.DomesticAbuseHistory;
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
 * The risk level and the referrals due, from the assessment module's policies (DASH and MARAC,
 * missing persons, child and adult safeguarding) and from the facts themselves. Tools inform the
 * level; the facts that mean serious harm is likely set it to high whatever a tool says.
 */
final class RiskAndSafeguardingPolicy {

	static final Set<Fact> SERIOUS_HARM_LIKELY = Set.of(Fact.REAL_IMMEDIATE_RISK_TO_LIFE, Fact.RISK_OF_SERIOUS_HARM,
			Fact.SELF_HARM_IN_PROGRESS, Fact.IMMINENT_RISK_OF_SERIOUS_INJURY_OR_DEATH, Fact.NON_FATAL_STRANGULATION,
			Fact.THREATS_TO_KILL);
	static final Set<Fact> HARM_LIKELY = Set.of(Fact.SUICIDAL_IDEATION, Fact.CRIME_TO_INVESTIGATE, Fact.NEGLECT,
			Fact.EXPLOITATION, Fact.CSE_MARKER, Fact.CCE_MARKER, Fact.COERCIVE_CONTROL, Fact.STALKING,
			Fact.HONOUR_BASED_ABUSE, Fact.FINANCIAL_ABUSE);

	private final MissingPersonRiskPolicy missingPersons;
	private final MaracReferralPolicy marac;
	private final ChildSafeguardingPolicy children;
	private final AdultAtRiskPolicy adults;
	private final int adultAge;

	RiskAndSafeguardingPolicy(MissingPersonRiskPolicy missingPersons, MaracReferralPolicy marac,
			ChildSafeguardingPolicy children, AdultAtRiskPolicy adults, int adultAge) {
		this.missingPersons = missingPersons;
		this.marac = marac;
		this.children = children;
		this.adults = adults;
		this.adultAge = adultAge;
	}

	void apply(Situation situation, RoutingCase c, Findings findings) {
		c.assessedRisk().ifPresent(level -> findings.raiseRisk(level,
				"The THRIVE assessment graded the subject " + level + ": the route never treats the risk as lower than that."));
		List<Fact> serious = SERIOUS_HARM_LIKELY.stream().filter(c::has).sorted().toList();
		if (!serious.isEmpty()) {
			findings.raiseRisk(RiskLevel.HIGH, "Serious harm is likely (" + names(serious) + "): high risk.");
		}
		List<Fact> likely = HARM_LIKELY.stream().filter(c::has).sorted().toList();
		if (!likely.isEmpty()) {
			findings.raiseRisk(RiskLevel.MEDIUM, "Harm is likely (" + names(likely) + "): at least medium risk.");
		}
		if (findings.risk == RiskLevel.NO_APPARENT_RISK && c.facts().stream().anyMatch(f -> !f.name().startsWith("POLICE_")
				&& f != Fact.WELL_SUPPORTED && f != Fact.CALLER_DISPUTES_DECISION)) {
			findings.raiseRisk(RiskLevel.LOW, null);
		}

		if (situation == Situation.MISSING_PERSON) {
			missingPerson(c, findings);
		}
		if (situation == Situation.DOMESTIC_ABUSE || c.dash().isPresent()) {
			domesticAbuse(c, findings);
		}
		SafeguardingDecision safeguarding;
		if (c.isChild(adultAge) || situation == Situation.CHILD_CONCERN) {
			safeguarding = children.assess(new ChildConcern(situation, c.subjectAgeYears(), c.facts(),
					SignificantHarm.NOT_SUSPECTED));
		}
		else {
			safeguarding = adults.assess(c.subjectAgeYears(), c.facts());
		}
		if (!safeguarding.referrals().isEmpty() || !safeguarding.actions().isEmpty()) {
			safeguarding.referrals().forEach(findings.referrals::add);
			safeguarding.actions().forEach(findings.actions::add);
			safeguarding.reasons().forEach(findings::reason);
		}
		if (c.has(Fact.CHILDREN_IN_HOUSEHOLD) || c.has(Fact.CHILD_PRESENT)) {
			if (situation == Situation.DOMESTIC_ABUSE) {
				findings.reason("Children live there or were present: record them, and ask whether they saw or heard "
						+ "the abuse (Children Act 1989 s31(9)); share with children's social care if they may be harmed.");
			}
		}
	}

	private void missingPerson(RoutingCase c, Findings findings) {
		MissingPersonOutcome outcome = missingPersons.assess(new MissingPersonReport(c.subjectAgeYears(), c.facts(), List.of()));
		if (outcome instanceof MissingPersonOutcome.Graded graded) {
			findings.raiseRisk(graded.level(), null);
			graded.actions().forEach(findings.actions::add);
			graded.reasons().forEach(findings::reason);
		}
	}

	private void domesticAbuse(RoutingCase c, Findings findings) {
		Optional<DashOutcome.Graded> dash = c.dash();
		dash.ifPresent(d -> {
			findings.raiseRisk(d.riskLevel(), null);
			d.reasons().forEach(findings::reason);
		});
		if (dash.map(d -> d.riskLevel() == RiskLevel.HIGH).orElse(false)) {
			findings.refer(Agency.IDVA, "High-risk domestic abuse: refer the victim to an independent domestic violence adviser (IDVA).");
			findings.action(ResponseAction.SPECIALIST_REVIEW, "High-risk domestic abuse: a specialist domestic abuse officer reviews the risk assessment.");
		}
		if (c.has(Fact.HONOUR_BASED_ABUSE)) {
			findings.action(ResponseAction.SPECIALIST_REVIEW, "Honour-based abuse: refer to the force's specialist lead; do not approach family or community members to mediate.");
		}
		MaracReferralDecision decision = marac.assess(dash, Optional.empty(),
				new DomesticAbuseHistory.Counted(c.domesticIncidentsLast12Months().orElse(1), c.monthsSinceLastMarac()));
		if (decision.referralDue()) {
			decision.referrals().forEach(findings.referrals::add);
			decision.findings().stream().filter(MaracReferralDecision.Finding::met).forEach(f -> findings.reason(f.reason()));
		}
		findings.action(ResponseAction.SPEAK_TO_PERSON_ALONE,
				"Domestic abuse: speak to the victim away from the suspect; fear and coercion stop people telling us (guideline 2, Clues).");
	}

	private static String names(List<Fact> facts) {
		return String.join(", ", facts.stream().map(f -> f.name().toLowerCase().replace('_', ' ')).toList());
	}
}
