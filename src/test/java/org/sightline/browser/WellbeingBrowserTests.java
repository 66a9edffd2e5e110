package org.sightline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * On a phone: a responder records an encounter where a child had died, finds the offer of support on
 * their wellbeing page and asks for a conversation; their team's wellbeing lead sees it and records a
 * TRiM conversation held. Both pages pass axe and fit the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WellbeingBrowserTests extends BrowserTest {

	@Test
	void a_responder_on_a_phone_asks_for_a_conversation_after_a_childs_death_and_their_wellbeing_lead_records_it() {
		String base = base();
		try (var context = browser.newContext(BrowserSupport.phone())) {
			Page page = context.newPage();
			BrowserSupport.signIn(page, base, "responder");
			page.navigate(base + "/encounters/new");
			page.getByLabel("On scene (seen by a responder)").check();
			page.getByLabel("What is it about?").selectOption("CHILD_CONCERN");
			page.getByLabel("Where did it happen?").fill("3 Wellbeing Row, Anytown");
			page.getByLabel("What happened?").fill("Called to an infant not breathing; paramedics pronounced life extinct.");
			page.getByLabel("A child had died").check();
			Locator first = page.locator("[data-person='0']");
			first.getByLabel("Role").selectOption("SUBJECT");
			first.getByLabel("Given name").fill("Robin");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save encounter")).click();
			assertThat(page.locator(".govuk-notification-banner__heading")).containsText("recorded");

			// the prompt is raised after the encounter commits: look again until it is there
			Locator prompt = page.locator(".govuk-summary-card").first();
			for (int tries = 0; tries < 40; tries++) {
				page.navigate(base + "/wellbeing/me");
				if (prompt.count() > 0 && prompt.textContent().contains("Death of a child")) {
					break;
				}
				page.waitForTimeout(500);
			}
			assertThat(prompt).containsText("You attended an incident that can affect anyone");
			assertThat(prompt).containsText("Death of a child");
			BrowserSupport.assertNoSidewaysScrolling(page);
			BrowserSupport.assertAccessible(page);
			prompt.getByLabel("I would like a conversation").check();
			prompt.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save your answer")).click();
			assertThat(page.locator(".govuk-notification-banner")).containsText("wellbeing lead will be in touch");
			BrowserSupport.assertAccessible(page);
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/wellbeing-me-phone.png"))
				.setFullPage(true));
		}
		try (var context = browser.newContext(BrowserSupport.phone())) {
			Page page = context.newPage();
			BrowserSupport.signIn(page, base, "wellbeing");
			page.navigate(base + "/wellbeing/team");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your team’s wellbeing"))).isVisible();
			Locator card = page.locator(".govuk-summary-card").filter(new Locator.FilterOptions().setHasText("I would like a conversation"))
				.filter(new Locator.FilterOptions().setHasText("Death of a child")).first();
			assertThat(card).isVisible();
			BrowserSupport.assertNoSidewaysScrolling(page);
			BrowserSupport.assertAccessible(page);
			card.getByLabel("TRiM (trauma risk management)").check();
			card.getByLabel("held").check();
			card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the conversation")).click();
			assertThat(page.locator(".govuk-notification-banner")).containsText("Conversation recorded");
			BrowserSupport.assertAccessible(page);
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/wellbeing-team-phone.png"))
				.setFullPage(true));
		}
	}
}
