package org.sightline.person;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sightline.GovukFormErrors;
import org.sightline.identity.CurrentActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** The person search page and API, through Spring MVC with the real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PersonSearchPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonIndex index;

	@Test
	@WithUserDetails("handler")
	void an_empty_name_shows_the_error_summary_and_keeps_what_was_typed() throws Exception {
		String page = mvc.perform(get("/people/search").param("name", " ").param("day", "4").param("month", "3").param("year", "1988")
			.param("address", "12 High Street"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#name\"")))
			.andExpect(content().string(containsString("Enter a name")))
			.andExpect(content().string(containsString("value=\"1988\"")))
			.andExpect(content().string(containsString("value=\"12 High Street\"")))
			.andExpect(content().string(not(containsString("id=\"candidates\""))))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		GovukFormErrors.assertShownBeside(page, "name", "Enter a name, a phone number or an identifier");
		GovukFormErrors.assertKept(page, "address", "12 High Street");
	}

	@Test
	@WithUserDetails("handler")
	void a_name_without_letters_is_an_error_on_the_page_not_a_crash() throws Exception {
		mvc.perform(get("/people/search").param("name", "07700 900123"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter a name in letters, a phone number or an identifier")))
			.andExpect(content().string(containsString("value=\"07700 900123\"")));
	}

	@Test
	@WithUserDetails("handler")
	void a_date_of_birth_that_is_not_a_real_date_is_an_error() throws Exception {
		String page = mvc.perform(get("/people/search").param("name", "Sam Taylor").param("day", "31").param("month", "2")
			.param("year", "1990"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Date of birth must be a real date")))
			.andExpect(content().string(containsString("value=\"Sam Taylor\"")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		GovukFormErrors.assertShownBeside(page, "day", "Date of birth must be a real date, for example 27 3 1990");
		GovukFormErrors.assertKept(page, "day", "31");
	}

	@Test
	@WithUserDetails("handler")
	void a_date_of_birth_in_the_future_or_with_a_box_left_empty_is_an_error_that_says_so() throws Exception {
		String future = mvc.perform(get("/people/search").param("name", "Sam Taylor").param("day", "1").param("month", "1")
			.param("year", "2199"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		GovukFormErrors.assertShownBeside(future, "day", "Date of birth must be a real date in the past");

		String partial = mvc.perform(get("/people/search").param("name", "Sam Taylor").param("day", "1").param("month", "")
			.param("year", "1990"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		GovukFormErrors.assertShownBeside(partial, "day", "Date of birth must include a month");
		GovukFormErrors.assertKept(partial, "year", "1990");
	}

	@Test
	@WithUserDetails("handler")
	void results_list_each_candidate_with_its_rank_date_of_birth_and_evidence() throws Exception {
		index.register(CurrentActor.require(), NewPerson.named("Gethin", "Llewellyn", LocalDate.of(1975, 7, 14)));

		mvc.perform(get("/people/search").param("name", "Gethin Llewelyn"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"candidates\"")))
			.andExpect(content().string(containsString("14 Jul 1975")))
			.andExpect(content().string(containsString("surname: close spelling")));
	}

	@Test
	void the_api_returns_candidates_with_score_and_evidence() throws Exception {
		mvc.perform(get("/api/v1/people/search").param("name", "Nobody Atall-Here").with(httpBasic("hub", "demo-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.candidates").isArray());
	}

	@Test
	void the_api_reports_a_missing_name_and_a_bad_date_as_problems() throws Exception {
		mvc.perform(get("/api/v1/people/search").with(httpBasic("handler", "demo-password")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(content().string(containsString("Enter a name")));
		mvc.perform(get("/api/v1/people/search").param("name", "Sam Taylor").param("dateOfBirth", "04/03/1988")
			.with(httpBasic("handler", "demo-password")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("dateOfBirth")));
	}
}
