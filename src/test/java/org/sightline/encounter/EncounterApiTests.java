package org.sightline.encounter;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The published contract docs/contracts/encounters.md, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class EncounterApiTests {

	static final String PASSWORD = "demo-password";

	static final String CONTRACT_EXAMPLE = EncounterFixtures.CONTRACT_EXAMPLE_JSON;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long encounters() {
		return jdbc.sql("select count(*) from encounter.encounter").query(Long.class).single();
	}

	@Test
	void the_contract_example_is_created_with_a_location_and_ids() throws Exception {
		String body = mvc
			.perform(post("/api/v1/encounters").with(httpBasic("handler", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(CONTRACT_EXAMPLE))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern("/api/v1/encounters/[0-9a-f-]{36}")))
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.people", hasSize(2)))
			.andExpect(jsonPath("$.people[0].id").isString())
			.andExpect(jsonPath("$.people[0].vulnerabilities[0]").value("MENTAL_ILL_HEALTH"))
			.andExpect(jsonPath("$.people[1].estimatedAgeYears").value(6))
			.andExpect(jsonPath("$.location.latitude").value(53.80))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");

		mvc.perform(get("/api/v1/encounters/" + id).with(httpBasic("handler", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.occurredAt").value("2026-11-26T21:14:00Z"))
			.andExpect(jsonPath("$.people[0].voice").value(containsString("scared")));
	}

	@Test
	void a_repeated_request_with_the_same_key_returns_the_first_encounter() throws Exception {
		String key = UUID.randomUUID().toString();
		String first = mvc
			.perform(post("/api/v1/encounters").with(httpBasic("handler", PASSWORD))
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(CONTRACT_EXAMPLE))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long after = encounters();

		mvc.perform(post("/api/v1/encounters").with(httpBasic("handler", PASSWORD))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(CONTRACT_EXAMPLE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value((String) JsonPath.read(first, "$.id")));
		mvc.perform(post("/api/v1/encounters").with(httpBasic("handler", PASSWORD))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(CONTRACT_EXAMPLE.replace("Mill Lane", "Mill Road")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		org.assertj.core.api.Assertions.assertThat(encounters()).isEqualTo(after);
	}

	@Test
	void an_idempotency_key_over_100_characters_is_refused() throws Exception {
		mvc.perform(post("/api/v1/encounters").with(httpBasic("handler", PASSWORD))
			.header("Idempotency-Key", "k".repeat(101))
			.contentType(MediaType.APPLICATION_JSON)
			.content(CONTRACT_EXAMPLE))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("Idempotency-Key")));
	}

	@Test
	void a_bad_request_is_a_problem_naming_every_invalid_field_and_stores_nothing() throws Exception {
		long before = encounters();
		String bad = CONTRACT_EXAMPLE.replace("\"EMERGENCY_CALL\"", "\"PIGEON\"")
			.replace("\"dateOfBirth\": \"1991-04-02\"", "\"dateOfBirth\": \"2099-04-02\", \"estimatedAgeYears\": 30")
			.replace("[\"MENTAL_ILL_HEALTH\"]", "[\"MENTAL_ILL_HEALTH\", \"UNKNOWN_THING\"]")
			.replace("Caller reports", "x".repeat(20_001));
		mvc.perform(post("/api/v1/encounters").with(httpBasic("handler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(bad))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[*].field", hasItem("source")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("narrative")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("people[0].dateOfBirth")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("people[0].estimatedAgeYears")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("people[0].vulnerabilities[1]")));
		org.assertj.core.api.Assertions.assertThat(encounters()).isEqualTo(before);
	}

	@Test
	void each_person_comes_back_with_the_person_in_the_index_they_are_linked_to() throws Exception {
		String first = mvc.perform(post("/api/v1/encounters").with(httpBasic("handler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(CONTRACT_EXAMPLE))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.people[0].personId").isString())
			.andExpect(jsonPath("$.people[1].personId").isString())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String samTaylor = JsonPath.read(first, "$.people[0].personId");

		// the same person again, chosen by the caller: linked to the same person
		mvc.perform(post("/api/v1/encounters").with(httpBasic("handler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(CONTRACT_EXAMPLE.replace("\"givenName\": \"Sam\",", "\"givenName\": \"Samantha\", \"personId\": \"" + samTaylor + "\",")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.people[0].personId").value(samTaylor));
	}

	@Test
	void choosing_a_person_not_in_the_index_is_a_problem_naming_the_field_and_stores_nothing() throws Exception {
		long before = encounters();
		mvc.perform(post("/api/v1/encounters").with(httpBasic("handler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(CONTRACT_EXAMPLE.replace("\"givenName\": \"Sam\",",
					"\"givenName\": \"Sam\", \"personId\": \"" + java.util.UUID.randomUUID() + "\",")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("people[0].personId")));
		org.assertj.core.api.Assertions.assertThat(encounters()).isEqualTo(before);
	}

	@Test
	void more_than_50_people_is_a_problem() throws Exception {
		String person = "{\"role\":\"WITNESS\",\"givenName\":\"W\"}";
		String people = String.join(",", java.util.Collections.nCopies(51, person));
		String body = CONTRACT_EXAMPLE.replaceAll("(?s)\"people\": \\[.*]\\s*}\\s*$", "\"people\": [" + people + "]}");
		mvc.perform(post("/api/v1/encounters").with(httpBasic("handler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("people"));
	}

	@Test
	void a_value_of_the_wrong_type_is_a_problem_naming_its_field() throws Exception {
		mvc.perform(post("/api/v1/encounters").with(httpBasic("handler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(CONTRACT_EXAMPLE.replace("\"estimatedAgeYears\": 6", "\"estimatedAgeYears\": \"six\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("people[1].estimatedAgeYears"));
		mvc.perform(post("/api/v1/encounters").with(httpBasic("handler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(CONTRACT_EXAMPLE.replace("2026-11-26T21:14:00Z", "yesterday")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("occurredAt"));
	}

	@Test
	void malformed_json_is_a_problem() throws Exception {
		mvc.perform(post("/api/v1/encounters").with(httpBasic("handler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"source\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").exists());
	}

	@Test
	void without_credentials_the_api_answers_401_with_a_problem() throws Exception {
		mvc.perform(post("/api/v1/encounters").contentType(MediaType.APPLICATION_JSON).content(CONTRACT_EXAMPLE))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/catalogues").with(httpBasic("handler", "wrong-password")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void a_partner_practitioner_may_not_record_encounters() throws Exception {
		mvc.perform(post("/api/v1/encounters").with(httpBasic("partner-csc", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(CONTRACT_EXAMPLE))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void an_unknown_encounter_and_one_you_may_not_see_are_both_404() throws Exception {
		mvc.perform(get("/api/v1/encounters/" + UUID.randomUUID()).with(httpBasic("handler", PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		String body = mvc
			.perform(post("/api/v1/encounters").with(httpBasic("handler", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(CONTRACT_EXAMPLE))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");
		String notFound = mvc.perform(get("/api/v1/encounters/" + UUID.randomUUID()).with(httpBasic("analyst", PASSWORD)))
			.andReturn().getResponse().getContentAsString();
		String notYours = mvc.perform(get("/api/v1/encounters/" + id).with(httpBasic("analyst", PASSWORD)))
			.andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString();
		org.assertj.core.api.Assertions.assertThat(JsonPath.<String>read(notYours, "$.detail"))
			.isEqualTo(JsonPath.<String>read(notFound, "$.detail"));
		mvc.perform(get("/api/v1/encounters/" + id).with(httpBasic("partner-mh", PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void the_catalogues_are_published_with_personal_and_situational_tags() throws Exception {
		mvc.perform(get("/api/v1/catalogues").with(httpBasic("responder", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.barriers", hasSize(9)))
			.andExpect(jsonPath("$.vulnerabilities[?(@.code == 'DEMENTIA')].kind").value("PERSONAL"))
			.andExpect(jsonPath("$.vulnerabilities[?(@.code == 'CSE_MARKER')].kind").value("SITUATIONAL"))
			.andExpect(jsonPath("$.communicationNeeds[*].code", hasItem("INTERPRETER")))
			.andExpect(jsonPath("$.situations", hasItem("SECTION_136_PLACE_OF_SAFETY")))
			.andExpect(jsonPath("$.roles", hasItem("CHILD_PRESENT")));
	}

	@Test
	void the_api_description_is_behind_sign_in() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/sign-in"));
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().is3xxRedirection());
	}

	@Test
	void the_api_is_described_by_openapi() throws Exception {
		mvc.perform(get("/v3/api-docs").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("handler").roles("CALL_HANDLER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/encounters'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/encounters/{id}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/catalogues'].get").exists());
	}

	static final String WITH_AREA_AND_EQUALITY = CONTRACT_EXAMPLE
		.replace("\"situation\": \"DOMESTIC_ABUSE\",", "\"area\": \"NORTH\", \"situation\": \"DOMESTIC_ABUSE\",")
		.replace("\"givenName\": \"Sam\",", "\"givenName\": \"Sam\", \"sex\": \"FEMALE\", \"ethnicity\": \"W2\",")
		.replace("\"estimatedAgeYears\": 6", "\"estimatedAgeYears\": 6, \"sex\": \"NOT_STATED\", \"ethnicity\": \"NS\"");

	@Test
	void area_sex_and_ethnicity_are_stored_and_returned_as_sent() throws Exception {
		org.assertj.core.api.Assertions.assertThat(WITH_AREA_AND_EQUALITY).contains("\"area\"", "\"W2\"", "\"NS\"");
		String body = mvc
			.perform(post("/api/v1/encounters").with(httpBasic("handler", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(WITH_AREA_AND_EQUALITY))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.area").value("NORTH"))
			.andExpect(jsonPath("$.people[0].sex").value("FEMALE"))
			.andExpect(jsonPath("$.people[0].ethnicity").value("W2"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");

		mvc.perform(get("/api/v1/encounters/" + id).with(httpBasic("handler", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.area").value("NORTH"))
			.andExpect(jsonPath("$.people[0].sex").value("FEMALE"))
			.andExpect(jsonPath("$.people[0].ethnicity").value("W2"))
			.andExpect(jsonPath("$.people[1].sex").value("NOT_STATED"))
			.andExpect(jsonPath("$.people[1].ethnicity").value("NS"));
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
				select p.sex || '/' || p.ethnicity from encounter.encounter_person p where p.encounter_id = :id
				order by p.position""").param("id", UUID.fromString(id)).query(String.class).list())
			.containsExactly("FEMALE/W2", "NOT_STATED/NS");
	}

	@Test
	void without_area_sex_or_ethnicity_they_come_back_empty() throws Exception {
		mvc.perform(post("/api/v1/encounters").with(httpBasic("handler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(CONTRACT_EXAMPLE))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.area").doesNotExist())
			.andExpect(jsonPath("$.people[0].sex").doesNotExist())
			.andExpect(jsonPath("$.people[0].ethnicity").doesNotExist());
	}

	@Test
	void an_unknown_area_sex_or_ethnicity_is_a_problem_naming_each_field_and_stores_nothing() throws Exception {
		long before = encounters();
		long people = jdbc.sql("select count(*) from encounter.encounter_person").query(Long.class).single();
		mvc.perform(post("/api/v1/encounters").with(httpBasic("handler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(WITH_AREA_AND_EQUALITY.replace("\"NORTH\"", "\"ATLANTIS\"")
				.replace("\"FEMALE\"", "\"female\"")
				.replace("\"NS\"", "\"WHITE\"")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("area")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("people[0].sex")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("people[1].ethnicity")))
			.andExpect(jsonPath("$.errors[?(@.field == 'area')].message").value(hasItem("Unknown area code ‘ATLANTIS’")))
			.andExpect(jsonPath("$.errors[?(@.field == 'people[1].ethnicity')].message")
				.value(hasItem("Unknown ethnicity code ‘WHITE’")))
			.andExpect(jsonPath("$.errors", hasSize(3)));
		org.assertj.core.api.Assertions.assertThat(encounters()).isEqualTo(before);
		org.assertj.core.api.Assertions
			.assertThat(jdbc.sql("select count(*) from encounter.encounter_person").query(Long.class).single())
			.isEqualTo(people);
	}

	@Test
	void the_catalogues_publish_areas_ethnicities_and_sexes_with_their_labels() throws Exception {
		mvc.perform(get("/api/v1/catalogues").with(httpBasic("responder", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.areas[?(@.code == 'CITY')].label").value(hasItem("City centre")))
			.andExpect(jsonPath("$.ethnicities", hasSize(19)))
			.andExpect(jsonPath("$.ethnicities[?(@.code == 'NS')].label").value(hasItem("Not stated")))
			.andExpect(jsonPath("$.sexes[*].code", org.hamcrest.Matchers.contains("FEMALE", "MALE", "OTHER", "NOT_STATED")))
			.andExpect(jsonPath("$.sexes[?(@.code == 'OTHER')].label").value(hasItem("In another way")))
			.andExpect(jsonPath("$.sexes[?(@.code == 'NOT_STATED')].label").value(hasItem("Prefers not to say")));
	}
}
