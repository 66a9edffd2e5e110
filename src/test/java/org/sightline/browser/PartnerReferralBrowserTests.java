package org.sightline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Base64;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.sightline.encounter.EncounterFixtures;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A responder refers a child to children's social care; the children's social care practitioner
 * acknowledges and accepts it on a phone, and never sees a referral sent to adult social care.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnerReferralBrowserTests extends BrowserTest {

	static String post(Page page, String url, String user, String json) {
		APIResponse response = page.request().post(url, RequestOptions.create()
			.setHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo-password").getBytes()))
			.setHeader("Content-Type", "application/json")
			.setData(json));
		org.assertj.core.api.Assertions.assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.text();
	}

	@Test
	void children_s_social_care_acknowledges_and_accepts_a_referral_the_responder_sent_and_never_sees_one_to_adult_social_care() {
		String base = base();
		String reference;
		String ascReference;
		try (var context = browser.newContext(BrowserSupport.phone())) {
			Page page = context.newPage();
			String encounter = post(page, base + "/api/v1/encounters", "responder", EncounterFixtures.CONTRACT_EXAMPLE_JSON);
			String encounterId = JsonPath.read(encounter, "$.id");
			String victimId = JsonPath.read(encounter, "$.people[0].id");
			ascReference = JsonPath.read(post(page, base + "/api/v1/referrals", "responder", """
					{ "encounterId": "%s", "agency": "ADULT_SOCIAL_CARE", "personIds": ["%s"], "reason": "Adult with care needs",
					  "dataItems": ["NAMES"], "lawfulBasis": "CARE_ACT_S42", "consentStatus": "GIVEN" }
					""".formatted(encounterId, victimId)), "$.reference");

			BrowserSupport.signIn(page, base, "responder");
			page.navigate(base + "/encounters/" + encounterId);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a referral")).click();
			BrowserSupport.assertAccessible(page);
			page.getByLabel("Refer to").selectOption("CHILDRENS_SOCIAL_CARE");
			page.getByLabel("Alex Taylor (Child present)").check();
			page.getByLabel("Why are you referring?").fill("Six-year-old present during a domestic abuse incident.");
			page.getByLabel("Dates of birth or ages").check();
			page.getByLabel("Names").check();
			page.getByLabel("Children Act 2004, section 11").check();
			page.getByLabel("Not sought: asking would put someone at risk").check();
			page.getByLabel("If consent was not given: why share anyway, and why it is necessary and proportionate")
				.fill("Asking the mother in front of the suspect could put the child at risk.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the referral")).click();
			Locator banner = page.locator(".govuk-notification-banner__heading");
			assertThat(banner).containsText("sent to Children’s social care");
			// the staff page of the referral, delivery list included, speaks plain words too
			BrowserSupport.assertPlainWords(page);
			reference = banner.textContent().replaceAll(".*(REF-\\d{4}-\\d{6}).*", "$1");
			BrowserSupport.assertNoSidewaysScrolling(page);
		}

		try (var context = browser.newContext(BrowserSupport.phone())) {
			Page page = context.newPage();
			BrowserSupport.signIn(page, base, "partner-csc");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Referrals to your agency")).click();
			Locator table = page.locator("#partner-referrals");
			assertThat(table).containsText(reference);
			assertThat(table).not().containsText(ascReference);
			BrowserSupport.assertAccessible(page);
			table.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference)).click();

			assertThat(page.locator("h1")).hasText("Referral to your agency");
			assertThat(page.locator("body")).containsText("Alex Taylor");
			assertThat(page.locator("body")).not().containsText("Caller reports shouting");
			// plain words for the partner: no internal code (DOMESTIC_ABUSE_VICTIM_OR_WITNESS, CHILDRENS_SOCIAL_CARE) on the page
			BrowserSupport.assertPlainWords(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge")).click();
			assertThat(page.locator("#status")).containsText("Acknowledged");
			page.getByLabel("Note on accepting (optional)").fill("Allocated to the duty social worker");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();
			assertThat(page.locator("#status")).containsText("Accepted");
			assertThat(page.locator("#history")).containsText("partner-csc");
			BrowserSupport.assertAccessible(page);
			BrowserSupport.assertNoSidewaysScrolling(page);
		}
	}
}
