package org.sightline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sightline.assessment.AssessmentManagement;
import org.sightline.encounter.EncounterManagement;
import org.sightline.partnership.PartnershipAgreements;
import org.sightline.shared.CsvCells;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** The simulation page: choosing what to compare, the period, the tables and their CSV. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SimulationPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EncounterManagement encounters;

	@Autowired
	AssessmentManagement assessments;

	@Autowired
	PartnershipAgreements agreements;

	@Autowired
	UserDetailsService users;

	@Autowired
	ZoneId zone;

	LocalDate today() {
		return LocalDate.now(zone);
	}

	static MockHttpServletRequestBuilder period(MockHttpServletRequestBuilder request, LocalDate from, LocalDate to) {
		return request.param("from-day", String.valueOf(from.getDayOfMonth()))
			.param("from-month", String.valueOf(from.getMonthValue()))
			.param("from-year", String.valueOf(from.getYear()))
			.param("to-day", String.valueOf(to.getDayOfMonth()))
			.param("to-month", String.valueOf(to.getMonthValue()))
			.param("to-year", String.valueOf(to.getYear()));
	}

	/** The part of the page that shows the results. */
	static String results(String html) {
		int start = html.indexOf("id=\"results\"");
		int end = html.indexOf("Simulate again");
		assertThat(start).as("results shown").isPositive();
		return html.substring(start, end);
	}

	String version() {
		return "sim-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	@WithUserDetails("analyst")
	void an_analyst_chooses_a_stored_draft_from_the_list_and_it_is_simulated() throws Exception {
		String version = version();
		String candidate = SimulationFixtures.storeDraft(agreements, users, version);
		SimulationFixtures.assessedEncounters(encounters, assessments, users, 6, 0);

		mvc.perform(get("/simulation"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + candidate + "\"")))
			.andExpect(content().string(containsString("national-rcrp " + version + " (Draft, edited ")))
			.andExpect(content().string(not(containsString("Choose a stored draft, or paste"))));

		String html = mvc.perform(period(post("/simulation").with(csrf()), today().minusDays(30), today())
			.param("source", "stored")
			.param("candidate", candidate))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String results = results(html);
		assertThat(results).contains("national-rcrp " + version + " (Draft) compared with the version in force, national-rcrp 2023-07-26")
			.contains("id=\"by-situation\"", "id=\"chart-situation\"", "id=\"by-agency\"", "id=\"chart-agency\"")
			.contains("Concern for welfare", ">Police<", "Net officer hours saved (estimate)")
			.contains("/simulation/csv?candidate=")
			.as("the charts leave the total rows out").contains("data-total=\"true\"")
			.as("codes are shown as their labels").doesNotContain("CONCERN_FOR_WELFARE", "POLICE_PRIMARY", ">POLICE<");
		assertThat(html).contains("src=\"/js/simulation-chart.js\"", "src=\"/webjars/chart.js/dist/chart.umd.min.js\"");
	}

	@Test
	@WithUserDetails("analyst")
	void the_version_in_force_with_some_clauses_changed_is_simulated() throws Exception {
		String inForce = mvc.perform(get("/simulation"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(HtmlUtils.htmlUnescape(inForce)).as("the editor starts as the version in force")
			.contains("version: \"2023-07-26\"", "situation: MISSING_PERSON");

		String changed = SimulationFixtures.draftYaml("2023-07-26");
		String html = mvc.perform(period(post("/simulation").with(csrf()), today().minusDays(30), today())
			.param("source", "changed")
			.param("changedYaml", changed))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(results(html)).contains("national-rcrp 2023-07-26 with changes compared with the version in force");

		mvc.perform(period(post("/simulation").with(csrf()), today().minusDays(30), today())
			.param("source", "changed")
			.param("changedYaml", changed.replace("primary: ADULT_SOCIAL_CARE", "primary: NOBODY")))
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#changedYaml\"")))
			.andExpect(content().string(containsString("Unknown agency")))
			.andExpect(content().string(containsString("primary: NOBODY")));
	}

	@Test
	@WithUserDetails("analyst")
	void a_period_that_is_not_a_date_ends_before_it_starts_is_in_the_future_or_is_over_two_years_is_refused_keeping_what_was_typed()
			throws Exception {
		mvc.perform(post("/simulation").with(csrf())
			.param("source", "pasted")
			.param("draftYaml", "id: [")
			.param("from-day", "31").param("from-month", "2").param("from-year", "2026")
			.param("to-day", "").param("to-month", "").param("to-year", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("The first day of the period must be a real date")))
			.andExpect(content().string(containsString("Enter the last day of the period")))
			.andExpect(content().string(containsString("This is not valid YAML")))
			.andExpect(content().string(containsString("href=\"#from-day\"")))
			.andExpect(content().string(containsString("value=\"31\"")))
			.andExpect(content().string(containsString("id: [")));

		LocalDate today = today();
		mvc.perform(period(post("/simulation").with(csrf()), today.minusDays(10), today.minusDays(20)).param("source", "changed")
			.param("changedYaml", SimulationFixtures.draftYaml("2023-07-26")))
			.andExpect(content().string(containsString("The last day of the period must be the same as or after the first day")))
			.andExpect(content().string(containsString("href=\"#to-day\"")))
			.andExpect(content().string(containsString("value=\"" + today.minusDays(20).getDayOfMonth() + "\"")))
			.andExpect(content().string(not(containsString("id=\"results\""))));
		mvc.perform(period(post("/simulation").with(csrf()), today.minusDays(10), today.plusDays(1)).param("source", "changed")
			.param("changedYaml", SimulationFixtures.draftYaml("2023-07-26")))
			.andExpect(content().string(containsString("The last day of the period must be today or in the past")));
		mvc.perform(period(post("/simulation").with(csrf()), today.minusYears(3), today).param("source", "changed")
			.param("changedYaml", SimulationFixtures.draftYaml("2023-07-26")))
			.andExpect(content().string(containsString("The period must be 2 years or shorter")))
			.andExpect(content().string(containsString("value=\"" + today.minusYears(3).getYear() + "\"")));
		mvc.perform(period(post("/simulation").with(csrf()), today.minusDays(10), today).param("source", "stored")
			.param("candidate", "national-rcrp/2023-07-26"))
			.andExpect(content().string(containsString("Choose one of the drafts or versions in review listed")));
	}

	@Test
	@WithUserDetails("analyst")
	void the_csv_has_the_figures_of_the_tables_with_the_same_small_counts_withheld() throws Exception {
		String version = version();
		String candidate = SimulationFixtures.storeDraft(agreements, users, version);
		SimulationFixtures.assessedEncounters(encounters, assessments, users, 6, 2);
		LocalDate from = today().minusDays(30);
		LocalDate to = today();

		String html = mvc.perform(period(post("/simulation").with(csrf()), from, to)
			.param("source", "stored")
			.param("candidate", candidate))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String csv = mvc.perform(get("/simulation/csv").param("candidate", candidate)
			.param("from", from.toString())
			.param("to", to.toString()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition",
					containsString("simulation-national-rcrp-" + version + "-" + from + "-to-" + to + ".csv")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		List<String> expected = new ArrayList<>();
		for (List<String> row : rows(html, "by-situation")) {
			List<String> cells = new ArrayList<>(List.of("situation"));
			cells.addAll(row);
			expected.add(CsvCells.row(cells.toArray(String[]::new)).stripTrailing());
		}
		for (List<String> row : rows(html, "by-agency")) {
			List<String> cells = new ArrayList<>(List.of("agency that would lead", row.get(0), ""));
			cells.addAll(row.subList(1, row.size()));
			expected.add(CsvCells.row(cells.toArray(String[]::new)).stripTrailing());
		}
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).isEqualTo("breakdown,name,encounters,routed_differently,moved_to_partners,"
				+ "moved_to_police,net_officer_hours_saved_estimate");
		assertThat(lines.subList(1, lines.size())).as("the CSV is the tables").containsExactlyElementsOf(expected);
		assertThat(csv).contains("fewer than 5").contains("Missing person").doesNotContain("MISSING_PERSON");
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",");
			for (int c = 2; c <= 5 && c < cells.length; c++) {
				if (cells[c].matches("\\d+")) {
					assertThat(Integer.parseInt(cells[c])).as("no count under 5 in " + line).isGreaterThanOrEqualTo(5);
				}
			}
		}
	}

	/** The cells of each body row of a table on the page, as text. */
	static List<List<String>> rows(String html, String tableId) {
		int start = html.indexOf("id=\"" + tableId + "\"");
		assertThat(start).as(tableId).isPositive();
		String table = html.substring(start, html.indexOf("</table>", start));
		table = table.substring(table.indexOf("<tbody"));
		List<List<String>> rows = new ArrayList<>();
		Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(table);
		while (row.find()) {
			List<String> cells = new ArrayList<>();
			Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(row.group(1));
			while (cell.find()) {
				cells.add(HtmlUtils.htmlUnescape(cell.group(1).trim()));
			}
			rows.add(cells);
		}
		return rows;
	}
}
