package org.sightline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The safeguarding hub's day: the triage queue shows the assessed encounter with a child, the hub
 * reads the case and records a strategy discussion, and the encounter leaves the queue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HubJourneyBrowserTests extends BrowserTest {

	@Test
	void the_hub_triages_an_assessed_encounter_with_a_child_from_its_queue() {
		String base = base();
		try (var context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setViewportSize(BrowserSupport.DESKTOP_WIDTH, BrowserSupport.DESKTOP_HEIGHT))) {
			Page page = context.newPage();
			String encounter = Journeys.handlersEncounter(page, base, "5 Weavers Yard, Anytown");
			String reference = JsonPath.read(encounter, "$.reference");
			Journeys.handlersAssessment(page, base, encounter, 15);

			BrowserSupport.signIn(page, base, "hub");
			BrowserSupport.assertWellMade(page);
			// under the force's own colours (sightline.branding.header-colour, #003a70 by default)
			org.assertj.core.api.Assertions.assertThat(
					page.evaluate("() => getComputedStyle(document.querySelector('.govuk-header')).backgroundColor"))
				.isEqualTo("rgb(0, 58, 112)");
			page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hub triage")).click();
			assertThat(page.locator("h1")).hasText("Hub triage");
			Locator row = page.locator("#hub-encounters tbody tr").filter(new Locator.FilterOptions().setHasText(reference));
			assertThat(row).containsText("A child is involved");
			assertThat(row).containsText("Children’s social care");
			BrowserSupport.assertWellMade(page);

			row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference)).click();
			assertThat(page.locator("h1")).hasText("Triage for the hub");
			assertThat(page.locator(".sl-sticky-summary")).containsText("Alex Taylor");
			BrowserSupport.assertWellMade(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record triage")).click();
			assertThat(page.locator(".govuk-error-summary")).containsText("Select what the hub decided");
			BrowserSupport.assertWellMade(page);
			page.getByLabel("Strategy discussion arranged").check();
			page.getByLabel("Why").fill("Child of six present at repeat domestic abuse; strategy discussion with CSC at 14:00.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record triage")).click();

			assertThat(page.locator(".govuk-notification-banner")).containsText("Triage recorded");
			assertThat(page.locator("#hub-encounters")
				.or(page.getByText("No assessed encounter is waiting for triage."))).not().containsText(reference);
			BrowserSupport.assertWellMade(page);
			BrowserSupport.screenshotLastPage(page, "hub");
		}
	}
}
