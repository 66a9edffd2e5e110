package org.sightline.assessment;

import org.sightline.shared.Fact;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What is known about a missing person when they are graded (and each time they are re-graded).
 *
 * @param ageYears the person's age, when known
 * @param facts coded facts about the person and their circumstances
 * @param information the information gathered so far, each item with its source; may be empty for
 * a first preview, but every item given must be complete
 */
public record MissingPersonReport(OptionalInt ageYears, Set<Fact> facts, List<InformationItem> information) {

	public MissingPersonReport {
		ageYears = ageYears == null ? OptionalInt.empty() : ageYears;
		facts = Set.copyOf(facts);
		information = List.copyOf(information);
	}
}
