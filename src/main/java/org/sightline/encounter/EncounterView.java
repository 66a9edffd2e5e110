package org.sightline.encounter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.sightline.shared.Situation;

/**
 * An encounter as stored, for pages and the API. {@code area} is a code of the areas catalogue, or
 * null when not recorded. {@code incidentFeatures} are codes of the incident features catalogue (what
 * the people who attended dealt with), empty when none was recorded.
 */
public record EncounterView(UUID id, String reference, Source source, Instant occurredAt, Location location,
		String area, Situation situation, String narrative, String recordedBy, Instant recordedAt, LocalDate reviewDate,
		List<PersonView> people, List<String> incidentFeatures) {

	public EncounterView {
		incidentFeatures = incidentFeatures == null ? List.of() : List.copyOf(incidentFeatures);
	}

	/** An encounter without incident features. */
	public EncounterView(UUID id, String reference, Source source, Instant occurredAt, Location location,
			String area, Situation situation, String narrative, String recordedBy, Instant recordedAt, LocalDate reviewDate,
			List<PersonView> people) {
		this(id, reference, source, occurredAt, location, area, situation, narrative, recordedBy, recordedAt, reviewDate,
				people, null);
	}

	/** An encounter without an area. */
	public EncounterView(UUID id, String reference, Source source, Instant occurredAt, Location location,
			Situation situation, String narrative, String recordedBy, Instant recordedAt, LocalDate reviewDate,
			List<PersonView> people) {
		this(id, reference, source, occurredAt, location, null, situation, narrative, recordedBy, recordedAt, reviewDate,
				people);
	}

	/** The same encounter with each person's link to the person index. */
	EncounterView withPersons(java.util.Map<UUID, UUID> personOfMention) {
		return new EncounterView(id, reference, source, occurredAt, location, area, situation, narrative, recordedBy,
				recordedAt, reviewDate, people.stream().map(p -> p.linkedTo(personOfMention.get(p.id()))).toList(),
				incidentFeatures);
	}

	/**
	 * One person in an encounter, with what was learned about them, and {@code personId}: the person
	 * in the person index they are linked to (after any merge), or null before linking. {@code sex}
	 * and {@code ethnicity} (a code of the ethnicities catalogue) are for equality monitoring only,
	 * null when not asked.
	 */
	public record PersonView(UUID id, PersonRole role, String givenName, String familyName, String description,
			LocalDate dateOfBirth, Integer estimatedAgeYears, List<String> vulnerabilities, List<String> barriers,
			List<String> communicationNeeds, List<String> adjustments, Boolean spokenToAlone, String voice,
			List<String> checks, Boolean nextStepsExplained, UUID personId, Sex sex, String ethnicity) {

		/** A person without the equality fields. */
		public PersonView(UUID id, PersonRole role, String givenName, String familyName, String description,
				LocalDate dateOfBirth, Integer estimatedAgeYears, List<String> vulnerabilities, List<String> barriers,
				List<String> communicationNeeds, List<String> adjustments, Boolean spokenToAlone, String voice,
				List<String> checks, Boolean nextStepsExplained, UUID personId) {
			this(id, role, givenName, familyName, description, dateOfBirth, estimatedAgeYears, vulnerabilities, barriers,
					communicationNeeds, adjustments, spokenToAlone, voice, checks, nextStepsExplained, personId, null,
					null);
		}

		public PersonView(UUID id, PersonRole role, String givenName, String familyName, String description,
				LocalDate dateOfBirth, Integer estimatedAgeYears, List<String> vulnerabilities, List<String> barriers,
				List<String> communicationNeeds, List<String> adjustments, Boolean spokenToAlone, String voice,
				List<String> checks, Boolean nextStepsExplained) {
			this(id, role, givenName, familyName, description, dateOfBirth, estimatedAgeYears, vulnerabilities, barriers,
					communicationNeeds, adjustments, spokenToAlone, voice, checks, nextStepsExplained, null);
		}

		/** The same person, linked to this person in the person index. */
		PersonView linkedTo(UUID person) {
			return new PersonView(id, role, givenName, familyName, description, dateOfBirth, estimatedAgeYears,
					vulnerabilities, barriers, communicationNeeds, adjustments, spokenToAlone, voice, checks,
					nextStepsExplained, person, sex, ethnicity);
		}

		/** The name to show: "Sam Taylor", or the description when the name is not known. */
		/** Age in whole years on the day, from the date of birth, else the estimate; null when neither is known. */
		public Integer ageOn(LocalDate day) {
			if (dateOfBirth != null) {
				return java.time.Period.between(dateOfBirth, day).getYears();
			}
			return estimatedAgeYears;
		}

		/** "34 years old", "About 80 years old", or "Age not known". */
		public String ageInWords(LocalDate day) {
			if (dateOfBirth != null) {
				return ageOn(day) + " years old";
			}
			return estimatedAgeYears == null ? "Age not known" : "About " + estimatedAgeYears + " years old";
		}

		public String displayName() {
			String name = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).trim();
			return name.isEmpty() ? (description == null ? "Unknown person" : description) : name;
		}
	}
}
