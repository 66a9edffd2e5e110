package org.sightline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A call handler's day, at a desktop: they record a call about someone known before, choose them
 * from the person index, read their history, assess the call (THRIVE) and run the routing preview
 * to see who should respond and why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CallHandlerJourneyBrowserTests extends BrowserTest {

	@Test
	void the_handler_records_a_call_sees_the_persons_history_and_runs_the_routing_preview() {
		String base = base();
		try (var context = browser.newContext(new Browser.NewContextOptions()
			.setViewportSize(BrowserSupport.DESKTOP_WIDTH, BrowserSupport.DESKTOP_HEIGHT))) {
			Page page = context.newPage();
			String earlier = Journeys.post(page, base, "responder", "/api/v1/encounters", """
					{ "source": "ON_SCENE", "occurredAt": "2026-11-20T22:00:00Z", "location": { "description": "Canal towpath" },
					  "situation": "CONCERN_FOR_WELFARE", "narrative": "Found cold and confused on the towpath.",
					  "people": [ { "role": "SUBJECT", "givenName": "Morwenna", "familyName": "Trevithick",
					                "dateOfBirth": "1948-06-02", "vulnerabilities": ["DEMENTIA"] } ] }
					""");

			BrowserSupport.signIn(page, base, "handler");
			BrowserSupport.assertWellMade(page);
			page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record an encounter")).click();
			BrowserSupport.assertWellMade(page);
			page.getByLabel("Emergency call (999)").check();
			page.getByLabel("What is it about?").selectOption("CONCERN_FOR_WELFARE");
			page.getByLabel("Where did it happen?").fill("Bus station, Anytown");
			page.getByLabel("What happened?").fill("Older woman at the bus station, confused, cannot say where she lives.");
			Locator person = page.locator("[data-person='0']");
			person.getByLabel("Role").selectOption("SUBJECT");
			person.getByLabel("Given name").fill("Morwenna");
			person.getByLabel("Family name").fill("Trevithick");
			Locator born = person.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Date of birth, if known"));
			born.getByLabel("Day").fill("2");
			born.getByLabel("Month").fill("6");
			born.getByLabel("Year").fill("1948");
			person.getByText("Vulnerabilities (clues)").click();
			person.getByLabel("Dementia or memory problems").check();
			person.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check the person index")).click();

			Locator offered = page.locator("[data-person='0'] .govuk-radios__item:has(input[name='people[0].personId'])").first();
			assertThat(offered).containsText("Morwenna Trevithick");
			assertThat(offered).containsText("1 concern for welfare");
			assertThat(offered).not().containsText("Jaro");
			BrowserSupport.assertWellMade(page);
			offered.locator("input").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save encounter")).click();
			assertThat(page.locator(".govuk-notification-banner__heading")).containsText("recorded");
			assertThat(page.locator("main")).containsText("years old (born 2 June 1948)");
			BrowserSupport.assertWellMade(page);
			String encounterPage = page.url();

			// the person's history, opened for a reason that is audited
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open Morwenna Trevithick's history")).click();
			BrowserSupport.assertWellMade(page);
			page.getByLabel("Assessing risk or vulnerability for a current encounter").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the record")).click();
			assertThat(page.locator("h1")).hasText("Morwenna Trevithick");
			assertThat(page.locator(".sl-chronology__entry")).hasCount(2);
			assertThat(page.locator(".sl-chronology__entry").last()).containsText((String) JsonPath.read(earlier, "$.reference"));
			BrowserSupport.assertWellMade(page);
			page.navigate(encounterPage);

			// assess the call, then the routing preview: who should respond, and why
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assess (THRIVE)")).click();
			assertThat(page.locator(".sl-sticky-summary")).containsText("Dementia or memory problems");
			BrowserSupport.assertWellMade(page);
			Map.of("Threat", "No one threatening her.", "Harm", "Cold; at risk of falls and of getting lost.", "Risk",
					"Harm likely if she is left alone tonight.", "Investigation", "None.", "Vulnerability",
					"Dementia; alone at night.", "Engagement", "Calm, friendly voice; she responds to her first name.")
				.forEach((label, text) -> page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(text));
			page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Morwenna Trevithick (Person the call is about)"))
				.getByLabel("Medium").check();
			page.getByLabel("Grade 2: Priority (within 1 hour)").check();
			page.getByLabel("Code of Ethics").fill("Her safety and dignity come first.");
			page.getByLabel("Information: what do I know, and what don’t I know?").fill("Known for dementia; found lost before.");
			page.getByLabel("Assessment: threat and risk, and a working strategy").fill("Vulnerable adult alone at night.");
			page.getByLabel("Powers and policy").fill("Concern for welfare; no power needed.");
			page.getByLabel("Options and contingencies").fill("Attend, or ambulance if unwell.");
			page.getByLabel("Action and review").fill("Attend now; review on arrival.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save assessment")).click();
			assertThat(page.locator(".govuk-notification-banner__heading")).containsText("Grade 2 (priority)");
			BrowserSupport.assertWellMade(page);

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Decide who responds")).click();
			assertThat(page.locator("h1")).hasText("Decide who responds");
			assertThat(page.locator(".govuk-panel__title")).containsText("Recommended: ");
			assertThat(page.locator(".govuk-panel__body")).containsText("Risk: Medium; grade: ");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Why"))).isVisible();
			BrowserSupport.assertWellMade(page);
			BrowserSupport.screenshotLastPage(page, "call-handler");
		}
	}
}
