package org.sightline.encounter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Valid defaults for encounter tests; change one thing per test. */
public final class EncounterFixtures {

	/** The example request of docs/contracts/encounters.md. */
	public static final String CONTRACT_EXAMPLE_JSON = """
			{
			  "source": "EMERGENCY_CALL",
			  "occurredAt": "2026-11-26T21:14:00Z",
			  "location": { "description": "14 Mill Lane, Anytown", "latitude": 53.80, "longitude": -1.55 },
			  "situation": "DOMESTIC_ABUSE",
			  "narrative": "Caller reports shouting and a child crying next door.",
			  "people": [
			    {
			      "role": "VICTIM",
			      "givenName": "Sam",
			      "familyName": "Taylor",
			      "dateOfBirth": "1991-04-02",
			      "vulnerabilities": ["MENTAL_ILL_HEALTH"],
			      "barriers": ["FEAR_BULLYING_COERCION"],
			      "communicationNeeds": ["INTERPRETER"],
			      "spokenToAlone": true,
			      "voice": "Says she wants him to leave but is scared to say so in front of him."
			    },
			    { "role": "CHILD_PRESENT", "givenName": "Alex", "familyName": "Taylor", "estimatedAgeYears": 6 }
			  ]
			}
			""";

	private EncounterFixtures() {
	}

	public static RecordEncounter.PersonDetails victim() {
		return new RecordEncounter.PersonDetails("VICTIM", "Sam", "Taylor", null, LocalDate.of(1991, 4, 2), null,
				List.of("MENTAL_ILL_HEALTH"), List.of("FEAR_BULLYING_COERCION"), List.of("INTERPRETER"),
				List.of("INTERPRETER_USED"), true, "Wants him to leave but is scared to say so.",
				List.of("PREVIOUS_CONTACTS", "CHILDREN_IN_HOUSEHOLD"), true);
	}

	public static RecordEncounter.PersonDetails childPresent() {
		return new RecordEncounter.PersonDetails("CHILD_PRESENT", "Alex", "Taylor", null, null, 6, List.of(), List.of(),
				List.of(), List.of(), null, null, List.of(), null);
	}

	public static RecordEncounter encounter(Instant occurredAt, RecordEncounter.PersonDetails... people) {
		return new RecordEncounter("EMERGENCY_CALL", occurredAt,
				new Location("14 Mill Lane, Anytown", 53.80, -1.55), "DOMESTIC_ABUSE",
				"Caller reports shouting and a child crying next door.",
				people.length == 0 ? List.of(victim(), childPresent()) : new ArrayList<>(List.of(people)));
	}

	public static RecordEncounter withPeople(RecordEncounter command, List<RecordEncounter.PersonDetails> people) {
		return new RecordEncounter(command.source(), command.occurredAt(), command.location(), command.area(),
				command.situation(), command.narrative(), people);
	}

	public static RecordEncounter.PersonDetails person(String role, String givenName, LocalDate dateOfBirth,
			Integer estimatedAge, List<String> vulnerabilities) {
		return new RecordEncounter.PersonDetails(role, givenName, "Smith", null, dateOfBirth, estimatedAge,
				vulnerabilities, List.of(), List.of(), List.of(), null, null, List.of(), null);
	}
}
