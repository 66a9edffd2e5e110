package org.sightline.encounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.GovukFormErrors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The "record an encounter" pages, through Spring MVC with the real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class EncounterPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long encounters() {
		return jdbc.sql("select count(*) from encounter.encounter").query(Long.class).single();
	}

	/** A valid form; pairs of name and value in {@code changes} replace (or with no value, remove) fields. */
	static MockHttpServletRequestBuilder validForm(String token, String... changes) {
		var fields = new java.util.LinkedHashMap<String, String[]>();
		fields.put("submissionToken", new String[] { token });
		fields.put("source", new String[] { "ON_SCENE" });
		fields.put("situation", new String[] { "CONCERN_FOR_WELFARE" });
		fields.put("occurredDay", new String[] { "26" });
		fields.put("occurredMonth", new String[] { "11" });
		fields.put("occurredYear", new String[] { "2026" });
		fields.put("occurredTime", new String[] { "21:14" });
		fields.put("locationDescription", new String[] { "Bus station, Anytown" });
		fields.put("narrative", new String[] { "Older man, confused, cannot say where he lives." });
		fields.put("people[0].role", new String[] { "SUBJECT" });
		fields.put("people[0].givenName", new String[] { "Ray" });
		fields.put("people[0].familyName", new String[] { "Hollis" });
		fields.put("people[0].estimatedAge", new String[] { "80" });
		fields.put("people[0].vulnerabilities", new String[] { "DEMENTIA", "ADVERSE_WEATHER" });
		fields.put("people[0].barriers", new String[] { "DEPENDENCE" });
		fields.put("people[0].checks", new String[] { "PREVIOUS_CONTACTS" });
		fields.put("people[0].spokenToAlone", new String[] { "yes" });
		fields.put("people[0].nextStepsExplained", new String[] { "yes" });
		fields.put("action", new String[] { "save" });
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], new String[] { changes[i + 1] });
		}
		var request = post("/encounters/new").with(csrf());
		fields.forEach(request::param);
		return request;
	}

	@Test
	@WithUserDetails("responder")
	void the_form_offers_every_catalogue_and_starts_at_the_current_time() throws Exception {
		java.time.ZonedDateTime before = java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/London"))
			.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		String page = mvc.perform(get("/encounters/new")).andReturn().getResponse().getContentAsString();
		org.jsoup.nodes.Document form = org.jsoup.Jsoup.parse(page);
		java.time.ZonedDateTime shown = java.time.LocalDateTime
			.of(Integer.parseInt(form.select("#occurredYear").val()), Integer.parseInt(form.select("#occurredMonth").val()),
					Integer.parseInt(form.select("#occurredDay").val()), 0, 0)
			.with(java.time.LocalTime.parse(form.select("#occurredTime").val()))
			.atZone(java.time.ZoneId.of("Europe/London"));
		assertThat(shown).isBetween(before, before.plusMinutes(2));
		mvc.perform(get("/encounters/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"DEMENTIA\"")))
			.andExpect(content().string(containsString("value=\"FEAR_BULLYING_COERCION\"")))
			.andExpect(content().string(containsString("value=\"INTERPRETER_USED\"")))
			.andExpect(content().string(containsString("value=\"CHILDREN_IN_HOUSEHOLD\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("name=\"occurredTime\"")));
	}

	@Test
	@WithUserDetails("responder")
	void saving_records_the_encounter_and_shows_it_with_a_banner() throws Exception {
		long before = encounters();
		String location = mvc.perform(validForm(UUID.randomUUID().toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/encounters/*"))
			.andExpect(flash().attribute("banner", containsString("recorded")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(encounters()).isEqualTo(before + 1);

		mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ray Hollis")))
			.andExpect(content().string(containsString("Dementia or memory problems")))
			.andExpect(content().string(containsString("Depends on the person causing harm")))
			.andExpect(content().string(containsString("About 80 years old")));
	}

	@Test
	@WithUserDetails("responder")
	void a_second_click_of_save_does_not_create_a_second_encounter() throws Exception {
		String token = UUID.randomUUID().toString();
		long before = encounters();
		String first = mvc.perform(validForm(token)).andReturn().getResponse().getRedirectedUrl();
		String second = mvc.perform(validForm(token))
			.andExpect(flash().attribute("banner", containsString("already recorded")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(second).isEqualTo(first);
		assertThat(encounters()).isEqualTo(before + 1);
	}

	@Test
	@WithUserDetails("responder")
	void a_form_with_errors_shows_the_error_summary_keeps_what_was_typed_and_stores_nothing() throws Exception {
		long before = encounters();
		String page = mvc.perform(validForm(UUID.randomUUID().toString(), "occurredDay", "31", "occurredMonth", "2", "narrative", "",
				"people[0].dobDay", "1", "people[0].dobMonth", "1", "people[0].dobYear", "1946"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("<title>Error: Record an encounter")))
			.andExpect(content().string(containsString("When it happened must be a real date")))
			.andExpect(content().string(containsString("href=\"#occurredDay\"")))
			.andExpect(content().string(containsString("Enter what happened")))
			.andExpect(content().string(containsString("Enter a date of birth or an estimated age, not both")))
			.andExpect(content().string(containsString("value=\"Bus station, Anytown\"")))
			.andExpect(content().string(containsString("value=\"Hollis\"")))
			.andExpect(content().string(containsString("value=\"1946\"")))
			.andExpect(content().string(
					org.hamcrest.Matchers.matchesPattern("(?s).*value=\"DEMENTIA\"[^>]*checked.*")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		GovukFormErrors.assertShownBeside(page, "occurredDay", "When it happened must be a real date");
		GovukFormErrors.assertShownBeside(page, "narrative", "Enter what happened");
		GovukFormErrors.assertKept(page, "people0.familyName", "Hollis");
		GovukFormErrors.assertKept(page, "occurredDay", "31");
		assertThat(encounters()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("responder")
	void checking_the_person_index_offers_likely_matches_keeps_what_was_typed_and_saves_nothing() throws Exception {
		mvc.perform(validForm(UUID.randomUUID().toString(), "people[0].familyName", "Hollis-Wragge"))
			.andExpect(status().is3xxRedirection());
		long before = encounters();

		mvc.perform(validForm(UUID.randomUUID().toString(), "people[0].familyName", "Holis-Wragge", "action",
				"find-person-0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Is this someone already known?")))
			.andExpect(content().string(containsString("Ray Hollis-Wragge")))
			.andExpect(content().string(containsString("1 contact in 90 days: 1 concern for welfare")))
			.andExpect(content().string(containsString("None of these: add a new person")))
			.andExpect(content().string(containsString("value=\"Holis-Wragge\"")));
		assertThat(encounters()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("responder")
	void the_encounter_page_says_how_each_person_was_linked_with_the_match_weight_and_evidence() throws Exception {
		String family = org.sightline.TestActors.uniqueSurname("Hollis");
		String[] born = { "people[0].familyName", family, "people[0].estimatedAge", "", "people[0].dobDay", "3",
				"people[0].dobMonth", "4", "people[0].dobYear", "1946" };
		mvc.perform(validForm(UUID.randomUUID().toString(), born)).andExpect(status().is3xxRedirection());
		String location = mvc.perform(validForm(UUID.randomUUID().toString(), born))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Open <span>Ray " + family + "</span>'s history")))
			.andExpect(content().string(containsString("Linked automatically: a strong match")))
			.andExpect(content().string(containsString("Why it matches")))
			.andExpect(content().string(containsString("date of birth: same")));
	}

	@Test
	@WithUserDetails("responder")
	void a_page_saved_then_changed_and_saved_again_says_so_instead_of_failing() throws Exception {
		String token = UUID.randomUUID().toString();
		mvc.perform(validForm(token)).andExpect(status().is3xxRedirection());
		long before = encounters();

		String page = mvc.perform(validForm(token, "narrative", "A different account of what happened."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("This page was already saved once with different details")))
			.andExpect(content().string(containsString("A different account of what happened.")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		GovukFormErrors.assertShownBeside(page, "source", "This page was already saved once with different details");
		GovukFormErrors.assertKept(page, "narrative", "A different account of what happened.");
		assertThat(encounters()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("responder")
	void a_person_already_chosen_is_shown_again_without_searching_again() throws Exception {
		String family = org.sightline.TestActors.uniqueSurname("Hollis");
		mvc.perform(validForm(UUID.randomUUID().toString(), "people[0].familyName", family))
			.andExpect(status().is3xxRedirection());
		String chosen = jdbc.sql("select id::text from person.person where family_name = :family")
			.param("family", family)
			.query(String.class)
			.single();
		long searches = jdbc.sql("select count(*) from audit.audit_entry where subject_type = 'PERSON' and subject_id = 'search'")
			.query(Long.class)
			.single();

		mvc.perform(validForm(UUID.randomUUID().toString(), "people[0].familyName", family, "people[0].personId", chosen,
				"action", "add-person"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Person 2")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"(?s).*value=\"" + chosen + "\"\\s+aria-describedby=\"[^\"]+\" checked=\"checked\".*")));
		assertThat(jdbc.sql("select count(*) from audit.audit_entry where subject_type = 'PERSON' and subject_id = 'search'")
			.query(Long.class)
			.single()).isEqualTo(searches);
	}

	@Test
	@WithUserDetails("responder")
	void checking_the_person_index_without_a_family_name_says_what_is_missing() throws Exception {
		String page = mvc.perform(validForm(UUID.randomUUID().toString(), "people[0].familyName", "", "action", "find-person-0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a family name to check the person index")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		GovukFormErrors.assertShownBeside(page, "people0.familyName", "Enter a family name to check the person index");
	}

	@Test
	@WithUserDetails("responder")
	void adding_a_person_keeps_what_was_typed_and_saves_nothing() throws Exception {
		long before = encounters();
		mvc.perform(validForm(UUID.randomUUID().toString(), "action", "add-person"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Person 2")))
			.andExpect(content().string(containsString("value=\"Hollis\"")))
			.andExpect(content().string(not(containsString("govuk-error-summary"))));
		assertThat(encounters()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("responder")
	void a_form_without_a_csrf_token_is_refused() throws Exception {
		mvc.perform(post("/encounters/new").param("action", "save")).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("handler")
	void my_encounters_lists_only_what_I_recorded() throws Exception {
		mvc.perform(validForm(UUID.randomUUID().toString(), "locationDescription", "Handler's own place"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/encounters/mine"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Handler&#39;s own place")))
			.andExpect(content().string(not(containsString("Bus station, Anytown"))));
	}

	@Test
	@WithUserDetails("analyst")
	void an_encounter_the_user_may_not_see_is_page_not_found() throws Exception {
		String id = jdbc.sql("select id::text from encounter.encounter limit 1").query(String.class).optional()
			.orElse(UUID.randomUUID().toString());
		mvc.perform(get("/encounters/" + id))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
	}

	@Test
	@WithUserDetails("responder")
	void the_form_asks_area_sex_and_ethnicity_as_optional_with_a_blank_choice_and_says_they_never_change_the_advice()
			throws Exception {
		mvc.perform(get("/encounters/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Area (optional)")))
			.andExpect(content().string(containsString("<option value=\"\">Not recorded</option>")))
			.andExpect(content().string(containsString("<option value=\"CITY\">City centre</option>")))
			.andExpect(content().string(containsString("Sex (optional)")))
			.andExpect(content().string(containsString("In another way")))
			.andExpect(content().string(containsString("Prefers not to say")))
			.andExpect(content().string(containsString("Self-defined ethnicity (optional)")))
			.andExpect(content().string(containsString("<option value=\"NS\">Not stated</option>")))
			.andExpect(content().string(containsString("Asked only for equality monitoring. It never changes the advice.")));
	}

	@Test
	@WithUserDetails("responder")
	void the_encounter_page_shows_area_sex_and_ethnicity_by_their_labels_never_their_codes() throws Exception {
		String location = mvc.perform(validForm(UUID.randomUUID().toString(), "area", "CITY", "people[0].sex", "OTHER",
				"people[0].ethnicity", "M3"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		assertThat(jdbc.sql("select area from encounter.encounter where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("CITY");

		mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("City centre")))
			.andExpect(content().string(containsString("In another way")))
			.andExpect(content().string(containsString("Mixed: White and Asian")))
			.andExpect(content().string(not(containsString(">CITY<"))))
			.andExpect(content().string(not(containsString(">OTHER<"))))
			.andExpect(content().string(not(containsString(">M3<"))));
	}

	@Test
	@WithUserDetails("responder")
	void a_form_with_errors_keeps_the_area_sex_and_ethnicity_chosen() throws Exception {
		long before = encounters();
		mvc.perform(validForm(UUID.randomUUID().toString(), "narrative", "", "area", "SOUTH", "people[0].sex",
				"NOT_STATED", "people[0].ethnicity", "B1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("Enter what happened")))
			.andExpect(content().string(containsString("<option value=\"SOUTH\" selected=\"selected\">South</option>")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"(?s).*value=\"NOT_STATED\"[^>]*name=\"people\\[0]\\.sex\"[^>]*checked.*")))
			.andExpect(content().string(containsString(
					"<option value=\"B1\" selected=\"selected\">Black or Black British: Caribbean</option>")));
		assertThat(encounters()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("responder")
	void an_unknown_area_sex_or_ethnicity_is_shown_in_the_error_summary_and_beside_its_field_and_stores_nothing()
			throws Exception {
		long before = encounters();
		mvc.perform(validForm(UUID.randomUUID().toString(), "area", "ATLANTIS", "people[0].sex", "F",
				"people[0].ethnicity", "Z9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#area\"")))
			.andExpect(content().string(containsString("Unknown area code ‘ATLANTIS’")))
			.andExpect(content().string(containsString("href=\"#people0.sex\"")))
			.andExpect(content().string(containsString("Unknown code ‘F’; use one of FEMALE, MALE, OTHER, NOT_STATED")))
			.andExpect(content().string(containsString("href=\"#people0.ethnicity\"")))
			.andExpect(content().string(containsString("Unknown ethnicity code ‘Z9’")))
			.andExpect(content().string(containsString("govuk-select--error")));
		assertThat(encounters()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("responder")
	void what_the_people_who_attended_dealt_with_is_kept_when_the_form_comes_back_and_an_unknown_one_is_shown_beside_it()
			throws Exception {
		long before = encounters();
		String page = mvc.perform(validForm(UUID.randomUUID().toString(), "narrative", "")
				.param("incidentFeatures", "DEATH_OF_A_CHILD", "ALIENS"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*value=\"DEATH_OF_A_CHILD\"[^>]*checked.*")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		GovukFormErrors.assertShownBeside(page, "incidentFeatures", "Unknown incident feature code ‘ALIENS’");
		assertThat(encounters()).isEqualTo(before);

		String location = mvc.perform(validForm(UUID.randomUUID().toString()).param("incidentFeatures", "SERIOUS_INJURY"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What the people who attended dealt with")))
			.andExpect(content().string(containsString("Someone was seriously injured")));
	}
}
