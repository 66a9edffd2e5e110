package org.sightline.encounter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sightline.encounter.internal.EncounterValidator;
import org.sightline.shared.FreeText;

/**
 * The command to record an encounter, from the form or the API. Codes are strings here because
 * they come from outside; {@link EncounterValidator} checks every one of them against the
 * catalogues before anything is stored. {@code area} (a code of the areas catalogue) is optional:
 * it is for the demand dashboard and never changes a decision. {@code incidentFeatures} (codes of the
 * incident features catalogue: someone had died, a child had died, ...) is optional too: what the
 * people who attended dealt with, so that the force can offer them support; it never changes a
 * decision and is never used to rank anyone.
 */
public record RecordEncounter(String source, Instant occurredAt, Location location, String area, String situation,
		@FreeText String narrative, List<PersonDetails> people, List<String> incidentFeatures) {

	public RecordEncounter {
		area = optional(area);
		incidentFeatures = PersonDetails.copy(incidentFeatures);
		// a null in the list is kept, so the validator can name it (people[0]) instead of a parse error
		people = people == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(people));
	}

	/** An encounter without incident features (a client written before they were asked). */
	public RecordEncounter(String source, Instant occurredAt, Location location, String area, String situation,
			String narrative, List<PersonDetails> people) {
		this(source, occurredAt, location, area, situation, narrative, people, null);
	}

	/** An encounter without an area (recorded before areas were, or by a force that has none). */
	public RecordEncounter(String source, Instant occurredAt, Location location, String situation, String narrative,
			List<PersonDetails> people) {
		this(source, occurredAt, location, null, situation, narrative, people, null);
	}

	/** An optional code: blank is the same as not given, and surrounding spaces are not part of it. */
	static String optional(String code) {
		return code == null || code.isBlank() ? null : code.strip();
	}

	/**
	 * What was learned about one person in the encounter. {@code personId} is the person in the
	 * person index the recorder chose from the likely matches offered; without it the person is
	 * linked automatically or created. {@code sex} (a {@link Sex} name) and {@code ethnicity} (a
	 * code of the ethnicities catalogue) are optional, asked only for equality monitoring, and never
	 * change a decision.
	 */
	public record PersonDetails(String role, String givenName, String familyName, @FreeText String description,
			LocalDate dateOfBirth, Integer estimatedAgeYears, List<String> vulnerabilities, List<String> barriers,
			List<String> communicationNeeds, List<String> adjustments, Boolean spokenToAlone, @FreeText String voice,
			List<String> checks, Boolean nextStepsExplained, UUID personId, String sex, String ethnicity) {

		/** A person without the equality fields (not asked). */
		public PersonDetails(String role, String givenName, String familyName, String description,
				LocalDate dateOfBirth, Integer estimatedAgeYears, List<String> vulnerabilities, List<String> barriers,
				List<String> communicationNeeds, List<String> adjustments, Boolean spokenToAlone, String voice,
				List<String> checks, Boolean nextStepsExplained, UUID personId) {
			this(role, givenName, familyName, description, dateOfBirth, estimatedAgeYears, vulnerabilities, barriers,
					communicationNeeds, adjustments, spokenToAlone, voice, checks, nextStepsExplained, personId, null,
					null);
		}

		/** A person not (yet) matched to anyone in the person index. */
		public PersonDetails(String role, String givenName, String familyName, String description,
				LocalDate dateOfBirth, Integer estimatedAgeYears, List<String> vulnerabilities, List<String> barriers,
				List<String> communicationNeeds, List<String> adjustments, Boolean spokenToAlone, String voice,
				List<String> checks, Boolean nextStepsExplained) {
			this(role, givenName, familyName, description, dateOfBirth, estimatedAgeYears, vulnerabilities, barriers,
					communicationNeeds, adjustments, spokenToAlone, voice, checks, nextStepsExplained, null);
		}

		public PersonDetails {
			vulnerabilities = copy(vulnerabilities);
			barriers = copy(barriers);
			communicationNeeds = copy(communicationNeeds);
			adjustments = copy(adjustments);
			checks = copy(checks);
			sex = optional(sex);
			ethnicity = optional(ethnicity);
		}

		private static List<String> copy(List<String> codes) {
			return codes == null ? List.of() : codes.stream().map(c -> c == null ? "" : c.trim()).distinct().toList();
		}
	}
}
