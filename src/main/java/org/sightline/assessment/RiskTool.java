package org.sightline.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A structured risk tool (DASH, DARA, a force's own) as versioned data, read from a YAML file under
 * {@code assessment/tools/} by {@link RiskTools}. A tool informs judgement and never replaces it
 * (REFERENCE §1.0, §6): a SCORE tool suggests a level from its answers, a JUDGEMENT tool only
 * structures the questions and leaves the level to the officer.
 *
 * @param code the tool's code, for example {@code DASH}
 * @param version the version of this definition; every result records it
 * @param title the tool's name in plain English
 * @param source where the questions and thresholds come from
 * @param gradingMode whether the answers suggest a level
 * @param scoringRule how answers become a score (SCORE tools only)
 * @param questions in the order they are asked
 * @param levels lowest first; for SCORE tools they cover every possible score without gaps
 */
public record RiskTool(String code, String version, String title, String source, GradingMode gradingMode,
		Optional<ScoringRule> scoringRule, List<Question> questions, List<Level> levels) {

	public enum GradingMode {
		/** The answers give a score, and the score a level; judgement may raise it, never lower it. */
		SCORE,
		/** The officer chooses the level; the questions structure their judgement. */
		JUDGEMENT
	}

	public enum ScoringRule {
		/** The score is the number of questions answered yes; "not known" is not yes. */
		COUNT_YES
	}

	/**
	 * One question of a tool.
	 *
	 * @param number its position, from 1, as printed on the form
	 * @param code unique within the tool
	 * @param text a short plain-English wording
	 * @param highRiskFactor whether the form marks it as a high-risk factor (DASH prints these in bold)
	 * @param indicates indicator codes a yes answer supports (for example {@code STALKING}); policies
	 * read them, for example to report the DASH red flags
	 */
	public record Question(int number, String code, String text, boolean highRiskFactor, Set<String> indicates) {

		public Question {
			Objects.requireNonNull(code, "code");
			indicates = Set.copyOf(indicates);
		}

		@Override
		public String toString() {
			return "question " + number + " (" + code + ")";
		}
	}

	/**
	 * One level of a tool.
	 *
	 * @param code the tool's own name for it, for example {@code STANDARD}
	 * @param meaning what the level means, in plain English
	 * @param minimumScore lowest score at this level (SCORE tools)
	 * @param maximumScore highest score at this level; empty for the top level (SCORE tools)
	 * @param riskLevel the shared risk level it is reported as
	 */
	public record Level(String code, String meaning, OptionalInt minimumScore, OptionalInt maximumScore,
			RiskLevel riskLevel) {

		public Level {
			Objects.requireNonNull(code, "code");
			Objects.requireNonNull(riskLevel, "riskLevel");
		}

		/** "10 to 13", "14 or more", or "by judgement". */
		public String scoreRange() {
			if (minimumScore.isEmpty()) {
				return "by judgement";
			}
			if (maximumScore.isEmpty()) {
				return minimumScore.getAsInt() + " or more";
			}
			return minimumScore.getAsInt() + " to " + maximumScore.getAsInt();
		}
	}

	public RiskTool {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(gradingMode, "gradingMode");
		scoringRule = scoringRule == null ? Optional.empty() : scoringRule;
		questions = List.copyOf(questions);
		levels = List.copyOf(levels);
	}

	public ToolVersion id() {
		return new ToolVersion(code, version);
	}

	public Optional<Question> question(String questionCode) {
		return questions.stream().filter(q -> q.code().equals(questionCode)).findFirst();
	}

	public Optional<Level> level(String levelCode) {
		return levels.stream().filter(l -> l.code().equals(levelCode)).findFirst();
	}

	/** The highest score the answers can give. */
	public int maximumScore() {
		return questions.size();
	}

	/**
	 * The level a score falls in.
	 *
	 * @throws IllegalStateException for a JUDGEMENT tool, which has no score
	 * @throws IllegalArgumentException for a score outside 0 to {@link #maximumScore()}
	 */
	public Level levelForScore(int score) {
		if (gradingMode != GradingMode.SCORE) {
			throw new IllegalStateException(id() + " is graded by judgement, not by score");
		}
		if (score < 0 || score > maximumScore()) {
			throw new IllegalArgumentException(
					"A score of " + score + " is outside 0 to " + maximumScore() + " for " + id());
		}
		for (Level level : levels) {
			if (score >= level.minimumScore().getAsInt()
					&& (level.maximumScore().isEmpty() || score <= level.maximumScore().getAsInt())) {
				return level;
			}
		}
		throw new IllegalStateException("The levels of " + id() + " do not cover a score of " + score);
	}

	/** Position of a level, lowest first; levels are ordered, so a higher rank is a higher level. */
	public int rank(Level level) {
		int rank = levels.indexOf(level);
		if (rank < 0) {
			throw new IllegalArgumentException(level.code() + " is not a level of " + id());
		}
		return rank;
	}
}
