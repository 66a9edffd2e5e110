package org.sightline.assessment;

import org.sightline.shared.Fact;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.sightline.shared.Violations;

/**
 * Grades a DASH checklist (REFERENCE §6.1). Every question must be answered YES, NO or NOT_KNOWN;
 * the number of yes answers gives the level through the thresholds in the tool definition (not
 * constants here); professional judgement may raise that level and never lower it; red flags in
 * the answers and facts are reported as reasons that support judgement. The result names the tool
 * version that produced it.
 */
public final class DashPolicy {

	/** Facts of the routing-preview contract that are red-flag indicators, and which. */
	private static final Map<Fact, Set<String>> FACT_INDICATORS = Map.of(
			Fact.RECENT_SEPARATION, Set.of("SEPARATION"),
			Fact.COERCIVE_CONTROL, Set.of("COERCIVE_CONTROL"),
			Fact.NON_FATAL_STRANGULATION, Set.of("NON_FATAL_STRANGULATION", "VIOLENCE"),
			Fact.STALKING, Set.of("STALKING"),
			Fact.THREATS_TO_KILL, Set.of("THREATS_TO_KILL"),
			Fact.HONOUR_BASED_ABUSE, Set.of("HONOUR_BASED_ABUSE"));

	private final RiskTool dash;

	/**
	 * @param dash the DASH definition in force (normally {@code RiskTools.require("DASH")})
	 * @throws IllegalArgumentException when the tool is not graded by counting yes answers
	 */
	public DashPolicy(RiskTool dash) {
		Objects.requireNonNull(dash, "dash");
		if (dash.gradingMode() != RiskTool.GradingMode.SCORE
				|| dash.scoringRule().filter(r -> r == RiskTool.ScoringRule.COUNT_YES).isEmpty()) {
			throw new IllegalArgumentException(dash.id() + " is not graded by counting yes answers");
		}
		this.dash = dash;
	}

	public RiskTool tool() {
		return dash;
	}

	/**
	 * Grades a full checklist.
	 *
	 * @param answers question code to {@code YES}, {@code NO} or {@code NOT_KNOWN}, as submitted
	 * @param facts other facts known about the situation (for red flags such as honour-based abuse)
	 * @param judgement the officer's own grade, if they gave one
	 */
	public DashOutcome grade(Map<String, String> answers, Set<Fact> facts, Optional<ProfessionalJudgement> judgement) {
		Violations problems = new Violations();
		Map<RiskTool.Question, Answer> answered = new LinkedHashMap<>();
		for (RiskTool.Question question : dash.questions()) {
			String given = answers.get(question.code());
			if (given == null || given.isBlank()) {
				problems.add("answers." + question.code(),
						"Question " + question.number() + " (" + question.code() + ") has no answer: answer YES, NO or NOT_KNOWN");
				continue;
			}
			Optional<Answer> answer = parse(given);
			if (answer.isEmpty()) {
				problems.add("answers." + question.code(), "Question " + question.number() + " (" + question.code()
						+ ") has the answer '" + given + "': answer YES, NO or NOT_KNOWN");
				continue;
			}
			answered.put(question, answer.get());
		}
		for (String code : answers.keySet()) {
			if (dash.question(code).isEmpty()) {
				problems.add("answers." + code, code + " is not a question of " + dash.id());
			}
		}

		List<String> yes = new ArrayList<>();
		List<String> highRiskFactors = new ArrayList<>();
		List<String> notKnown = new ArrayList<>();
		Map<String, List<String>> indicators = new LinkedHashMap<>();
		answered.forEach((question, answer) -> {
			if (answer == Answer.YES) {
				yes.add(question.code());
				if (question.highRiskFactor()) {
					highRiskFactors.add(question.code());
				}
				for (String indicator : question.indicates()) {
					indicators.computeIfAbsent(indicator, i -> new ArrayList<>()).add(question.toString() + " answered yes");
				}
			}
			else if (answer == Answer.NOT_KNOWN) {
				notKnown.add(question.code());
			}
		});
		return decide(problems, yes.size(), false, highRiskFactors, notKnown, indicators, facts, judgement);
	}

	/**
	 * Grades from the number of yes answers alone, when the checklist itself is held elsewhere (the
	 * routing preview's {@code dash.yesAnswers}). Completeness cannot be checked here.
	 */
	public DashOutcome gradeYesCount(int yesAnswers, Set<Fact> facts, Optional<ProfessionalJudgement> judgement) {
		Violations problems = new Violations();
		if (yesAnswers < 0 || yesAnswers > dash.maximumScore()) {
			problems.add("yesAnswers", "The number of yes answers must be from 0 to " + dash.maximumScore() + " for "
					+ dash.id() + ", not " + yesAnswers);
		}
		return decide(problems, yesAnswers, true, List.of(), List.of(), new LinkedHashMap<>(), facts, judgement);
	}

	private DashOutcome decide(Violations problems, int yesAnswers, boolean countOnly, List<String> highRiskFactors,
			List<String> notKnown, Map<String, List<String>> indicators, Set<Fact> facts,
			Optional<ProfessionalJudgement> judgement) {
		if (!problems.isEmpty()) {
			return new DashOutcome.Rejected(dash.id(), problems.list());
		}
		RiskTool.Level toolLevel = dash.levelForScore(yesAnswers);
		RiskTool.Level level = toolLevel;
		if (judgement.isPresent()) {
			Optional<RiskTool.Level> judged = judged(judgement.get(), toolLevel, yesAnswers, problems);
			if (!problems.isEmpty()) {
				return new DashOutcome.Rejected(dash.id(), problems.list());
			}
			level = judged.orElseThrow();
		}

		List<String> reasons = new ArrayList<>();
		reasons.add(dash.id() + ": " + yesAnswers + " of " + dash.maximumScore() + " answers yes"
				+ (countOnly ? " (count given; answers not seen)" : "") + "; " + toolLevel.scoreRange() + " is "
				+ toolLevel.code() + " (REFERENCE §6.1).");
		if (!notKnown.isEmpty()) {
			reasons.add(notKnown.size() + " answer(s) not known and not counted as yes (" + String.join(", ", notKnown)
					+ "): find out where you can, and grade on what is known.");
		}
		if (!highRiskFactors.isEmpty()) {
			reasons.add("High-risk factors answered yes: " + String.join(", ", highRiskFactors) + ".");
		}
		if (!level.equals(toolLevel)) {
			reasons.add("Professional judgement raises the grade from " + toolLevel.code() + " to " + level.code()
					+ ", with the officer's rationale recorded; judgement may raise a DASH grade, never lower it.");
		}
		else if (judgement.isPresent()) {
			reasons.add("Professional judgement confirms " + level.code() + ".");
		}

		for (Fact fact : facts.stream().sorted().toList()) {
			for (String indicator : FACT_INDICATORS.getOrDefault(fact, Set.of())) {
				indicators.computeIfAbsent(indicator, i -> new ArrayList<>()).add("fact " + fact);
			}
		}
		Set<DashRedFlag> redFlags = EnumSet.noneOf(DashRedFlag.class);
		for (DashRedFlag flag : DashRedFlag.values()) {
			if (indicators.keySet().containsAll(flag.indicators())) {
				redFlags.add(flag);
				Set<String> evidence = new LinkedHashSet<>();
				flag.indicators().stream().sorted().forEach(i -> evidence.addAll(indicators.get(i)));
				reasons.add("Red flag: " + flag.description() + " (" + String.join("; ", evidence)
						+ "). Red flags support professional judgement, whatever the count (SafeLives, REFERENCE §6.1).");
			}
		}
		if (!redFlags.isEmpty() && level.riskLevel() != RiskLevel.HIGH && judgement.isEmpty()) {
			reasons.add("Consider whether professional judgement should raise the grade above " + level.code() + ".");
		}
		return new DashOutcome.Graded(dash.id(), yesAnswers, dash.maximumScore(), toolLevel, level, judgement,
				highRiskFactors, notKnown, redFlags, reasons);
	}

	private Optional<RiskTool.Level> judged(ProfessionalJudgement judgement, RiskTool.Level toolLevel, int yesAnswers,
			Violations problems) {
		if (judgement.rationale() == null || judgement.rationale().isBlank()) {
			problems.add("judgement.rationale", "Explain the professional judgement: a grade without a rationale is not judgement");
		}
		Optional<RiskTool.Level> judged = dash.level(judgement.level() == null ? "" : judgement.level());
		if (judged.isEmpty()) {
			problems.add("judgement.level", "'" + judgement.level() + "' is not a level of " + dash.id() + "; choose one of "
					+ dash.levels().stream().map(RiskTool.Level::code).toList());
		}
		else if (dash.rank(judged.get()) < dash.rank(toolLevel)) {
			problems.add("judgement.level", "Professional judgement cannot lower a DASH grade: " + yesAnswers + " of "
					+ dash.maximumScore() + " answers yes is " + toolLevel.code() + ", and " + judged.get().code()
					+ " is below it. Judgement may raise the grade, never lower it (REFERENCE §6.1).");
		}
		return judged;
	}

	private static Optional<Answer> parse(String given) {
		for (Answer answer : Answer.values()) {
			if (answer.name().equals(given.strip())) {
				return Optional.of(answer);
			}
		}
		return Optional.empty();
	}
}
