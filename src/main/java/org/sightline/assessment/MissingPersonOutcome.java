package org.sightline.assessment;

import java.util.List;

import org.sightline.shared.Violation;

/** A missing-person grading with its actions and reasons, or a rejection of incomplete information. */
public sealed interface MissingPersonOutcome permits MissingPersonOutcome.Graded, MissingPersonOutcome.Rejected {

	List<String> reasons();

	/**
	 * @param level the suggested grade; a supervisor confirms it ({@link ResponseAction#SUPERVISOR_REVIEW})
	 * @param actions what must not be forgotten
	 */
	record Graded(RiskLevel level, List<ResponseAction> actions, List<String> reasons) implements MissingPersonOutcome {

		public Graded {
			actions = List.copyOf(actions);
			reasons = List.copyOf(reasons);
		}
	}

	/** @param problems fields are {@code information[<index>].source} and so on, or {@code ageYears} */
	record Rejected(List<Violation> problems) implements MissingPersonOutcome {

		public Rejected {
			problems = List.copyOf(problems);
		}

		@Override
		public List<String> reasons() {
			return problems.stream().map(Violation::message).toList();
		}
	}
}
