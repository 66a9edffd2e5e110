package org.sightline.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sightline.GovukFormErrors;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.Location;
import org.sightline.encounter.RecordEncounter;
import org.sightline.identity.CurrentActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class DemandDashboardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EncounterManagement encounters;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ZoneId zone;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(String username) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(users.loadUserByUsername(username));
	}

	/** A day nobody else's test records on: 200 days ago. */
	LocalDate quietDay() {
		return LocalDate.now(zone).minusDays(200);
	}

	void recordOnQuietDay(int n, String situation, String area) {
		for (int i = 0; i < n; i++) {
			var person = new RecordEncounter.PersonDetails("SUBJECT", "Quiet", "Day" + i, null, null, 30 + i,
					List.of("DEMENTIA"), List.of(), List.of(), List.of(), null, null, List.of(), null);
			encounters.record(CurrentActor.require(), new RecordEncounter("NON_EMERGENCY_CALL",
					quietDay().atTime(LocalTime.of(10, i)).atZone(zone).toInstant(), new Location("Quiet Road " + i, null, null),
					area, situation, "Recorded for the small counts test", List.of(person)), Optional.empty());
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc
			.sql("select count(*) from demand.encounter_demand where occurred_at::date = :day and area = :area")
			.param("day", quietDay())
			.param("area", area)
			.query(Long.class)
			.single() >= n);
	}

	@Test
	@WithUserDetails("handler")
	void a_count_under_five_is_withheld_on_the_page_in_the_csv_and_in_the_api_and_so_is_every_figure_worked_out_from_it()
			throws Exception {
		recordOnQuietDay(2, "MEDICAL_INCIDENT", "WEST");
		String filter = "from=" + quietDay() + "&to=" + quietDay() + "&area=WEST";
		String page = mvc.perform(get("/demand?" + filter).with(signedIn("analyst")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("fewer than 5");
		// the situation row shows no number and gives the chart nothing to draw
		String situationTable = page.substring(page.indexOf("id=\"table-situation\""));
		situationTable = situationTable.substring(0, situationTable.indexOf("</table>"));
		assertThat(situationTable).contains("Medical incident").doesNotContain(">2<").doesNotContain("data-value=\"2.0\"");
		String csv = mvc.perform(get("/demand.csv?" + filter).with(signedIn("analyst")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("sightline-demand-" + quietDay())))
			.andReturn().getResponse().getContentAsString();
		assertThat(csv).contains("Medical incident,fewer than 5").doesNotContain("Medical incident,2");
		// one line a row, one blank line between tables (once every row was followed by an empty one)
		assertThat(csv).doesNotContain("\r").doesNotContain("\n\n\n");
		mvc.perform(get("/api/v1/demand?" + filter).with(signedIn("chief")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.headline.encounters.shown").value("fewer than 5"))
			.andExpect(jsonPath("$.headline.encounters.number").doesNotExist());
	}

	@Test
	@WithUserDetails("handler")
	void five_or_more_are_shown_as_numbers_and_the_chart_gets_the_same_values() throws Exception {
		recordOnQuietDay(6, "ADULT_AT_RISK", "EAST");
		String page = mvc.perform(get("/demand?from=" + quietDay() + "&to=" + quietDay() + "&area=EAST")
			.with(signedIn("chief")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("data-headline=\"encounters\">6<").contains("data-value=\"6.0\"").contains("Adult at risk")
			.doesNotContain("ADULT_AT_RISK</");
	}

	@Test
	@WithUserDetails("analyst")
	void bad_filters_are_explained_in_the_error_summary_and_keep_what_was_typed() throws Exception {
		String page = mvc.perform(get("/demand?from=2026-13-01&to=2026-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("Enter the start date as a date")))
			.andExpect(content().string(containsString("value=\"2026-13-01\"")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		GovukFormErrors.assertShownBeside(page, "from", "Enter the start date as a date");
		GovukFormErrors.assertKept(page, "from", "2026-13-01");
		mvc.perform(get("/demand?from=2026-06-01&to=2026-01-01"))
			.andExpect(content().string(containsString("The end date must be the same as or after the start date")));
		mvc.perform(get("/demand/print?from=yesterday"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the start date as a date")));
		mvc.perform(get("/demand.csv?from=2026-01-01&to=2026-02-01&situation=NOT_A_SITUATION"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose a situation from the list")));
		mvc.perform(get("/api/v1/demand?from=2026-01-01&to=2026-02-01&area=ATLANTIS")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("analyst", "demo-password")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(content().string(containsString("area")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	@WithUserDetails("chief")
	void a_chief_officer_reads_demand_but_is_refused_every_page_that_names_a_person() throws Exception {
		mvc.perform(get("/demand")).andExpect(status().isOk());
		mvc.perform(get("/")).andExpect(content().string(containsString("See vulnerability-related demand")))
			.andExpect(content().string(not(containsString("not part of this release"))));
		for (String path : List.of("/people/search", "/encounters", "/referrals", "/marac", "/supervision", "/audit",
				"/people/matches", "/records-review", "/partner/referrals", "/simulation")) {
			mvc.perform(get(path)).andExpect(status().isForbidden());
		}
	}

	@Test
	@WithUserDetails("analyst")
	void an_analyst_reads_demand_and_the_simulation_but_is_refused_every_page_that_names_a_person() throws Exception {
		mvc.perform(get("/demand")).andExpect(status().isOk());
		mvc.perform(get("/simulation")).andExpect(status().isOk());
		for (String path : List.of("/people/search", "/encounters", "/encounters/new", "/referrals", "/marac", "/supervision",
				"/audit", "/people/matches", "/records-review", "/partner/referrals")) {
			mvc.perform(get(path)).andExpect(status().isForbidden());
		}
	}
}
