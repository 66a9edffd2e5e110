package org.sightline.encounter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The command to record an encounter, from the form or the API. Codes are strings here because
 * they come from outside; {@link EncounterValidator} checks every one of them against the
 * catalogues before anything is stored.
 */
public record RecordEncounter(String source, Instant occurredAt, Location location, String situation,
		String narrative, List<PersonDetails> people) {

	public RecordEncounter {
		people = people == null ? List.of() : List.copyOf(people);
	}

	/** What was learned about one person in the encounter. */
	public record PersonDetails(String role, String givenName, String familyName, String description,
			LocalDate dateOfBirth, Integer estimatedAgeYears, List<String> vulnerabilities, List<String> barriers,
			List<String> communicationNeeds, List<String> adjustments, Boolean spokenToAlone, String voice,
			List<String> checks, Boolean nextStepsExplained) {

		public PersonDetails {
			vulnerabilities = copy(vulnerabilities);
			barriers = copy(barriers);
			communicationNeeds = copy(communicationNeeds);
			adjustments = copy(adjustments);
			checks = copy(checks);
		}

		private static List<String> copy(List<String> codes) {
			return codes == null ? List.of() : codes.stream().map(c -> c == null ? "" : c.trim()).distinct().toList();
		}
	}
}
