package org.sightline.assessment;

import java.time.Instant;

import org.sightline.shared.Violations;

/**
 * One piece of information gathered in a missing-person enquiry, with where it came from. The
 * missing persons APP asks for each item's source, the source's contact details and the time it
 * was obtained (REFERENCE §6.3), so that the grading can be reviewed and the source asked again.
 *
 * @param detail what was learned
 * @param source who or what it came from (informant, family member, carer, PNC, previous report)
 * @param sourceContact how to reach the source again (phone, address, system reference)
 * @param obtainedAt when it was obtained
 */
public record InformationItem(@org.sightline.shared.FreeText String detail, String source, String sourceContact, Instant obtainedAt) {

	/** Adds a problem for each missing part, under {@code <field>.detail}, {@code <field>.source} and so on. */
	void check(String field, Violations problems) {
		if (detail == null || detail.isBlank()) {
			problems.add(field + ".detail", "Say what was learned");
		}
		if (source == null || source.isBlank()) {
			problems.add(field + ".source", "Record who or where this information came from");
		}
		if (sourceContact == null || sourceContact.isBlank()) {
			problems.add(field + ".sourceContact", "Record how to contact the source of this information");
		}
		if (obtainedAt == null) {
			problems.add(field + ".obtainedAt", "Record when this information was obtained");
		}
	}
}
