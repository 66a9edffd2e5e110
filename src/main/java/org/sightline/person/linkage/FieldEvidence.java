package org.sightline.person.linkage;

import java.util.Locale;

/**
 * What one field says about whether two records are the same person, for a reviewer: how the
 * field compared, why, and how much that moved the match weight.
 *
 * @param field  the field, as a reviewer calls it ("surname")
 * @param level  how closely the records agree ("close spelling")
 * @param reason the level with its particulars ("close spelling (Jaro-Winkler 0.93)")
 * @param weight bits added to the match weight (log2 of the Bayes factor); negative counts against
 */
public record FieldEvidence(String field, String level, String reason, double weight) {

	/** Whether one record or both do not give this field, so it says nothing either way. */
	public boolean missing() {
		return Level.MISSING.label.equals(level);
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%s: %s (%+.1f)", field, reason, weight);
	}
}
