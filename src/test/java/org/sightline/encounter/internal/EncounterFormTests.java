package org.sightline.encounter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.encounter.RecordEncounter;
import org.sightline.shared.Violation;
import org.sightline.shared.Violations;

public class EncounterFormTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static EncounterForm form() {
		var form = new EncounterForm();
		form.setSource("ON_SCENE");
		form.setSituation("CONCERN_FOR_WELFARE");
		form.setOccurredDay("1");
		form.setOccurredMonth("7");
		form.setOccurredYear("2026");
		form.setOccurredTime("14:05");
		form.setLocationDescription("Bus station");
		form.setNarrative("Man sitting alone, confused.");
		PersonForm person = form.getPeople().get(0);
		person.setRole("SUBJECT");
		person.setGivenName("Ray");
		person.setDobDay("02");
		person.setDobMonth("04");
		person.setDobYear("1951");
		person.setSpokenToAlone("yes");
		person.setNextStepsExplained("no");
		return form;
	}

	@Test
	void a_time_typed_in_summer_is_read_as_uk_time() {
		var problems = new Violations();
		RecordEncounter command = form().toCommand(LONDON, problems);
		assertThat(problems.list()).isEmpty();
		assertThat(command.occurredAt()).isEqualTo(Instant.parse("2026-07-01T13:05:00Z"));
		assertThat(command.people().get(0).dateOfBirth()).isEqualTo(LocalDate.of(1951, 4, 2));
		assertThat(command.people().get(0).spokenToAlone()).isTrue();
		assertThat(command.people().get(0).nextStepsExplained()).isFalse();
	}

	@Test
	void an_impossible_date_and_a_bad_time_are_reported_on_their_own_fields() {
		var form = form();
		form.setOccurredDay("31");
		form.setOccurredMonth("2");
		form.getPeople().get(0).setDobYear("51");
		form.setOccurredTime("25:99");
		var problems = new Violations();
		form.toCommand(LONDON, problems);
		assertThat(problems.list()).extracting(Violation::field)
			.containsExactly("occurredDay", "occurredTime", "people[0].dobDay");
	}

	@Test
	void letters_in_number_fields_are_reported_not_dropped() {
		var form = form();
		form.setLatitude("north-ish");
		form.setLongitude("-1.5");
		form.getPeople().get(0).setEstimatedAge("about six");
		var problems = new Violations();
		RecordEncounter command = form.toCommand(LONDON, problems);
		assertThat(problems.list()).extracting(Violation::field).containsExactly("latitude", "people[0].estimatedAge");
		assertThat(command.location().longitude()).isEqualTo(-1.5);
	}

	@Test
	void api_field_names_map_to_the_form_fields_that_show_the_error() {
		assertThat(EncounterForm.formField("occurredAt")).isEqualTo("occurredDay");
		assertThat(EncounterForm.formField("location.description")).isEqualTo("locationDescription");
		assertThat(EncounterForm.formField("people[2].dateOfBirth")).isEqualTo("people[2].dobDay");
		assertThat(EncounterForm.formField("people[0].estimatedAgeYears")).isEqualTo("people[0].estimatedAge");
		assertThat(EncounterForm.formField("people[1].vulnerabilities[3]")).isEqualTo("people[1].vulnerabilities");
		assertThat(EncounterForm.formField("people[0].givenName")).isEqualTo("people[0].givenName");
		assertThat(List.of("source", "narrative")).allSatisfy(f -> assertThat(EncounterForm.formField(f)).isEqualTo(f));
	}

	@Test
	void the_area_sex_and_ethnicity_chosen_reach_the_command_and_blank_means_not_given() {
		var form = form();
		form.setArea("EAST");
		form.getPeople().get(0).setSex("FEMALE");
		form.getPeople().get(0).setEthnicity("A2");
		var problems = new Violations();
		RecordEncounter command = form.toCommand(LONDON, problems);
		assertThat(problems.list()).isEmpty();
		assertThat(command.area()).isEqualTo("EAST");
		assertThat(command.people().get(0).sex()).isEqualTo("FEMALE");
		assertThat(command.people().get(0).ethnicity()).isEqualTo("A2");

		form.setArea("");
		form.getPeople().get(0).setSex(null);
		form.getPeople().get(0).setEthnicity("");
		RecordEncounter blank = form.toCommand(LONDON, new Violations());
		assertThat(blank.area()).isNull();
		assertThat(blank.people().get(0).sex()).isNull();
		assertThat(blank.people().get(0).ethnicity()).isNull();
	}
}
