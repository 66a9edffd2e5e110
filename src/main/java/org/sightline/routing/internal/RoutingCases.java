package org.sightline.routing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.sightline.assessment.AssessmentView;
import org.sightline.assessment.DashOutcome;
import org.sightline.assessment.DashPolicy;
import org.sightline.assessment.ProfessionalJudgement;
import org.sightline.assessment.RiskLevel;
import org.sightline.routing.RoutingCase;
import org.sightline.shared.Fact;

/**
 * Builds the routing case for an assessed encounter from its latest assessment: the situation and
 * the subject as known then, the facts (the assessor's and the subject's recorded vulnerabilities),
 * the DASH as graded, and the assessor's risk level for the subject.
 */
public final class RoutingCases {

	private final DashPolicy dash;

	private record Assessed(RiskLevel level, String whose) {
	}

	public RoutingCases(DashPolicy dash) {
		this.dash = dash;
	}

	public RoutingCase from(AssessmentView assessment, OptionalInt incidents, OptionalInt monthsSinceMarac) {
		AssessmentView.SnapshotPerson subject = assessment.snapshot()
			.people()
			.stream()
			.filter(p -> p.role().equals("SUBJECT") || p.role().equals("VICTIM"))
			.findFirst()
			.orElse(assessment.snapshot().people().get(0));
		Set<Fact> facts = EnumSet.noneOf(Fact.class);
		assessment.facts().forEach(code -> Fact.fromCode(code).ifPresent(facts::add));
		subject.vulnerabilities().forEach(code -> Fact.fromCode(code).ifPresent(facts::add));
		if (assessment.snapshot().people().stream().anyMatch(p -> p.role().equals("CHILD_PRESENT"))) {
			facts.add(Fact.CHILD_PRESENT);
		}
		Optional<DashOutcome.Graded> graded = assessment.tools()
			.stream()
			.filter(t -> t.tool().equals("DASH") && t.personId().equals(subject.id()))
			.findFirst()
			.map(t -> dash.grade(t.answers(), facts, t.finalLevel().equals(t.toolLevel()) ? Optional.empty()
					: Optional.of(new ProfessionalJudgement(t.finalLevel(), t.judgementRationale()))))
			.filter(DashOutcome.Graded.class::isInstance)
			.map(DashOutcome.Graded.class::cast);
		Optional<Assessed> assessed = highestRisk(assessment);
		return new RoutingCase(assessment.snapshot().situation(), Optional.empty(),
				subject.ageYears() == null ? OptionalInt.empty() : OptionalInt.of(subject.ageYears()), facts, graded,
				incidents, monthsSinceMarac, assessed.map(Assessed::level), assessed.map(Assessed::whose));
	}

	/**
	 * The highest risk anyone in the encounter was given, by the assessor or by a tool in the
	 * assessment: a risk found anywhere reaches the route, not only the subject's.
	 */
	private static Optional<Assessed> highestRisk(AssessmentView assessment) {
		Map<UUID, String> names = new HashMap<>();
		assessment.snapshot().people().forEach(p -> names.put(p.id(), p.name()));
		List<Assessed> found = new ArrayList<>();
		assessment.personRisks()
			.stream()
			.filter(r -> r.riskLevel() != null)
			.forEach(r -> found.add(new Assessed(r.riskLevel(), r.name())));
		assessment.tools()
			.stream()
			.filter(t -> t.riskLevel() != null)
			.forEach(t -> found.add(new Assessed(t.riskLevel(), names.getOrDefault(t.personId(), "someone") + " (" + t.tool() + ")")));
		if (assessment.missingPerson() != null && assessment.missingPerson().toolLevel() != null) {
			found.add(new Assessed(assessment.missingPerson().toolLevel(),
					names.getOrDefault(assessment.missingPerson().personId(), "the missing person") + " (missing-person grading)"));
		}
		return found.stream().max(Comparator.comparing(Assessed::level));
	}
}
