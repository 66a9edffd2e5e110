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
 * @param assessedRisk the risk level a THRIVE assessment gave the subject, when there is one: the
 * route never treats the risk as lower than the assessor's judgement
 */
public record RoutingCase(Situation situation, Optional<String> callerType, OptionalInt subjectAgeYears, Set<Fact> facts,
		Optional<DashOutcome.Graded> dash, OptionalInt domesticIncidentsLast12Months, OptionalInt monthsSinceLastMarac,
		Optional<RiskLevel> assessedRisk) {

	public RoutingCase {
		facts = Set.copyOf(facts);
	}

	public boolean has(Fact fact) {
		return facts.contains(fact);
	}

	public boolean isChild(int adultAge) {
		return subjectAgeYears.isPresent() && subjectAgeYears.getAsInt() < adultAge;
	}
}
