package org.sightline.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What to look for in the audit log. Every part is optional; together they narrow the search.
 *
 * @param actor the username of who acted
 * @param subjectType the kind of record (ENCOUNTER, PERSON, REFERRAL…)
 * @param subjectId one record's id
 * @param personRecords the records of one person in the index: entries about them, and readings of
 * their chronology
 * @param from inclusive
 * @param to exclusive
 */
public record AuditSearch(Optional<String> actor, Optional<AuditAction> action, Optional<String> subjectType,
		Optional<String> subjectId, List<String> personRecords, Optional<Instant> from, Optional<Instant> to) {

	public AuditSearch {
		personRecords = personRecords == null ? List.of() : List.copyOf(personRecords);
	}

	public static AuditSearch everything() {
		return new AuditSearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
				Optional.empty(), Optional.empty());
	}

	/** Who looked at one person: consultations of their records and of their chronology. */
	public static AuditSearch viewsOf(List<String> personRecords) {
		return new AuditSearch(Optional.empty(), Optional.of(AuditAction.CONSULTATION), Optional.empty(), Optional.empty(),
				personRecords, Optional.empty(), Optional.empty());
	}
}
