package org.sightline.routing;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.sightline.assessment.DashOutcome;
import org.sightline.assessment.RiskLevel;
import org.sightline.shared.Fact;
import org.sightline.shared.Situation;

/**
 * Everything the routing rules look at: the situation, who is calling, the subject's age, the
 * coded facts, a DASH result if there is one, and the domestic abuse history.
 *
 * @param dash a DASH grading (from a completed checklist, or from a count of yes answers)
 * @param domesticIncidentsLast12Months counting this one; empty when not known
 * @param monthsSinceLastMarac empty when the person was never heard at MARAC
 * @param assessedRisk the highest risk level the THRIVE assessment (or a tool in it) gave anyone
 * in the encounter, when there is one: the route never treats the risk as lower than that
 * @param assessedRiskOf whose risk that was, in words, for the reason ("Ann Smith (child present)")
 */
public record RoutingCase(Situation situation, Optional<String> callerType, OptionalInt subjectAgeYears, Set<Fact> facts,
		Optional<DashOutcome.Graded> dash, OptionalInt domesticIncidentsLast12Months, OptionalInt monthsSinceLastMarac,
		Optional<RiskLevel> assessedRisk, Optional<String> assessedRiskOf) {

	public RoutingCase {
		facts = Set.copyOf(facts);
		assessedRiskOf = assessedRiskOf == null ? Optional.empty() : assessedRiskOf;
	}

	public RoutingCase(Situation situation, Optional<String> callerType, OptionalInt subjectAgeYears, Set<Fact> facts,
			Optional<DashOutcome.Graded> dash, OptionalInt domesticIncidentsLast12Months, OptionalInt monthsSinceLastMarac,
			Optional<RiskLevel> assessedRisk) {
		this(situation, callerType, subjectAgeYears, facts, dash, domesticIncidentsLast12Months, monthsSinceLastMarac,
				assessedRisk, Optional.empty());
	}

	public boolean has(Fact fact) {
		return facts.contains(fact);
	}

	/** The same case with one more fact: for the property that adding a fact never lowers the response. */
	RoutingCase with(Fact fact) {
		Set<Fact> more = new java.util.HashSet<>(facts);
		more.add(fact);
		return new RoutingCase(situation, callerType, subjectAgeYears, more, dash, domesticIncidentsLast12Months,
				monthsSinceLastMarac, assessedRisk, assessedRiskOf);
	}

	/** The same case about someone of another age (empty: not known). */
	RoutingCase aged(OptionalInt age) {
		return new RoutingCase(situation, callerType, age, facts, dash, domesticIncidentsLast12Months, monthsSinceLastMarac,
				assessedRisk, assessedRiskOf);
	}
}
