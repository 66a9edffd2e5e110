package org.sightline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.sightline.encounter.EncounterFixtures;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A responder on a phone opens an encounter they recorded, follows "Record a debrief", sends the form
 * with mistakes, corrects them and finds the debrief in the list: every page accessible and none wider
 * than the screen, at a small phone's width and at 320 pixels (WCAG reflow).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DebriefBrowserTests extends BrowserTest {

	@Test
	void a_responder_on_a_phone_records_a_debrief_of_their_encounter_and_finds_it_in_the_list() {
		String base = base();
		try (var context = browser.newContext(BrowserSupport.phone())) {
			Page page = context.newPage();
			BrowserSupport.signIn(page, base, "responder");
			String body = Journeys.post(page, base, "responder", "/api/v1/encounters",
					EncounterFixtures.CONTRACT_EXAMPLE_JSON.replace("14 Mill Lane, Anytown", "3 Debrief Row, Anytown"));
			String encounter = JsonPath.read(body, "$.id");
			String reference = JsonPath.read(body, "$.reference");

			page.navigate(base + "/encounters/" + encounter);
			assertThat(page.locator(".govuk-caption-l")).hasText(reference);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a debrief")).click();

			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Record a debrief"))).isVisible();
			assertThat(page.locator(".govuk-caption-l")).hasText(reference);
			BrowserSupport.assertGovukFrontendStarted(page);
			BrowserSupport.assertNoSidewaysScrolling(page);
			BrowserSupport.assertAccessible(page);

			// once with mistakes: a body-worn video review without its reference, nothing to learn, no guideline
			page.getByLabel("Body-worn video review").check();
			page.getByLabel("What went well (optional)").fill("Spoke to her on her own, calmly.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record debrief")).click();

			Locator summary = page.locator(".govuk-error-summary");
			assertThat(summary).isVisible();
			assertThat(summary).containsText("Enter the reference of the body-worn video");
			assertThat(summary).containsText("Enter what to learn");
			assertThat(summary).containsText("Select the guideline it concerns");
			assertThat(summary).containsText("Select at least one theme");
			assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: Record a debrief"));
			assertThat(page.getByLabel("What went well (optional)")).hasValue("Spoke to her on her own, calmly.");
			assertThat(page.getByLabel("Body-worn video review")).isChecked();
			BrowserSupport.assertNoSidewaysScrolling(page);
			BrowserSupport.assertAccessible(page);
			summary.getByText("Enter what to learn").click();
			assertThat(page.getByLabel("What to learn")).isFocused();

			// then filled in
			page.getByLabel("Body-worn video reference").fill("BWV-4471-22");
			page.getByLabel("What to learn").fill("Ask about children in the household before leaving.");
			page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Which guideline does it concern?")).getByLabel("Curiosity").check();
			page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Themes")).getByLabel("Clues").check();
			page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Themes")).getByLabel("THRIVE").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record debrief")).click();

			assertThat(page.locator(".govuk-notification-banner__heading"))
				.hasText("Body-worn video review recorded for " + reference);
			Locator mine = page.locator("#debriefs .govuk-summary-card")
				.filter(new Locator.FilterOptions().setHasText("Ask about children in the household before leaving."));
			assertThat(mine).hasCount(1);
			assertThat(mine).containsText(reference);
			assertThat(mine).containsText("BWV-4471-22");
			assertThat(mine).containsText("Curiosity");
			assertThat(mine).containsText("THRIVE");
			BrowserSupport.assertPlainWords(page);
			BrowserSupport.assertNoSidewaysScrolling(page);
			BrowserSupport.assertAccessible(page);

			// filtered by a theme it has, it is there; by one it has not, it is not
			page.getByLabel("Theme").selectOption("CLUES");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show debriefs")).click();
			assertThat(mine).hasCount(1);
			page.getByLabel("Theme").selectOption("NDM");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show debriefs")).click();
			assertThat(mine).hasCount(0);

			// the narrowest screen WCAG reflow asks for: the form and the list still fit
			page.setViewportSize(320, 720);
			page.navigate(base + "/learning/debriefs");
			BrowserSupport.assertNoSidewaysScrolling(page);
			page.navigate(base + "/learning/debriefs/new?encounter=" + encounter);
			BrowserSupport.assertNoSidewaysScrolling(page);
			BrowserSupport.assertAccessible(page);
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/debrief-phone-320.png"))
				.setFullPage(true));
		}
	}

	@Test
	void a_trainer_on_a_phone_reads_the_digest_and_tracks_a_local_reviews_recommendation() {
		String base = base();
		try (var context = browser.newContext(BrowserSupport.phone())) {
			Page page = context.newPage();
			String body = Journeys.post(page, base, "responder", "/api/v1/encounters", EncounterFixtures.CONTRACT_EXAMPLE_JSON);
			Journeys.post(page, base, "responder", "/api/v1/learning/debriefs", """
					{"encounterId":"%s","kind":"DEBRIEF","toLearn":"Check who else is in the house.","guideline":"CURIOSITY",
					 "themes":["CURIOSITY","PARTNERSHIP"]}""".formatted((String) JsonPath.read(body, "$.id")));
			BrowserSupport.signIn(page, base, "trainer");

			page.navigate(base + "/learning/digest");
			assertThat(page.locator("#themes")).containsText("Partnership working");
			assertThat(page.locator("#themes")).containsText("Check who else is in the house.");
			BrowserSupport.assertPlainWords(page);
			BrowserSupport.assertNoSidewaysScrolling(page);
			BrowserSupport.assertAccessible(page);

			page.navigate(base + "/learning/reviews");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log a local review")).click();
			page.getByLabel("Domestic homicide review").check();
			page.getByLabel("Reference").fill("DHR 2026/07");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log review")).click();
			assertThat(page.locator(".govuk-error-summary")).containsText("Enter the review's title");
			BrowserSupport.assertAccessible(page);
			page.getByLabel("Title").fill("Review of a death at home in Anytown");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log review")).click();

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a recommendation to DHR 2026/07")).click();
			page.getByLabel("Recommendation").fill("Call handlers ask about coercive control on every domestic abuse call.");
			page.getByLabel("Owner").fill("Contact centre");
			page.getByLabel("Day").fill("31");
			page.getByLabel("Month").fill("3");
			page.getByLabel("Year").fill("2101");
			BrowserSupport.assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add recommendation")).click();

			Locator card = page.locator("#reviews .govuk-summary-card").filter(new Locator.FilterOptions().setHasText("DHR 2026/07"));
			assertThat(card).containsText("Call handlers ask about coercive control");
			assertThat(card).containsText("Open");
			BrowserSupport.assertPlainWords(page);
			BrowserSupport.assertNoSidewaysScrolling(page);
			BrowserSupport.assertAccessible(page);
			card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start this recommendation")).click();
			card = page.locator("#reviews .govuk-summary-card").filter(new Locator.FilterOptions().setHasText("DHR 2026/07"));
			assertThat(card).containsText("In progress");
			BrowserSupport.assertAccessible(page);
		}
	}
}
