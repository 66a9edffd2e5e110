package org.sightline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.sightline.TestActors;
import org.sightline.encounter.EncounterFixtures;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.encounter.RecordEncounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole person, on a phone: a call handler finds a person by a misspelt name, gives a reason
 * and reads their chronology; at intake the known person is offered with their recent contacts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonChronologyBrowserTests extends BrowserTest {

	@Autowired
	EncounterManagement encounters;

	EncounterView record(String situation, int daysAgo, String given, String family, LocalDate born) {
		RecordEncounter base = EncounterFixtures.encounter(Instant.now().minus(daysAgo, ChronoUnit.DAYS),
				new RecordEncounter.PersonDetails("SUBJECT", given, family, null, born, null, List.of(), List.of(),
						List.of(), List.of(), null, null, List.of(), null));
		RecordEncounter command = new RecordEncounter(base.source(), base.occurredAt(), base.location(), situation,
				base.narrative(), base.people());
		return TestActors.as(TestActors.RESPONDER,
				() -> encounters.record(TestActors.RESPONDER, command, Optional.empty()).encounter());
	}

	@Test
	void a_call_handler_finds_a_person_by_a_misspelt_name_and_opens_their_chronology() {
		LocalDate born = LocalDate.of(1996, 8, 21);
		EncounterView missing = record("MISSING_PERSON", 50, "Bethan", "Llewellyn", born);
		EncounterView welfare = record("CONCERN_FOR_WELFARE", 4, "Bethan", "Llewellyn", born);
		String base = base();
		try (var context = browser.newContext(BrowserSupport.phone())) {
			Page page = context.newPage();
			BrowserSupport.signIn(page, base, "handler");

			page.navigate(base + "/people/search");
			page.getByLabel("Name").fill("Bethan Lewelyn");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();

			Locator best = page.locator("#candidates tbody tr").first();
			assertThat(best).containsText("Bethan Llewellyn");
			assertThat(best).containsText("surname: sounds alike");
			BrowserSupport.assertAccessible(page);
			best.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Bethan Llewellyn")).click();

			assertThat(page.locator("h1")).containsText("Why are you opening this person's record?");
			assertThat(page.locator("body")).not().containsText("Llewellyn");
			BrowserSupport.assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the record")).click();
			assertThat(page.locator(".govuk-error-summary")).containsText("Select why you need to open");
			page.getByLabel("Responding to a call or incident involving them").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the record")).click();

			assertThat(page.locator("h1")).hasText("Bethan Llewellyn");
			assertThat(page.locator("#contact-summary")).hasText("2 contacts in 90 days: 1 concern for welfare, 1 missing");
			Locator entries = page.locator(".sl-chronology__entry");
			assertThat(entries.first()).containsText(welfare.reference());
			assertThat(entries.last()).containsText(missing.reference());
			assertThat(entries.last()).containsText("Missing episode");
			BrowserSupport.assertNoSidewaysScrolling(page);
			BrowserSupport.assertAccessible(page);
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/chronology-phone.png"))
				.setFullPage(true));
		}
	}

	@Test
	void at_intake_the_known_person_is_offered_with_their_recent_contacts_and_the_choice_is_linked() {
		LocalDate born = LocalDate.of(1971, 3, 9);
		EncounterView earlier = record("MENTAL_HEALTH_CONVEYANCE", 20, "Gareth", "Prosser", born);
		String base = base();
		try (var context = browser.newContext(BrowserSupport.phone())) {
			Page page = context.newPage();
			BrowserSupport.signIn(page, base, "handler");
			page.navigate(base + "/encounters/new");
			page.getByLabel("Emergency call (999)").check();
			page.getByLabel("What is it about?").selectOption("CONCERN_FOR_WELFARE");
			page.getByLabel("Where did it happen?").fill("Bus station");
			page.getByLabel("What happened?").fill("Man seen on the bridge, distressed.");
			Locator person = page.locator("[data-person='0']");
			person.getByLabel("Role").selectOption("SUBJECT");
			person.getByLabel("Given name").fill("Gary");
			person.getByLabel("Family name").fill("Prossor");
			person.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check the person index")).click();

			Locator offered = page.locator("[data-person='0'] .govuk-radios__item:has(input[name='people[0].personId'])").first();
			assertThat(offered).containsText("Gareth Prosser");
			// back at the person checked, not at the top of the form
			org.assertj.core.api.Assertions.assertThat(page.url()).endsWith("#people0.personId");
			assertThat(offered).isInViewport();
			assertThat(offered).containsText("1 contact in 90 days: 1 mental health");
			assertThat(page.locator("[data-person='0']").getByLabel("Family name")).hasValue("Prossor");
			BrowserSupport.assertAccessible(page);
			BrowserSupport.assertNoSidewaysScrolling(page);
			page.locator("[data-person='0']").screenshot(new Locator.ScreenshotOptions()
				.setPath(Path.of("target/screenshots/intake-matches-phone.png")));
			offered.locator("input").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save encounter")).click();

			assertThat(page.locator(".govuk-notification-banner__heading")).containsText("recorded");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open Gary Prossor's history")).click();
			page.getByLabel("Assessing risk or vulnerability for a current encounter").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the record")).click();
			assertThat(page.locator("h1")).hasText("Gareth Prosser");
			assertThat(page.locator(".sl-chronology__entry")).hasCount(2);
			assertThat(page.locator(".sl-chronology__entry").last()).containsText(earlier.reference());
			assertThat(page.locator("#links")).isVisible();
			assertThat(page.locator("table")).containsText("Chosen by handler");
		}
	}
}
