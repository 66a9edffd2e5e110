package org.sightline.assessment;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sightline.shared.Violation;

/**
 * What the DASH policy made of a completed checklist: a grade with its reasons, or a rejection
 * naming every problem (an unanswered question, an answer out of range, a judgement that would
 * lower the grade). Both record the tool code and version.
 */
public sealed interface DashOutcome permits DashOutcome.Graded, DashOutcome.Rejected {

	ToolVersion tool();

	/** Plain-English sentences, one per rule that fired. */
	List<String> reasons();

	/**
	 * A DASH grade.
	 *
	 * @param yesAnswers how many questions were answered yes
	 * @param questions how many questions the tool has
	 * @param toolLevel the level the count gives
	 * @param level the final level: the tool's, or higher by professional judgement
	 * @param judgement the officer's judgement, when given
	 * @param highRiskFactorsAnsweredYes codes of the high-risk-factor questions answered yes (empty
	 * when only a count was given)
	 * @param notKnown codes of the questions answered "not known"
	 * @param redFlags red flags found in the answers and facts
	 */
	record Graded(ToolVersion tool, int yesAnswers, int questions, RiskTool.Level toolLevel, RiskTool.Level level,
			Optional<ProfessionalJudgement> judgement, List<String> highRiskFactorsAnsweredYes, List<String> notKnown,
			Set<DashRedFlag> redFlags, List<String> reasons) implements DashOutcome {

		public Graded {
			highRiskFactorsAnsweredYes = List.copyOf(highRiskFactorsAnsweredYes);
			notKnown = List.copyOf(notKnown);
			redFlags = Set.copyOf(redFlags);
			reasons = List.copyOf(reasons);
		}

		/** The shared risk level of the final grade (a DASH "standard" is {@link RiskLevel#LOW}). */
		public RiskLevel riskLevel() {
			return level.riskLevel();
		}

		/** Whether the count alone reaches the tool's top risk level (MARAC "visible high risk"). */
		public boolean countIsHighRisk() {
			return toolLevel.riskLevel() == RiskLevel.HIGH;
		}

		public boolean raisedByJudgement() {
			return !level.equals(toolLevel);
		}
	}

	/**
	 * The checklist cannot be graded as submitted.
	 *
	 * @param problems one per bad field; fields are {@code answers.<QUESTION_CODE>}, {@code yesAnswers},
	 * {@code judgement.level} or {@code judgement.rationale}
	 */
	record Rejected(ToolVersion tool, List<Violation> problems) implements DashOutcome {

		public Rejected {
			problems = List.copyOf(problems);
		}

		@Override
		public List<String> reasons() {
			return problems.stream().map(Violation::message).toList();
		}
	}
}
