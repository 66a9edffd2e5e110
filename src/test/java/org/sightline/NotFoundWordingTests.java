package org.sightline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.encounter.EncounterFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * A record that does not exist and one the caller may not see get the same answer, word for word,
 * so that no one can learn from a 404 that a record exists (once "Encounter not found" for a
 * referral on an encounter out of reach gave away the referral a random id did not).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class NotFoundWordingTests {

	@Autowired
	MockMvc mvc;

	final JsonMapper json = JsonMapper.builder().build();

	Map<?, ?> problem(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).isEqualTo(404);
		assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		Map<?, ?> body = json.readValue(result.getResponse().getContentAsString(), Map.class);
		body.remove("instance");
		return body;
	}

	@Test
	void a_record_out_of_reach_is_answered_word_for_word_as_one_that_does_not_exist() throws Exception {
		String location = mvc.perform(post("/api/v1/encounters").with(httpBasic("handler", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(EncounterFixtures.CONTRACT_EXAMPLE_JSON))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(location).contains("/api/v1/encounters/");

		Map<?, ?> outOfReach = problem(mvc.perform(get(location).with(httpBasic("partner-csc", "demo-password"))).andReturn());
		Map<?, ?> missing = problem(mvc
			.perform(get("/api/v1/encounters/" + UUID.randomUUID()).with(httpBasic("partner-csc", "demo-password")))
			.andReturn());
		Map<?, ?> missingReferral = problem(mvc
			.perform(get("/api/v1/referrals/" + UUID.randomUUID()).with(httpBasic("partner-csc", "demo-password")))
			.andReturn());
		Map<?, ?> noSuchAddress = problem(
				mvc.perform(get("/api/v1/no-such-thing").with(httpBasic("partner-csc", "demo-password"))).andReturn());

		Map<?, ?> theErrorAddressItself = problem(mvc
			.perform(get("/error").accept(MediaType.APPLICATION_JSON).with(httpBasic("partner-csc", "demo-password")))
			.andReturn());

		assertThat(outOfReach).isEqualTo(missing).isEqualTo(missingReferral).isEqualTo(noSuchAddress)
			.isEqualTo(theErrorAddressItself);
		assertThat(outOfReach.get("detail")).asString().doesNotContain("Encounter").doesNotContain("Referral");
	}
}
