package org.sightline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A responder's day, on a 375-pixel phone: from the home page they reach the encounter the call
 * handler recorded in at most three taps, through the live incidents, and re-assess it on scene
 * with the DASH the handler answered carried forward.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResponderJourneyBrowserTests extends BrowserTest {

	@Test
	void the_responder_finds_the_handlers_encounter_in_three_taps_and_re_assesses_it_with_the_DASH_carried_forward() {
		String base = base();
		try (var context = browser.newContext(BrowserSupport.phone())) {
			Page page = context.newPage();
			String encounter = Journeys.handlersEncounter(page, base, "27 Orchard Row, Anytown");
			String reference = JsonPath.read(encounter, "$.reference");
			Journeys.handlersAssessment(page, base, encounter, 12);

			BrowserSupport.signIn(page, base, "responder");
			BrowserSupport.assertWellMade(page);
			// tap 1: the live incidents, straight from the home page (no menu to open first)
			page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Live incidents")).click();
			assertThat(page.locator("h1")).hasText("Live incidents");
			Locator row = page.locator("#encounters tbody tr").filter(new Locator.FilterOptions().setHasText(reference));
			assertThat(row).containsText("27 Orchard Row, Anytown");
			assertThat(row).containsText("Priority");
			BrowserSupport.assertNoSidewaysScrolling(page);
			BrowserSupport.assertWellMade(page);
			// tap 2: the encounter
			row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference)).click();
			assertThat(page.locator(".govuk-caption-l")).hasText(reference);
			BrowserSupport.assertWellMade(page);
			// tap 3: re-assess
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Re-assess (RE-THRIVE)")).click();
			assertThat(page.locator("h1")).hasText("Re-assess (RE-THRIVE)");

			// the handler's DASH is carried forward, with its running count, beside what is known
			assertThat(page.locator("#dash-count")).containsText("Yes answers: 12 of 27");
			assertThat(page.getByLabel("Who is the checklist about?")).hasValue((String) JsonPath.read(encounter, "$.people[0].id"));
			assertThat(page.locator(".sl-sticky-summary")).containsText("Sam Taylor");
			BrowserSupport.assertNoSidewaysScrolling(page);
			BrowserSupport.assertWellMade(page);

			page.getByLabel("Arrived on scene").check();
			page.getByLabel("What is new?").fill("He is still here and has a knife; Sam has a cut to her arm.");
			Locator questions = page.locator("#dash .govuk-form-group[id^='dashAnswers']");
			for (int i = 12; i < 15; i++) {
				questions.nth(i).getByLabel("Yes", new Locator.GetByLabelOptions().setExact(true)).check();
			}
			assertThat(page.locator("#dash-count")).containsText("Yes answers: 15 of 27");
			assertThat(page.locator("#dash-count")).containsText("By the count alone: high.");
			page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Sam Taylor (Victim)")).getByLabel("High").check();
			page.getByLabel("Grade 1: Emergency (within 15 minutes)").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save assessment")).click();

			Locator second = page.locator("#version-2");
			assertThat(second).containsText("Response grade: Priority → Emergency");
			assertThat(second).containsText("DASH: 3 answers changed, now 15 of 27 yes (was 12)");
			assertThat(second).not().containsText("DASH removed");
			BrowserSupport.assertNoSidewaysScrolling(page);
			BrowserSupport.assertWellMade(page);
			BrowserSupport.screenshotLastPage(page, "responder");
		}
	}
}
