package org.sightline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.sightline.encounter.EncounterFixtures;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A children's social care practitioner, on a phone, finds a referral by its reference, prints it,
 * asks the officer a question (the officer answers on the referral) and accepts it for their team;
 * every page is accessible and in plain words.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnerPractitionerJourneyBrowserTests extends BrowserTest {

	@Test
	void a_partner_practitioner_finds_prints_questions_and_accepts_a_referral() {
		String base = base();
		try (var context = browser.newContext(BrowserSupport.phone())) {
			Page page = context.newPage();
			String encounter = PartnerReferralBrowserTests.post(page, base + "/api/v1/encounters", "responder",
					EncounterFixtures.CONTRACT_EXAMPLE_JSON);
			String referral = PartnerReferralBrowserTests.post(page, base + "/api/v1/referrals", "responder", """
					{ "encounterId": "%s", "agency": "CHILDRENS_SOCIAL_CARE", "personIds": ["%s"],
					  "reason": "Six-year-old present during a domestic abuse incident.",
					  "dataItems": ["NAMES", "AGES"], "lawfulBasis": "CHILDREN_ACT_2004_S11",
					  "consentStatus": "NOT_SOUGHT_PREJUDICE", "consentRationale": "Asking could put the child at risk." }
					""".formatted(JsonPath.<String>read(encounter, "$.id"), JsonPath.<String>read(encounter, "$.people[1].id")));
			String reference = JsonPath.read(referral, "$.reference");
			String referralId = JsonPath.read(referral, "$.id");

			BrowserSupport.signIn(page, base, "partner-csc");
			assertThat(page.locator("#waiting")).containsText("Waiting for your answer");
			assertThat(page.locator("main")).not().containsText("Remember");
			BrowserSupport.assertWellMade(page);

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Referrals to your agency")).click();
			assertThat(page.locator("h1")).hasText("Referrals to your agency");
			BrowserSupport.assertWellMade(page);
			page.getByLabel("Reference or name").fill(reference);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find referrals")).click();
			Locator table = page.locator("#partner-referrals");
			assertThat(table.locator("tbody tr")).hasCount(1);
			assertThat(table).containsText("Alex Taylor");
			BrowserSupport.assertWellMade(page);
			BrowserSupport.assertNoSidewaysScrolling(page);
			table.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference)).click();

			assertThat(page.locator("h1")).hasText("Referral to your agency");
			BrowserSupport.assertWellMade(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Print this referral")).click();
			assertThat(page.locator("h1")).containsText("Referral from");
			assertThat(page.locator("main")).containsText(reference);
			BrowserSupport.assertWellMade(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the referral")).click();

			page.getByLabel("Your question to the police").fill("Does the child have a school place nearby?");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask the police")).click();
			assertThat(page.locator("#thread")).containsText("Does the child have a school place nearby?");
			assertThat(page.locator("#thread")).containsText("Children’s social care");
			BrowserSupport.assertWellMade(page);

			// the officer sees the question on the referral and answers it
			try (var police = browser.newContext()) {
				Page officer = police.newPage();
				BrowserSupport.signIn(officer, base, "responder");
				officer.navigate(base + "/referrals/" + referralId);
				assertThat(officer.locator("#thread")).containsText("Does the child have a school place nearby?");
				BrowserSupport.assertWellMade(officer);
				officer.getByLabel("Your answer to the agency").fill("Yes: Mill Lane Primary, a short walk away.");
				officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send your answer")).click();
				assertThat(officer.locator("#thread")).containsText("Mill Lane Primary");
				BrowserSupport.assertWellMade(officer);
			}
			page.reload();
			assertThat(page.locator("#thread")).containsText("Mill Lane Primary");
			assertThat(page.locator("#thread")).containsText("The police");

			page.getByLabel("Note on accepting (optional)").fill("Allocated to the duty social worker");
			page.getByLabel("Team taking it on (optional)").fill("North locality team");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();
			assertThat(page.locator("#status")).containsText("Accepted");
			assertThat(page.locator("#team")).hasText("North locality team");
			BrowserSupport.assertWellMade(page);
			BrowserSupport.assertNoSidewaysScrolling(page);
			BrowserSupport.screenshotLastPage(page, "partner");
		}
	}
}
