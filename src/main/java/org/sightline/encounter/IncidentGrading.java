package org.sightline.encounter;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * How each incident in a list was last graded, so that a list of live incidents can show and
 * filter by grade and risk. The encounter module does not assess: the assessment module answers.
 */
public interface IncidentGrading {

	/** The latest grade and highest risk of each listed encounter that has been assessed. */
	Map<UUID, Grading> latest(Collection<UUID> encounterIds);

	/**
	 * The encounters whose latest assessment gives this grade, among those assessed since the
	 * moment: a list filtered by grade asks for these before it is cut to its length, so that no
	 * graded incident is lost behind newer ones.
	 */
	default java.util.Set<UUID> latestGraded(String grade, java.time.Instant assessedSince) {
		return java.util.Set.of();
	}

	/**
	 * Codes of the assessment module's response grade and risk level (labelled by the
	 * {@code grade.*} and {@code risk.*} messages).
	 */
	record Grading(String grade, String highestRisk) {
	}
}
