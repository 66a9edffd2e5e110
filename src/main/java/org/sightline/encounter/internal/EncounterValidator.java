package org.sightline.encounter.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.Predicate;

import org.sightline.encounter.Catalogues;
import org.sightline.encounter.Location;
import org.sightline.encounter.PersonRole;
import org.sightline.encounter.RecordEncounter;
import org.sightline.encounter.Sex;
import org.sightline.encounter.Source;
import org.sightline.shared.Situation;
import org.sightline.shared.Codes;
import org.sightline.shared.Violations;

/**
 * Every rule an encounter must meet before it is stored. Field names in the problems are the
 * JSON API's ({@code people[0].dateOfBirth}); the form maps them to its own fields.
 */
public class EncounterValidator {

	static final int MAX_PEOPLE = 50;
	static final int MAX_NARRATIVE = 20_000;
	static final int MAX_NAME = 100;
	static final int MAX_DESCRIPTION = 500;
	static final int MAX_VOICE = 5_000;
	static final int MAX_AGE = 120;
	/** Clocks on phones and control-room systems drift; allow a little. */
	static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
	static final LocalDate EARLIEST_DATE_OF_BIRTH = LocalDate.of(1900, 1, 1);

	private final Catalogues catalogues;
	private final Clock clock;
	private final java.time.ZoneId zone;

	public EncounterValidator(Catalogues catalogues, Clock clock) {
		this(catalogues, clock, java.time.ZoneId.of("Europe/London"));
	}

	/** @param zone where dates are typed: a date of birth after today there is refused */
	public EncounterValidator(Catalogues catalogues, Clock clock, java.time.ZoneId zone) {
		this.zone = zone;
		this.catalogues = catalogues;
		this.clock = clock;
	}

	public Violations validate(RecordEncounter command) {
		var problems = new Violations();
		Instant now = Instant.now(clock);

		Codes.parse(problems, "source", command.source(), Source.class, "Select how the encounter reached us");
		if (command.occurredAt() == null) {
			problems.add("occurredAt", "Enter when the encounter happened");
		}
		else if (command.occurredAt().isAfter(now.plus(FUTURE_TOLERANCE))) {
			problems.add("occurredAt", "When the encounter happened must be now or in the past");
		}
		Location location = command.location();
		if (location == null || isBlank(location.description())) {
			problems.add("location.description", "Enter where the encounter happened");
		}
		else {
			maxLength(problems, "location.description", location.description(), MAX_DESCRIPTION, "Where it happened");
			if ((location.latitude() == null) != (location.longitude() == null)) {
				problems.add(location.latitude() == null ? "location.latitude" : "location.longitude",
						"Enter both latitude and longitude, or neither");
			}
			if (location.latitude() != null && (location.latitude() < -90 || location.latitude() > 90)) {
				problems.add("location.latitude", "Latitude must be between -90 and 90");
			}
			if (location.longitude() != null && (location.longitude() < -180 || location.longitude() > 180)) {
				problems.add("location.longitude", "Longitude must be between -180 and 180");
			}
		}
		optionalCode(problems, "area", command.area(), catalogues.areas().isEmpty(), catalogues::isArea, "area",
				"This force records no areas; leave the area out");
		Codes.parse(problems, "situation", command.situation(), Situation.class, "Select what the encounter is about");
		codes(problems, "incidentFeatures", command.incidentFeatures(), catalogues::isIncidentFeature,
				"incident feature");
		if (isBlank(command.narrative())) {
			problems.add("narrative", "Enter what happened");
		}
		else {
			maxLength(problems, "narrative", command.narrative(), MAX_NARRATIVE, "What happened");
		}

		List<RecordEncounter.PersonDetails> people = command.people();
		if (people.isEmpty()) {
			problems.add("people", "Add at least one person");
		}
		else if (people.size() > MAX_PEOPLE) {
			problems.add("people", "An encounter can have at most " + MAX_PEOPLE + " people; record the rest in a second encounter");
		}
		else {
			for (int i = 0; i < people.size(); i++) {
				validatePerson(problems, "people[" + i + "].", people.get(i), now);
			}
		}
		return problems;
	}

	private void validatePerson(Violations problems, String prefix, RecordEncounter.PersonDetails person,
			Instant now) {
		if (person == null) {
			problems.add(prefix.substring(0, prefix.length() - 1), "Enter the person’s details");
			return;
		}
		Codes.parse(problems, prefix + "role", person.role(), PersonRole.class, "Select the person’s role");
		if (isBlank(person.givenName()) && isBlank(person.familyName()) && isBlank(person.description())) {
			problems.add(prefix + "givenName", "Enter the person’s name, or describe them if you do not know it");
		}
		maxLength(problems, prefix + "givenName", person.givenName(), MAX_NAME, "Given name");
		maxLength(problems, prefix + "familyName", person.familyName(), MAX_NAME, "Family name");
		maxLength(problems, prefix + "description", person.description(), MAX_DESCRIPTION, "Description");

		LocalDate today = LocalDate.ofInstant(now, zone);
		Integer ageYears = person.estimatedAgeYears();
		if (person.dateOfBirth() != null && ageYears != null) {
			problems.add(prefix + "estimatedAgeYears", "Enter a date of birth or an estimated age, not both");
		}
		if (person.dateOfBirth() != null) {
			if (person.dateOfBirth().isAfter(today)) {
				problems.add(prefix + "dateOfBirth", "Date of birth must be in the past");
			}
			else if (person.dateOfBirth().isBefore(EARLIEST_DATE_OF_BIRTH)) {
				problems.add(prefix + "dateOfBirth", "Date of birth must be after 1 January 1900");
			}
			else {
				ageYears = Period.between(person.dateOfBirth(), today).getYears();
			}
		}
		else if (ageYears != null && (ageYears < 0 || ageYears > MAX_AGE)) {
			problems.add(prefix + "estimatedAgeYears", "Estimated age must be between 0 and " + MAX_AGE);
			ageYears = null;
		}
		if (PersonRole.CHILD_PRESENT.name().equals(person.role()) && ageYears != null && ageYears >= 18) {
			problems.add(prefix + "role", "A child present must be under 18; choose another role for an adult");
		}

		codes(problems, prefix + "vulnerabilities", person.vulnerabilities(), catalogues::isVulnerability,
				"vulnerability");
		codes(problems, prefix + "barriers", person.barriers(), catalogues::isBarrier, "disclosure barrier");
		codes(problems, prefix + "communicationNeeds", person.communicationNeeds(), catalogues::isCommunicationNeed,
				"communication need");
		codes(problems, prefix + "adjustments", person.adjustments(), catalogues::isAdjustment, "adjustment");
		codes(problems, prefix + "checks", person.checks(), catalogues::isCheck, "check");
		maxLength(problems, prefix + "voice", person.voice(), MAX_VOICE, "The person’s own words");

		// equality monitoring: optional, checked only so that what is stored can be counted
		Codes.parse(problems, prefix + "sex", person.sex(), Sex.class, null);
		optionalCode(problems, prefix + "ethnicity", person.ethnicity(), catalogues.ethnicities().isEmpty(),
				catalogues::isEthnicity, "ethnicity", "This force does not ask for ethnicity; leave it out");
	}

	/** An optional catalogue code: when given, it must be in a catalogue the force has. */
	private static void optionalCode(Violations problems, String field, String code, boolean noCatalogue,
			Predicate<String> known, String what, String whenNoCatalogue) {
		if (code == null) {
			return;
		}
		if (noCatalogue) {
			problems.add(field, whenNoCatalogue);
		}
		else if (!known.test(code)) {
			problems.add(field, "Unknown " + what + " code ‘" + code + "’");
		}
	}

	private static void codes(Violations problems, String field, List<String> codes, Predicate<String> known,
			String what) {
		for (int i = 0; i < codes.size(); i++) {
			if (!known.test(codes.get(i))) {
				problems.add(field + "[" + i + "]", "Unknown " + what + " code ‘" + codes.get(i) + "’");
			}
		}
	}


	private static void maxLength(Violations problems, String field, String value, int max, String label) {
		if (value != null && value.length() > max) {
			problems.add(field, label + " must be " + String.format("%,d", max) + " characters or fewer");
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
