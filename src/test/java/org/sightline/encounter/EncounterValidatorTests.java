package org.sightline.encounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.encounter.EncounterFixtures.encounter;
import static org.sightline.encounter.EncounterFixtures.person;
import static org.sightline.encounter.EncounterFixtures.withPeople;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.encounter.internal.EncounterValidator;
import org.sightline.shared.Violation;
import org.springframework.core.io.ClassPathResource;

public class EncounterValidatorTests {

	static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

	private final EncounterValidator validator;

	EncounterValidatorTests() throws Exception {
		validator = new EncounterValidator(new Catalogues(new ClassPathResource("encounter/catalogues.yml")),
				Clock.fixed(NOW, ZoneOffset.UTC));
	}

	private List<String> problemFields(RecordEncounter command) {
		return validator.validate(command).list().stream().map(Violation::field).toList();
	}

	@Test
	void a_date_of_birth_after_today_is_refused_and_today_is_allowed() {
		RecordEncounter base = EncounterFixtures.encounter(NOW.minusSeconds(3600));
		java.time.LocalDate today = java.time.LocalDate.ofInstant(NOW, java.time.ZoneId.of("Europe/London"));
		RecordEncounter.PersonDetails v = EncounterFixtures.victim();
		java.util.function.Function<java.time.LocalDate, RecordEncounter> bornOn = date -> EncounterFixtures.withPeople(base,
				List.of(new RecordEncounter.PersonDetails(v.role(), v.givenName(), v.familyName(), null, date, null,
						List.of(), List.of(), List.of(), List.of(), null, null, List.of(), null)));

		assertThat(validator.validate(bornOn.apply(today.plusDays(1))).list())
			.anyMatch(p -> p.field().equals("people[0].dateOfBirth"));
		assertThat(validator.validate(bornOn.apply(today)).list())
			.noneMatch(p -> p.field().equals("people[0].dateOfBirth"));
	}

	@Test
	void a_person_missing_from_the_list_is_named_not_a_parse_error() {
		RecordEncounter base = EncounterFixtures.encounter(NOW.minusSeconds(3600));
		java.util.List<RecordEncounter.PersonDetails> people = new java.util.ArrayList<>();
		people.add(null);
		assertThat(validator.validate(EncounterFixtures.withPeople(base, people)).list())
			.anyMatch(p -> p.field().equals("people[0]"));
	}

	@Test
	void the_contract_example_is_valid() {
		assertThat(validator.validate(encounter(NOW.minusSeconds(3600))).list()).isEmpty();
	}

	@Test
	void an_empty_request_names_every_missing_field() {
		var command = new RecordEncounter(null, null, null, null, null, null);
		assertThat(problemFields(command)).containsExactly("source", "occurredAt", "location.description",
				"situation", "narrative", "people");
	}

	@Test
	void an_unknown_source_or_situation_code_is_named() {
		var base = encounter(NOW);
		var command = new RecordEncounter("CARRIER_PIGEON", base.occurredAt(), base.location(), "ALIENS",
				base.narrative(), base.people());
		assertThat(validator.validate(command).list()).extracting(Violation::field, Violation::message)
			.contains(org.assertj.core.groups.Tuple.tuple("source",
					"Unknown code ‘CARRIER_PIGEON’; use one of EMERGENCY_CALL, NON_EMERGENCY_CALL, ONLINE, PARTNER_AGENCY, ON_SCENE"))
			.extracting(t -> t.toList().get(0))
			.contains("situation");
	}

	@Test
	void an_encounter_cannot_happen_in_the_future() {
		assertThat(problemFields(encounter(NOW.plus(Duration.ofHours(1))))).containsExactly("occurredAt");
	}

	@Test
	void a_few_minutes_of_clock_drift_is_tolerated() {
		assertThat(problemFields(encounter(NOW.plus(Duration.ofMinutes(3))))).isEmpty();
	}

	@Test
	void a_narrative_over_20000_characters_is_refused() {
		var base = encounter(NOW);
		var command = new RecordEncounter(base.source(), base.occurredAt(), base.location(), base.situation(),
				"x".repeat(20_001), base.people());
		assertThat(problemFields(command)).containsExactly("narrative");
		var atLimit = new RecordEncounter(base.source(), base.occurredAt(), base.location(), base.situation(),
				"x".repeat(20_000), base.people());
		assertThat(problemFields(atLimit)).isEmpty();
	}

	@Test
	void more_than_50_people_is_refused() {
		var people = Collections.nCopies(51, EncounterFixtures.childPresent());
		assertThat(problemFields(withPeople(encounter(NOW), people))).containsExactly("people");
		assertThat(problemFields(withPeople(encounter(NOW), Collections.nCopies(50, EncounterFixtures.childPresent()))))
			.isEmpty();
	}

	@Test
	void a_person_has_a_date_of_birth_or_an_estimated_age_never_both() {
		var both = person("VICTIM", "Sam", LocalDate.of(1990, 1, 1), 35, List.of());
		assertThat(problemFields(withPeople(encounter(NOW), List.of(both))))
			.containsExactly("people[0].estimatedAgeYears");
		var neither = person("VICTIM", "Sam", null, null, List.of());
		assertThat(problemFields(withPeople(encounter(NOW), List.of(neither)))).isEmpty();
	}

	@Test
	void an_estimated_age_must_be_between_0_and_120() {
		var tooOld = person("VICTIM", "Sam", null, 121, List.of());
		var negative = person("VICTIM", "Sam", null, -1, List.of());
		assertThat(problemFields(withPeople(encounter(NOW), List.of(tooOld, negative))))
			.containsExactly("people[0].estimatedAgeYears", "people[1].estimatedAgeYears");
	}

	@Test
	void an_unknown_vulnerability_code_is_named_with_its_position() {
		var person = person("VICTIM", "Sam", null, null, List.of("DEMENTIA", "HIGH_RISK"));
		assertThat(validator.validate(withPeople(encounter(NOW), List.of(person))).list())
			.containsExactly(new Violation("people[0].vulnerabilities[1]", "Unknown vulnerability code ‘HIGH_RISK’"));
	}

	@Test
	void every_catalogue_of_a_person_is_checked() {
		var person = new RecordEncounter.PersonDetails("VICTIM", "Sam", null, null, null, null, List.of(),
				List.of("SHYNESS"), List.of("TELEPATHY"), List.of("MAGIC"), null, null, List.of("HOROSCOPE"), null);
		assertThat(problemFields(withPeople(encounter(NOW), List.of(person)))).containsExactly("people[0].barriers[0]",
				"people[0].communicationNeeds[0]", "people[0].adjustments[0]", "people[0].checks[0]");
	}

	@Test
	void a_person_needs_a_name_or_a_description() {
		var anonymous = new RecordEncounter.PersonDetails("WITNESS", " ", null, null, null, null, List.of(), List.of(),
				List.of(), List.of(), null, null, List.of(), null);
		var described = new RecordEncounter.PersonDetails("WITNESS", null, null, "Man in a red coat", null, null,
				List.of(), List.of(), List.of(), List.of(), null, null, List.of(), null);
		assertThat(problemFields(withPeople(encounter(NOW), List.of(anonymous, described))))
			.containsExactly("people[0].givenName");
	}

	@Test
	void a_child_present_must_be_under_18() {
		var adult = person("CHILD_PRESENT", "Jo", null, 19, List.of());
		assertThat(problemFields(withPeople(encounter(NOW), List.of(adult)))).containsExactly("people[0].role");
		var bornEighteenYearsAgo = person("CHILD_PRESENT", "Jo", LocalDate.of(2008, 11, 27), null, List.of());
		assertThat(problemFields(withPeople(encounter(NOW), List.of(bornEighteenYearsAgo))))
			.containsExactly("people[0].role");
	}

	@Test
	void coordinates_come_in_pairs_and_in_range() {
		var base = encounter(NOW);
		var onlyLatitude = new RecordEncounter(base.source(), base.occurredAt(), new Location("Park", 53.0, null),
				base.situation(), base.narrative(), base.people());
		assertThat(problemFields(onlyLatitude)).containsExactly("location.longitude");
		var outOfRange = new RecordEncounter(base.source(), base.occurredAt(), new Location("Park", 91.0, 181.0),
				base.situation(), base.narrative(), base.people());
		assertThat(problemFields(outOfRange)).containsExactly("location.latitude", "location.longitude");
	}

	private static RecordEncounter.PersonDetails withEquality(RecordEncounter.PersonDetails p, String sex,
			String ethnicity) {
		return new RecordEncounter.PersonDetails(p.role(), p.givenName(), p.familyName(), p.description(),
				p.dateOfBirth(), p.estimatedAgeYears(), p.vulnerabilities(), p.barriers(), p.communicationNeeds(),
				p.adjustments(), p.spokenToAlone(), p.voice(), p.checks(), p.nextStepsExplained(), p.personId(), sex,
				ethnicity);
	}

	private static RecordEncounter inArea(RecordEncounter base, String area) {
		return new RecordEncounter(base.source(), base.occurredAt(), base.location(), area, base.situation(),
				base.narrative(), base.people());
	}

	@Test
	void area_sex_and_ethnicity_are_optional() {
		var base = encounter(NOW);
		assertThat(base.area()).isNull();
		assertThat(base.people()).allSatisfy(p -> assertThat(p.sex()).isNull());
		assertThat(problemFields(base)).isEmpty();
	}

	@Test
	void an_area_from_the_catalogue_a_sex_and_an_ethnicity_including_not_stated_are_accepted() {
		var command = inArea(withPeople(encounter(NOW), List.of(
				withEquality(EncounterFixtures.victim(), "FEMALE", "B2"),
				withEquality(EncounterFixtures.childPresent(), "NOT_STATED", "NS"))), "NORTH");
		assertThat(command.area()).isEqualTo("NORTH");
		assertThat(problemFields(command)).isEmpty();
	}

	@Test
	void a_blank_area_sex_or_ethnicity_is_the_same_as_not_given() {
		var command = inArea(withPeople(encounter(NOW), List.of(withEquality(EncounterFixtures.victim(), "", " "))), " ");
		assertThat(command.area()).isNull();
		assertThat(command.people().get(0).sex()).isNull();
		assertThat(command.people().get(0).ethnicity()).isNull();
		assertThat(problemFields(command)).isEmpty();
	}

	@Test
	void an_area_not_in_the_areas_catalogue_is_named() {
		assertThat(validator.validate(inArea(encounter(NOW), "ATLANTIS")).list())
			.containsExactly(new Violation("area", "Unknown area code ‘ATLANTIS’"));
	}

	@Test
	void a_sex_that_is_not_one_of_the_codes_is_named_with_the_codes_to_use() {
		var command = withPeople(encounter(NOW), List.of(withEquality(EncounterFixtures.victim(), "F", null)));
		assertThat(validator.validate(command).list()).containsExactly(new Violation("people[0].sex",
				"Unknown code ‘F’; use one of FEMALE, MALE, OTHER, NOT_STATED"));
	}

	@Test
	void an_ethnicity_not_in_the_ethnicities_catalogue_is_named_with_its_person() {
		var command = withPeople(encounter(NOW), List.of(EncounterFixtures.victim(),
				withEquality(EncounterFixtures.childPresent(), null, "Z9")));
		assertThat(validator.validate(command).list())
			.containsExactly(new Violation("people[1].ethnicity", "Unknown ethnicity code ‘Z9’"));
	}

	@Test
	void a_force_without_areas_or_ethnicities_refuses_them_saying_why() throws Exception {
		String yaml = new String(new ClassPathResource("encounter/catalogues.yml").getInputStream().readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		Catalogues without = Catalogues.fromYaml(yaml.substring(0, yaml.indexOf("\nareas:")));
		assertThat(without.areas()).isEmpty();
		var strict = new EncounterValidator(without, Clock.fixed(NOW, ZoneOffset.UTC));
		var command = inArea(withPeople(encounter(NOW), List.of(withEquality(EncounterFixtures.victim(), "MALE", "W1"))),
				"NORTH");
		assertThat(strict.validate(command).list()).extracting(Violation::field, Violation::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("area", "This force records no areas; leave the area out"),
					org.assertj.core.groups.Tuple.tuple("people[0].ethnicity",
							"This force does not ask for ethnicity; leave it out"));
	}
}
