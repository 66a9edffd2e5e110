package org.sightline.encounter;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.GovukFormErrors;
import org.sightline.shared.MutableClock;
import org.sightline.shared.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Live incidents and the encounter search: the way a responder reaches an encounter someone else
 * recorded, under the same need-to-know as reading it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestClock.class)
class LiveIncidentsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void itIsFridayAfternoon() {
		clock.setTo(TestClock.FRIDAY_AFTERNOON);
	}

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	/** Records an encounter through the form as {@code username}; returns its reference. */
	String recorded(String username, String place, String familyName) throws Exception {
		mvc.perform(EncounterPageTests.validForm(UUID.randomUUID().toString(), "locationDescription", place,
				"people[0].familyName", familyName).with(as(username)).with(
						org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection());
		return jdbc.sql("select reference from encounter.encounter where location_description = :place")
			.param("place", place).query(String.class).single();
	}

	@Test
	void a_responder_sees_an_incident_the_call_handler_recorded_within_the_operational_window() throws Exception {
		String reference = recorded("handler", "12 Quarry Lane, Anytown", "Okafor");
		mvc.perform(get("/encounters").with(as("responder")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Live incidents")))
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(containsString("12 Quarry Lane, Anytown")))
			.andExpect(content().string(containsString("Not assessed yet")));
	}

	@Test
	void an_incident_leaves_the_live_list_when_the_operational_window_closes_and_a_responder_cannot_find_it() throws Exception {
		String reference = recorded("handler", "3 Old Mill Row, Anytown", "Varga");
		clock.advance(Duration.ofHours(24).minusMinutes(1));
		mvc.perform(get("/encounters").with(as("responder")))
			.andExpect(content().string(containsString(reference)));
		clock.advance(Duration.ofMinutes(2)); // the 24-hour operational window has closed
		mvc.perform(get("/encounters").with(as("responder")))
			.andExpect(content().string(not(containsString(reference))));
		mvc.perform(get("/encounters").param("reference", reference).with(as("responder")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No encounter you may read matches that search.")))
			.andExpect(content().string(not(containsString("3 Old Mill Row"))));
		// the safeguarding hub and supervisors may read any encounter, so they find it
		mvc.perform(get("/encounters").param("reference", reference).with(as("hub")))
			.andExpect(content().string(containsString("3 Old Mill Row, Anytown")));
	}

	@Test
	void the_search_finds_an_encounter_by_reference_number_name_address_or_date() throws Exception {
		String reference = recorded("handler", "Flat 4, 88 Canal Street, Anytown", "Brannigan");
		String number = reference.substring(reference.lastIndexOf('-') + 1);
		for (String[] query : new String[][] { { "reference", reference.toLowerCase() }, { "reference", number },
				{ "name", "brann" }, { "name", "Ray Brannigan" }, { "address", "canal street" } }) {
			mvc.perform(get("/encounters").param(query[0], query[1]).with(as("responder")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Encounters found")))
				.andExpect(content().string(containsString(reference)));
		}
		mvc.perform(get("/encounters").param("day", "26").param("month", "11").param("year", "2026")
			.param("name", "Brannigan").with(as("responder")))
			.andExpect(content().string(containsString(reference)));
		mvc.perform(get("/encounters").param("day", "27").param("month", "11").param("year", "2026")
			.param("name", "Brannigan").with(as("responder")))
			.andExpect(content().string(not(containsString(reference))));
		// a wildcard is a letter like any other, not "anything"
		mvc.perform(get("/encounters").param("address", "%%%").with(as("responder")))
			.andExpect(content().string(not(containsString(reference))));
	}

	@Test
	void a_search_with_a_date_that_is_not_real_shows_the_error_summary_and_keeps_what_was_typed() throws Exception {
		String page = mvc.perform(get("/encounters").param("day", "31").param("month", "2").param("year", "2026")
			.param("address", "Canal").with(as("responder")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#on\"")))
			.andExpect(content().string(containsString("Date must be a real date")))
			.andExpect(content().string(containsString("value=\"31\"")))
			.andExpect(content().string(containsString("value=\"Canal\"")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		GovukFormErrors.assertShownBeside(page, "on", "Date must be a real date");
		GovukFormErrors.assertKept(page, "address", "Canal");
	}

	@Test
	void every_search_and_listing_is_audited_with_what_was_looked_for() throws Exception {
		mvc.perform(get("/encounters").param("name", "Audited-Search").with(as("responder")));
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
				select count(*) from audit.audit_entry where actor = 'responder' and reason = 'Searched encounters'
				and detail like '%name=Audited-Search%'
				""").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void partners_and_analysts_may_not_list_incidents() throws Exception {
		mvc.perform(get("/encounters").with(as("analyst"))).andExpect(status().isForbidden());
	}
}
