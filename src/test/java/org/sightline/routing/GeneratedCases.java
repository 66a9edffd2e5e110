package org.sightline.routing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.sightline.assessment.DashOutcome;
import org.sightline.assessment.DashPolicy;
import org.sightline.assessment.RiskLevel;
import org.sightline.assessment.RiskTools;
import org.sightline.shared.Fact;
import org.sightline.shared.Situation;

/**
 * Generated routing cases for the property tests: every situation, every caller type, ages from
 * newborn to 110 (weighted towards the boundaries the rules use: under 5, under 12, 16, 17, 18) or
 * not known, any combination of up to eight facts, with or without a DASH count, a domestic abuse
 * history and an assessor's risk level.
 */
final class GeneratedCases {

	/** At least 10,000 generated cases per property (the bar). */
	static final int EXAMPLES = 10_000;
	/** A fixed seed keeps CI reproducible; set -DQT_SEED=... (QuickTheories) to explore others. */
	static final long SEED = 20261204L;

	static final List<Fact> FACTS = List.of(Fact.values());
	private static final DashPolicy DASH = new DashPolicy(RiskTools.bundled().require("DASH"));
	private static final List<String> CALLERS = List.of("MEMBER_OF_PUBLIC", "FAMILY_OR_FRIEND", "SELF", "HEALTH_SERVICE",
			"SOCIAL_CARE", "EDUCATION", "OTHER_AGENCY");

	private GeneratedCases() {
	}

	static QuickTheory qt() {
		String seed = System.getProperty("QT_SEED");
		return QuickTheory.qt().withExamples(EXAMPLES).withFixedSeed(seed == null ? SEED : Long.parseLong(seed));
	}

	static Gen<OptionalInt> ages() {
		Gen<OptionalInt> boundaries = Generate.pick(List.of(0, 1, 3, 4, 5, 6, 11, 12, 13, 15, 16, 17, 18, 19, 25, 40, 65, 81, 95))
			.map(OptionalInt::of);
		Gen<OptionalInt> any = Generate.range(0, 110).map(OptionalInt::of);
		return Generate.frequency(org.quicktheories.api.Pair.of(5, boundaries), org.quicktheories.api.Pair.of(3, any),
				org.quicktheories.api.Pair.of(2, Generate.constant(OptionalInt.empty())));
	}

	static Gen<OptionalInt> childAges() {
		return Generate.range(0, 17).map(OptionalInt::of);
	}

	static Gen<OptionalInt> adultAges() {
		return Generate.range(18, 110).map(OptionalInt::of);
	}

	static Gen<Set<Fact>> facts() {
		return in -> {
			int size = (int) in.next(org.quicktheories.impl.Constraint.between(0, 8));
			Set<Fact> facts = EnumSet.noneOf(Fact.class);
			for (int i = 0; i < size; i++) {
				facts.add(FACTS.get((int) in.next(org.quicktheories.impl.Constraint.between(0, FACTS.size() - 1))));
			}
			return facts;
		};
	}

	static Gen<Fact> oneFact() {
		return Generate.pick(FACTS);
	}

	static Gen<RoutingCase> cases() {
		return cases(ages());
	}

	static Gen<RoutingCase> cases(Gen<OptionalInt> ages) {
		Gen<Situation> situations = Generate.enumValues(Situation.class);
		Gen<Optional<String>> callers = Generate.pick(CALLERS).toOptionals(30);
		Gen<Optional<Integer>> dash = Generate.range(0, DASH.tool().maximumScore()).toOptionals(50);
		Gen<int[]> history = in -> new int[] { (int) in.next(org.quicktheories.impl.Constraint.between(-1, 6)),
				(int) in.next(org.quicktheories.impl.Constraint.between(-1, 30)) };
		Gen<Optional<RiskLevel>> assessed = Generate.enumValues(RiskLevel.class).toOptionals(40);
		return in -> {
			Situation situation = situations.generate(in);
			Optional<String> caller = callers.generate(in);
			OptionalInt age = ages.generate(in);
			Set<Fact> facts = facts().generate(in);
			Optional<DashOutcome.Graded> graded = dash.generate(in)
				.map(yes -> (DashOutcome.Graded) DASH.gradeYesCount(yes, facts, Optional.empty()));
			int[] h = history.generate(in);
			Optional<RiskLevel> risk = assessed.generate(in);
			return new RoutingCase(situation, caller, age, facts, graded, h[0] < 0 ? OptionalInt.empty() : OptionalInt.of(h[0]),
					h[1] < 0 ? OptionalInt.empty() : OptionalInt.of(h[1]), risk, risk.map(r -> "the subject"));
		};
	}

	/** The case in a few words, for a failing example. */
	static String describe(RoutingCase c) {
		List<String> parts = new ArrayList<>();
		parts.add(c.situation().name());
		parts.add("age " + (c.subjectAgeYears().isPresent() ? c.subjectAgeYears().getAsInt() : "unknown"));
		parts.add("facts " + c.facts());
		c.dash().ifPresent(d -> parts.add("DASH " + d.yesAnswers()));
		c.callerType().ifPresent(t -> parts.add("caller " + t));
		c.domesticIncidentsLast12Months().ifPresent(n -> parts.add(n + " incidents"));
		c.monthsSinceLastMarac().ifPresent(n -> parts.add("MARAC " + n + " months ago"));
		c.assessedRisk().ifPresent(r -> parts.add("assessed " + r));
		return String.join("; ", parts);
	}
}
