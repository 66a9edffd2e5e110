package org.sightline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** A responder on a phone records an encounter with two people and finds it in their list. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecordEncounterBrowserTests extends BrowserTest {

	@Test
	void a_responder_on_a_phone_records_an_encounter_with_two_people_and_finds_it_in_the_list() {
		String base = base();
		try (var context = browser.newContext(BrowserSupport.phone())) {
			Page page = context.newPage();
			BrowserSupport.signIn(page, base, "responder");

			page.navigate(base + "/encounters/new");
			BrowserSupport.assertGovukFrontendStarted(page);
			BrowserSupport.assertNoSidewaysScrolling(page);
			BrowserSupport.assertAccessible(page);

			page.getByLabel("On scene (seen by a responder)").check();
			page.getByLabel("What is it about?").selectOption("DOMESTIC_ABUSE");
			page.getByLabel("Where did it happen?").fill("14 Mill Lane, Anytown");
			page.getByLabel("What happened?").fill("Shouting heard; woman and child at the address.");

			Locator first = page.locator("[data-person='0']");
			first.getByLabel("Role").selectOption("VICTIM");
			first.getByLabel("Given name").fill("Sam");
			first.getByLabel("Family name").fill("Taylor");
			first.getByText("Vulnerabilities (clues)").click();
			first.getByLabel("Mental ill health").check();
			first.getByLabel("Coercive or controlling behaviour").check();
			first.getByText("Reasons they may not tell us (barriers)").click();
			first.getByLabel("Fear, bullying or coercion").check();
			first.getByLabel("In their own words: what they said and what they want").fill("Wants him to leave.");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add another person")).click();
			Locator second = page.locator("[data-person='1']");
			assertThat(second).isVisible();
			// the page comes back at the person just added, not at the top of a long form
			org.assertj.core.api.Assertions.assertThat(page.url()).endsWith("#person-1");
			assertThat(second.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Person 2"))).isInViewport();
			// "spoken to alone" is asked of everyone, not hidden in a collapsed section
			assertThat(first.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Did you speak to them alone?"))).isVisible();
			assertThat(first.getByLabel("Given name")).hasValue("Sam");
			second.getByLabel("Role").selectOption("CHILD_PRESENT");
			second.getByLabel("Given name").fill("Alex");
			second.getByLabel("Family name").fill("Taylor");
			second.getByLabel("Or their estimated age in years").fill("6");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save encounter")).click();

			Locator banner = page.locator(".govuk-notification-banner__heading");
			assertThat(banner).containsText("recorded");
			String reference = banner.textContent().replaceAll(".*(ENC-\\d{4}-\\d{6}).*", "$1");
			assertThat(reference).matches("ENC-\\d{4}-\\d{6}");
			assertThat(page.locator("h3").filter(new Locator.FilterOptions().setHasText("Sam Taylor"))).isVisible();
			assertThat(page.locator("h3").filter(new Locator.FilterOptions().setHasText("Alex Taylor"))).isVisible();
			BrowserSupport.assertNoSidewaysScrolling(page);
			BrowserSupport.assertAccessible(page);
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/encounter-phone.png"))
				.setFullPage(true));

			page.navigate(base + "/encounters/mine");
			Locator row = page.locator("#encounters tr").filter(new Locator.FilterOptions().setHasText(reference));
			assertThat(row).hasCount(1);
			assertThat(row).containsText("Domestic abuse");
			assertThat(row).containsText("2");
			BrowserSupport.assertAccessible(page);
			row.getByRole(AriaRole.LINK).click();
			assertThat(page.locator(".govuk-caption-l")).hasText(reference);
		}
	}

	@Test
	void a_form_with_mistakes_shows_the_error_summary_and_keeps_what_was_typed() {
		String base = base();
		try (var context = browser.newContext(BrowserSupport.phone())) {
			Page page = context.newPage();
			BrowserSupport.signIn(page, base, "handler");
			page.navigate(base + "/encounters/new");
			page.getByLabel("Where did it happen?").fill("Railway bridge");
			page.locator("[data-person='0']").getByLabel("Given name").fill("Jo");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save encounter")).click();

			Locator summary = page.locator(".govuk-error-summary");
			assertThat(summary).isVisible();
			assertThat(summary).containsText("Select how the encounter reached us");
			assertThat(summary).containsText("Enter what happened");
			assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: Record an encounter"));
			assertThat(page.getByLabel("Where did it happen?")).hasValue("Railway bridge");
			BrowserSupport.assertAccessible(page);
			summary.getByText("Enter what happened").click();
			assertThat(page.getByLabel("What happened?")).isFocused();
		}
	}
}
