package org.sightline.encounter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.sightline.shared.Situation;

/** An encounter as stored, for pages and the API. */
public record EncounterView(UUID id, String reference, Source source, Instant occurredAt, Location location,
		Situation situation, String narrative, String recordedBy, Instant recordedAt, LocalDate reviewDate,
		List<PersonView> people) {

	/** One person in an encounter, with what was learned about them. */
	public record PersonView(UUID id, PersonRole role, String givenName, String familyName, String description,
			LocalDate dateOfBirth, Integer estimatedAgeYears, List<String> vulnerabilities, List<String> barriers,
			List<String> communicationNeeds, List<String> adjustments, Boolean spokenToAlone, String voice,
			List<String> checks, Boolean nextStepsExplained) {

		/** The name to show: "Sam Taylor", or the description when the name is not known. */
		public String displayName() {
			String name = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).trim();
			return name.isEmpty() ? (description == null ? "Unknown person" : description) : name;
		}
	}
}
