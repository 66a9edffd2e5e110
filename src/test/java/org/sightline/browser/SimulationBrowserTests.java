package org.sightline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.sightline.assessment.AssessmentManagement;
import org.sightline.encounter.EncounterManagement;
import org.sightline.partnership.PartnershipAgreements;
import org.sightline.routing.SimulationFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An analyst on a phone picks a stored draft from the list, sees the chart drawn from the table beside it (the
 * content security policy allows no inline script) and downloads the same figures as CSV.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SimulationBrowserTests extends BrowserTest {

	@Autowired
	PartnershipAgreements agreements;

	@Autowired
	EncounterManagement encounters;

	@Autowired
	AssessmentManagement assessments;

	@Autowired
	UserDetailsService users;

	@Test
	void an_analyst_picks_a_draft_sees_the_chart_and_the_table_and_downloads_the_csv() throws Exception {
		String version = "browser-" + UUID.randomUUID().toString().substring(0, 8);
		String candidate = SimulationFixtures.storeDraft(agreements, users, version);
		SimulationFixtures.assessedEncounters(encounters, assessments, users, 6, 5);
		try (var context = browser.newContext(BrowserSupport.phone().setAcceptDownloads(true))) {
			Page page = context.newPage();
			List<String> consoleErrors = new java.util.ArrayList<>();
			// GOV.UK's fonts are not served (see UiWebConfig), so only scripts and script errors count here
			page.onConsoleMessage(m -> {
				if (m.type().equals("error") && !m.text().startsWith("Failed to load resource")) {
					consoleErrors.add(m.text());
				}
			});
			page.onResponse(r -> {
				if (r.status() >= 400 && r.request().resourceType().equals("script")) {
					consoleErrors.add(r.status() + " " + r.url());
				}
			});
			BrowserSupport.signIn(page, base(), "analyst");
			page.navigate(base() + "/simulation");
			BrowserSupport.assertGovukFrontendStarted(page);
			page.getByLabel("A stored draft or version in review").check();
			page.getByLabel("Version to simulate").selectOption(candidate);
			BrowserSupport.assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run the simulation")).click();

			assertThat(page.locator("#compared")).containsText("national-rcrp " + version + " (Draft) compared with");
			Locator table = page.locator("#by-situation");
			assertThat(table).isVisible();
			assertThat(table).containsText("Concern for welfare");
			assertThat(page.locator("#chart-situation")).isVisible();
			assertThat(page.locator("#chart-agency")).isVisible();
			// the chart was drawn, from the table's figures
			page.waitForFunction("() => window.Chart && Chart.getChart(document.getElementById('chart-situation'))");
			Object labels = page.evaluate("() => Chart.getChart(document.getElementById('chart-situation')).data.labels");
			Object rows = page.evaluate(
					"() => Array.from(document.querySelectorAll('#by-situation tbody tr:not([data-total]) th')).map(th => th.textContent.trim())");
			org.assertj.core.api.Assertions.assertThat(labels).isEqualTo(rows);
			org.assertj.core.api.Assertions.assertThat(consoleErrors).as("no script refused or failing").isEmpty();
			BrowserSupport.assertAccessible(page);
			BrowserSupport.assertNoSidewaysScrolling(page);

			Download download = page.waitForDownload(() -> page.locator("#csv").click());
			org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
				.startsWith("simulation-national-rcrp-" + version + "-")
				.endsWith(".csv");
			String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
			org.assertj.core.api.Assertions.assertThat(csv)
				.startsWith("breakdown,name,encounters,routed_differently")
				.contains("situation,Concern for welfare,")
				.contains("agency that would lead,Police,");
		}
	}
}
