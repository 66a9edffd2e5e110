package org.sightline.chronology;

import java.util.List;
import java.util.UUID;

/**
 * A records review disposed of a person: their records, the encounters deleted with them, and the
 * encounters in which they were mentioned (anonymised). Read models drop or recount what they held.
 */
public record RecordsDisposed(List<UUID> people, List<UUID> encountersDeleted) {

	public RecordsDisposed {
		people = List.copyOf(people);
		encountersDeleted = List.copyOf(encountersDeleted);
	}
}
