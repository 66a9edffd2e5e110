package org.sightline.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The person API: details, merges, possible matches and the chronology, with problem details. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PersonApiTests {

	static final String PASSWORD = "demo-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonIndex index;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	PersonId register(String given, String family) {
		var handler = PersonLinkingIntegrationTests.actor("handler", Role.CALL_HANDLER);
		return PersonLinkingIntegrationTests.as(handler,
				() -> index.register(handler, NewPerson.named(given, family, LocalDate.of(1992, 2, 29))));
	}

	long phones() {
		return jdbc.sql("select count(*) from person.person_phone").query(Long.class).single();
	}

	@Test
	void details_added_through_the_api_find_the_person_by_phone_number() throws Exception {
		PersonId person = register("Anwen", PersonLinkingIntegrationTests.uniqueSurname("Bevan"));

		mvc.perform(post("/api/v1/people/" + person + "/details").with(httpBasic("responder", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"phones": ["07700 900456"], "identifiers": [{"scheme": "NHS_NUMBER", "value": "943 476 5919"}],
					 "aliases": [{"givenName": "Annie", "familyName": "Jenkins"}]}
					"""))
			.andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/people/search").param("phone", "07700900456").with(httpBasic("handler", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.candidates[0].id").value(person.toString()));
		mvc.perform(get("/api/v1/people/search").param("identifier", "9434765919").with(httpBasic("handler", PASSWORD)))
			.andExpect(jsonPath("$.candidates[0].id").value(person.toString()));
	}

	@Test
	void bad_details_are_a_problem_naming_each_field_and_nothing_is_stored() throws Exception {
		PersonId person = register("Dylan", PersonLinkingIntegrationTests.uniqueSurname("Morgan"));
		long before = phones();

		mvc.perform(post("/api/v1/people/" + person + "/details").with(httpBasic("responder", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"phones": ["07700 900789", "call me"], "identifiers": [{"scheme": "NHS_NUMBER", "value": "1234567890"},
					 {"scheme": "SHOE_SIZE", "value": "9"}], "addresses": [{"postcode": "NOT A CODE"}]}
					"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("phones[1]")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("identifiers[0].value")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("identifiers[1].scheme")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("addresses[0].postcode")));
		assertThat(phones()).isEqualTo(before);
	}

	@Test
	void an_identifier_already_recorded_for_someone_else_is_refused_with_a_pointer_to_merging() throws Exception {
		PersonId one = register("Sian", PersonLinkingIntegrationTests.uniqueSurname("Rees"));
		PersonId other = register("Sian", PersonLinkingIntegrationTests.uniqueSurname("Rhys"));
		String pnc = "{\"identifiers\": [{\"scheme\": \"PNC_ID\", \"value\": \"26/" + System.nanoTime() % 1_000_000 + "A\"}]}";
		mvc.perform(post("/api/v1/people/" + one + "/details").with(httpBasic("hub", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(pnc)).andExpect(status().isNoContent());

		mvc.perform(post("/api/v1/people/" + other + "/details").with(httpBasic("hub", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(pnc))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("identifiers[0].value"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("merge")));
	}

	@Test
	void merge_and_unmerge_through_the_api_and_an_unmerge_of_a_never_merged_record_is_a_conflict() throws Exception {
		PersonId survivor = register("Nia", PersonLinkingIntegrationTests.uniqueSurname("Griffiths"));
		PersonId merged = register("Nia", PersonLinkingIntegrationTests.uniqueSurname("Powell"));

		mvc.perform(post("/api/v1/people/" + merged + "/unmerge").with(httpBasic("supervisor", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Checking\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/people/" + survivor + "/merges").with(httpBasic("supervisor", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("personId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("reason")));

		mvc.perform(post("/api/v1/people/" + survivor + "/merges").with(httpBasic("supervisor", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"personId\": \"" + merged + "\", \"reason\": \"Same PNC ID\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.survivor").value(survivor.toString()))
			.andExpect(jsonPath("$.merged").value(merged.toString()));
		mvc.perform(post("/api/v1/people/" + merged + "/unmerge").with(httpBasic("hub", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Different people\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unmergedBy").value("hub"));
	}

	@Test
	void a_postcode_alone_is_an_address_and_details_already_held_are_said_to_be_so() throws Exception {
		PersonId person = register("Tomos", PersonLinkingIntegrationTests.uniqueSurname("Evans"));
		String details = "{\"addresses\": [{\"postcode\": \"cf10 1aa\"}], \"identifiers\": [{\"scheme\": \"PNC_ID\", "
				+ "\"value\": \"26/" + System.nanoTime() % 1_000_000 + "B\"}]}";
		mvc.perform(post("/api/v1/people/" + person + "/details").with(httpBasic("hub", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(details)).andExpect(status().isNoContent());
		assertThat(jdbc.sql("select coalesce(address, '-') || '|' || postcode from person.person_address where person_id = :id")
			.param("id", person.value())
			.query(String.class)
			.single()).isEqualTo("-|CF10 1AA");

		mvc.perform(post("/api/v1/people/" + person + "/details").with(httpBasic("hub", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(details.replace("\"addresses\": [{\"postcode\": \"cf10 1aa\"}], ", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("These details are already recorded for this person"));
	}

	@Test
	void a_phone_name_or_address_sent_again_is_stored_once() throws Exception {
		PersonId person = register("Nia", PersonLinkingIntegrationTests.uniqueSurname("Powell"));
		String details = """
				{"phones": ["07700 900111", "(07700) 900-111"], "aliases": [{"givenName": "Nia", "familyName": "Jones"}],
				 "addresses": [{"address": "1 High Street", "postcode": "CF10 1AA"}]}
				""";
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/api/v1/people/" + person + "/details").with(httpBasic("hub", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(details))
				.andExpect(i == 0 ? status().isNoContent() : status().isBadRequest());
		}
		assertThat(jdbc.sql("select count(*) from person.person_phone where person_id = :id").param("id", person.value())
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from person.person_alias where person_id = :id").param("id", person.value())
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from person.person_address where person_id = :id").param("id", person.value())
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void a_person_holds_at_most_fifty_phone_numbers_and_the_problem_says_how_many_more_fit() throws Exception {
		PersonId person = register("Owain", PersonLinkingIntegrationTests.uniqueSurname("Price"));
		String forty = java.util.stream.IntStream.range(0, 40)
			.mapToObj(i -> "\"07700 9%05d\"".formatted(i))
			.collect(java.util.stream.Collectors.joining(","));
		mvc.perform(post("/api/v1/people/" + person + "/details").with(httpBasic("hub", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"phones\": [" + forty + "]}")).andExpect(status().isNoContent());
		String twenty = java.util.stream.IntStream.range(100, 120)
			.mapToObj(i -> "\"07700 9%05d\"".formatted(i))
			.collect(java.util.stream.Collectors.joining(","));

		mvc.perform(post("/api/v1/people/" + person + "/details").with(httpBasic("hub", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"phones\": [" + twenty + "]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("phones"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("up to 10 more")));
		assertThat(jdbc.sql("select count(*) from person.person_phone where person_id = :id").param("id", person.value())
			.query(Long.class).single()).isEqualTo(40);
	}

	@Test
	void merging_a_record_that_is_not_in_the_index_names_the_field() throws Exception {
		PersonId survivor = register("Mali", PersonLinkingIntegrationTests.uniqueSurname("Hughes"));
		mvc.perform(post("/api/v1/people/" + survivor + "/merges").with(httpBasic("supervisor", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"personId\": \"" + java.util.UUID.randomUUID() + "\", \"reason\": \"Same person\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("personId"));
	}

	@Test
	void the_chronology_needs_a_reason_which_is_audited() throws Exception {
		PersonId person = register("Owain", PersonLinkingIntegrationTests.uniqueSurname("Glyndwr"));

		mvc.perform(get("/api/v1/people/" + person + "/chronology").with(httpBasic("responder", PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(get("/api/v1/people/" + person + "/chronology").param("reason", "Welfare visit tonight")
			.with(httpBasic("responder", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.person.id").value(person.toString()))
			.andExpect(jsonPath("$.summary").value("0 contacts in 90 days"));

		assertThat(audit.entriesFor("PERSON", person.toString())).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo(AuditAction.CONSULTATION);
			assertThat(e.reason()).isEqualTo("Welfare visit tonight");
			assertThat(e.actor()).isEqualTo("responder");
		});
	}
}
