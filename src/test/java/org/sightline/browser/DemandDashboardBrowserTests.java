package org.sightline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.sightline.TestActors;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.Location;
import org.sightline.encounter.RecordEncounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An analyst opens the demand dashboard, narrows it to one area, sees each chart drawn with exactly
 * the figures of the table beside it, and downloads the same figures as CSV (the analyst's journey).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class DemandDashboardBrowserTests extends BrowserTest {

	@Autowired
	EncounterManagement encounters;

	@Autowired
	JdbcClient jdbc;

	@Test
	void an_analyst_changes_a_filter_sees_the_chart_agree_with_the_table_and_downloads_the_csv() throws Exception {
		String surname = TestActors.uniqueSurname("Dashboard");
		for (int i = 0; i < 7; i++) {
			int n = i;
			var person = new RecordEncounter.PersonDetails("SUBJECT", "Dash", surname, null, null, 40 + i,
					List.of("DEMENTIA"), List.of(), List.of(), List.of(), null, null, List.of(), null);
			TestActors.as(TestActors.HANDLER, () -> encounters.record(TestActors.HANDLER,
					new RecordEncounter("NON_EMERGENCY_CALL", Instant.now().minus(n + 1, ChronoUnit.HOURS),
							new Location(n + " Dashboard Row", null, null), "CITY", "ADULT_AT_RISK", "Browser test",
							List.of(person)), Optional.empty()));
		}
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc
			.sql("select count(*) from demand.encounter_demand where area = 'CITY' and situation = 'ADULT_AT_RISK'")
			.query(Long.class).single() >= 7);

		try (var context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setViewportSize(1280, 900).setAcceptDownloads(true))) {
			Page page = context.newPage();
			List<String> scriptErrors = new java.util.ArrayList<>();
			page.onConsoleMessage(m -> {
				if (m.type().equals("error") && !m.text().startsWith("Failed to load resource")) {
					scriptErrors.add(m.text());
				}
			});
			page.onResponse(r -> {
				if (r.status() >= 400 && r.request().resourceType().equals("script")) {
					scriptErrors.add(r.status() + " " + r.url());
				}
			});
			BrowserSupport.signIn(page, base(), "analyst");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Demand").setExact(true)).first().click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vulnerability-related demand")))
				.isVisible();
			BrowserSupport.assertWellMade(page);

			page.locator("select#area").selectOption("CITY");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show figures")).click();
			org.assertj.core.api.Assertions.assertThat(page.url()).contains("area=CITY");
			assertThat(page.locator("body")).containsText("area: City centre");
			assertThat(page.locator("#table-situation")).containsText("Adult at risk");

			page.waitForFunction("() => window.Chart && Chart.getChart(document.querySelector('canvas[data-chart-for=\"table-situation\"]'))");
			for (String table : List.of("situation", "area", "hour", "outcome")) {
				Object chartLabels = page.evaluate("t => Chart.getChart(document.querySelector(`canvas[data-chart-for=\"table-${t}\"]`)).data.labels", table);
				Object chartValues = page.evaluate("t => Chart.getChart(document.querySelector(`canvas[data-chart-for=\"table-${t}\"]`)).data.datasets[0].data", table);
				Object tableLabels = page.evaluate("t => Array.from(document.querySelectorAll(`#table-${t} tbody tr:not(.sl-total) th`)).map(th => th.textContent.trim())", table);
				Object tableValues = page.evaluate("""
						t => { const table = document.getElementById(`table-${t}`);
						       const column = Number(table.dataset.chartColumn);
						       return Array.from(table.querySelectorAll('tbody tr:not(.sl-total)')).map(tr => {
						         const v = tr.querySelectorAll('td')[column].getAttribute('data-value');
						         return v === null ? null : Number(v); }); }""", table);
				org.assertj.core.api.Assertions.assertThat(chartLabels).as(table + " labels").isEqualTo(tableLabels);
				org.assertj.core.api.Assertions.assertThat(chartValues).as(table + " values").isEqualTo(tableValues);
			}
			// filtered to one area, the area chart draws that area's bar: at least the seven recorded here
			// (other charts may show only gaps: small counts, and the one withheld beside a single small one)
			Object drawn = page.evaluate("""
					() => Chart.getChart(document.querySelector('canvas[data-chart-for="table-area"]'))
					        .data.datasets[0].data.filter(v => v !== null && v >= 7).length""");
			org.assertj.core.api.Assertions.assertThat(((Number) drawn).intValue()).isPositive();
			org.assertj.core.api.Assertions.assertThat(scriptErrors).as("no script refused or failing").isEmpty();
			BrowserSupport.assertWellMade(page);

			Download download = page.waitForDownload(() -> page.getByText("Download these figures (CSV)").click());
			org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("sightline-demand-").endsWith(".csv");
			String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
			// the CSV says what the table says (a number, or "fewer than 5" where withheld)
			String shown = page.locator("#table-situation tbody tr:has(th:text-is('Adult at risk')) td").first().textContent().strip();
			org.assertj.core.api.Assertions.assertThat(csv)
				.contains("area: City centre")
				.contains("Encounters and officer hours by situation")
				.contains("Adult at risk," + (shown.contains(",") ? "\"" + shown + "\"" : shown) + ",");
			// the analyst's journey ends on the dashboard: plain words, and it reads on a phone too
			BrowserSupport.assertWellMade(page);
			BrowserSupport.screenshotLastPage(page, "analyst");
		}
	}
}
