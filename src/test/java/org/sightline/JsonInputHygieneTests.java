package org.sightline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sightline.encounter.EncounterFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Values PostgreSQL cannot hold, or no one should store, are a 400 naming the field and store
 * nothing: once each was a 500 (a NUL reaching the database, a year of minus a billion, "NaN").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class JsonInputHygieneTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long encounters() {
		return jdbc.sql("select count(*) from encounter.encounter").query(Long.class).single();
	}

	void refused(String json, String field, String message) throws Exception {
		long before = encounters();
		mvc.perform(post("/api/v1/encounters").with(httpBasic("responder", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message", containsString(message)));
		assertThat(encounters()).isEqualTo(before);
	}

	@Test
	void text_with_a_NUL_or_another_control_character_is_refused_naming_the_field() throws Exception {
		refused(EncounterFixtures.CONTRACT_EXAMPLE_JSON.replace("Caller reports shouting", "Caller\\u0000 reports shouting"),
				"narrative", "control character");
		refused(EncounterFixtures.CONTRACT_EXAMPLE_JSON.replace("\"Sam\"", "\"Sa\\u001bm\""), "people[0].givenName",
				"control character");
	}

	@Test
	void new_lines_and_tabs_in_free_text_are_kept() throws Exception {
		mvc.perform(post("/api/v1/encounters").with(httpBasic("responder", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(EncounterFixtures.CONTRACT_EXAMPLE_JSON.replace("Caller reports shouting",
					"Caller reports:\\n\\tshouting")))
			.andExpect(status().isCreated());
	}

	@Test
	void an_instant_postgresql_cannot_store_is_refused_naming_the_field() throws Exception {
		refused(EncounterFixtures.CONTRACT_EXAMPLE_JSON.replace("2026-11-26T21:14:00Z", "-999999999-01-01T00:00:00Z"),
				"occurredAt", "between the years 1 and 9999");
	}

	@Test
	void a_number_that_is_not_finite_is_refused_naming_the_field() throws Exception {
		refused(EncounterFixtures.CONTRACT_EXAMPLE_JSON.replace("\"latitude\": 53.80", "\"latitude\": \"NaN\""),
				"location.latitude", "not NaN");
	}

	@Test
	void a_wildcard_content_type_is_an_unsupported_media_type_problem() throws Exception {
		long before = encounters();
		mvc.perform(post("/api/v1/encounters").with(httpBasic("responder", "demo-password"))
			.header("Content-Type", "*/*")
			.content(EncounterFixtures.CONTRACT_EXAMPLE_JSON))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(415));
		assertThat(encounters()).isEqualTo(before);
	}

	@Test
	void short_text_longer_than_the_policy_allows_is_refused_naming_the_field() throws Exception {
		refused(EncounterFixtures.CONTRACT_EXAMPLE_JSON.replace("\"Sam\"", "\"" + "S".repeat(org.sightline.shared.InputLimits.TEXT + 1) + "\""),
				"people[0].givenName", "up to 1,000 characters");
	}

	@Test
	void free_text_longer_than_the_policy_allows_is_refused_naming_the_field() throws Exception {
		refused(EncounterFixtures.CONTRACT_EXAMPLE_JSON.replace("Caller reports shouting",
				"x".repeat(org.sightline.shared.InputLimits.FREE_TEXT + 1)), "narrative", "up to 100,000 characters");
	}

	@Test
	void a_new_line_in_short_text_is_refused_naming_the_field() throws Exception {
		refused(EncounterFixtures.CONTRACT_EXAMPLE_JSON.replace("\"Sam\"", "\"Sa\\nm\""), "people[0].givenName",
				"control character");
	}

	@Test
	void a_list_longer_than_the_policy_allows_is_refused_naming_the_field() throws Exception {
		String many = java.util.stream.IntStream.rangeClosed(0, org.sightline.shared.InputLimits.ITEMS)
			.mapToObj(i -> "\"SOMETHING_" + i + "\"")
			.collect(java.util.stream.Collectors.joining(","));
		refused(EncounterFixtures.CONTRACT_EXAMPLE_JSON.replaceFirst("\"vulnerabilities\"\\s*:\\s*\\[[^\\]]*\\]",
				"\"vulnerabilities\": [" + many + "]"), "people[0].vulnerabilities", "up to 100 are accepted");
	}

	@Test
	void the_api_description_states_the_limits_on_every_field() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("responder")
				.roles("RESPONDER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.description", containsString("Input limits")))
			.andExpect(jsonPath("$.components.schemas.RecordEncounter.properties.narrative.maxLength").value(100_000))
			.andExpect(jsonPath("$.components.schemas.RecordEncounter.properties.people.maxItems").value(100))
			.andExpect(jsonPath("$.components.schemas.PersonDetails.properties.givenName.maxLength").value(1_000))
			.andExpect(jsonPath("$.components.schemas.SimulationRequest.properties.yaml.maxLength").value(200_000));
	}

}
