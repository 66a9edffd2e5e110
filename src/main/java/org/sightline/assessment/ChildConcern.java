package org.sightline.assessment;

import org.sightline.shared.Fact;
import java.util.OptionalInt;
import java.util.Set;

import org.sightline.shared.Situation;

/**
 * What is known when considering the safety of children in an encounter.
 *
 * @param situation what the encounter is about
 * @param subjectAgeYears the age of the person the situation is about, when known
 * @param facts coded facts, including {@link Fact#CHILD_PRESENT} and {@link Fact#CHILDREN_IN_HOUSEHOLD}
 * @param officerView the officer's view of significant harm, {@link SignificantHarm#NOT_SUSPECTED}
 * when they have not given one
 * @param riskFound the risk level found so far for the person the situation is about (from the
 * facts, a tool or the assessor), {@link RiskLevel#NO_APPARENT_RISK} when none was found
 */
public record ChildConcern(Situation situation, OptionalInt subjectAgeYears, Set<Fact> facts,
		SignificantHarm officerView, RiskLevel riskFound) {

	public ChildConcern {
		subjectAgeYears = subjectAgeYears == null ? OptionalInt.empty() : subjectAgeYears;
		facts = Set.copyOf(facts);
		officerView = officerView == null ? SignificantHarm.NOT_SUSPECTED : officerView;
		riskFound = riskFound == null ? RiskLevel.NO_APPARENT_RISK : riskFound;
	}

	public ChildConcern(Situation situation, OptionalInt subjectAgeYears, Set<Fact> facts, SignificantHarm officerView) {
		this(situation, subjectAgeYears, facts, officerView, RiskLevel.NO_APPARENT_RISK);
	}
}
