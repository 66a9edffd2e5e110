package org.sightline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Base64;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.sightline.assessment.RiskTools;
import org.sightline.encounter.EncounterFixtures;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A supervisor works through the queue: a high-risk domestic abuse assessment has raised a MARAC
 * trigger and a high-risk review. The supervisor filters the queue to the trigger, reads the case,
 * makes the MARAC referral from it, then on a phone ratifies the high-risk grading, until nothing
 * is waiting. The property gives this class its own application context, so its own throw-away
 * database: no other test's items are in its queue, and "nothing is waiting" means the whole queue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "sightline.test.context=supervisor-journey")
class SupervisorJourneyBrowserTests extends BrowserTest {

	static String post(Page page, String url, String user, String json) {
		APIResponse response = page.request().post(url, RequestOptions.create()
			.setHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo-password").getBytes()))
			.setHeader("Content-Type", "application/json")
			.setData(json));
		org.assertj.core.api.Assertions.assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.text();
	}

	/** A first THRIVE assessment: the victim at high risk with 15 of 27 DASH answers yes, the child at medium. */
	static String highRiskAssessment(String victimId, String childId) {
		String answers = RiskTools.bundled()
			.require("DASH")
			.questions()
			.stream()
			.map(q -> "\"" + q.code() + "\": \"" + (q.number() <= 15 ? "YES" : "NO") + "\"")
			.collect(Collectors.joining(", "));
		return """
				{
				  "trigger": "INITIAL",
				  "elements": { "THREAT": "Ex-partner at the address", "HARM": "Injury", "RISK": "Likely tonight",
				                "INVESTIGATION": "Assault", "VULNERABILITY": "Fear; child present", "ENGAGEMENT": "Speak alone" },
				  "grade": "EMERGENCY",
				  "rationale": {
				    "CODE_OF_ETHICS": { "content": "Protect the victim and the child" },
				    "INFORMATION": { "content": "Caller's account" },
				    "ASSESSMENT": { "content": "Threat is current" },
				    "POWERS_AND_POLICY": { "notApplicableBecause": "No powers used yet" },
				    "OPTIONS": { "content": "Attend now" },
				    "ACTION_AND_REVIEW": { "content": "Re-assess on arrival" }
				  },
				  "personRisks": [ { "personId": "%s", "riskLevel": "HIGH" }, { "personId": "%s", "riskLevel": "MEDIUM" } ],
				  "tools": [ { "tool": "DASH", "personId": "%s", "answers": { %s } } ]
				}
				""".formatted(victimId, childId, victimId, answers);
	}

	@Test
	void a_supervisor_makes_the_MARAC_referral_from_the_trigger_and_closes_every_item_until_nothing_is_waiting() {
		String base = base();
		String reference;
		try (var context = browser.newContext()) {
			Page page = context.newPage();
			String encounter = post(page, base + "/api/v1/encounters", "handler", EncounterFixtures.CONTRACT_EXAMPLE_JSON);
			String encounterId = JsonPath.read(encounter, "$.id");
			reference = JsonPath.read(encounter, "$.reference");
			post(page, base + "/api/v1/encounters/" + encounterId + "/assessments", "responder",
					highRiskAssessment(JsonPath.read(encounter, "$.people[0].id"), JsonPath.read(encounter, "$.people[1].id")));

			BrowserSupport.signIn(page, base, "supervisor");
			page.navigate(base + "/supervision");
			Locator rows = page.locator("#review-items tbody tr");
			assertThat(rows).hasCount(2);
			assertThat(rows.nth(0)).containsText("High risk");
			assertThat(rows.nth(0)).containsText("Sam Taylor, Alex Taylor");
			assertThat(rows.nth(0)).containsText(reference);
			assertThat(page.locator("#review-items")).containsText("MARAC referral due");
			assertThat(page.locator("#review-items")).containsText("High risk grading");
			BrowserSupport.assertWellMade(page);

			page.getByText("Filter the queue").click();
			page.getByLabel("MARAC referral due").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filter")).click();
			assertThat(rows).hasCount(1);
			assertThat(page.locator("caption")).containsText("1 of 2 waiting");
			assertThat(page.getByLabel("MARAC referral due")).isChecked();
			BrowserSupport.assertWellMade(page);

			rows.nth(0).getByRole(AriaRole.LINK).click();
			assertThat(page.locator("#case-summary")).containsText(reference);
			assertThat(page.locator("#case-summary")).containsText("Domestic abuse");
			assertThat(page.locator("#case-summary")).containsText("Grade 1: Emergency");
			assertThat(page.locator("#case-summary")).containsText("DASH for Sam Taylor: 15 of 27 answered yes, high risk");
			assertThat(page.locator("#open-encounter")).hasAttribute("href", "/encounters/" + encounterId + "#version-1");
			BrowserSupport.assertWellMade(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Make the MARAC referral")).click();
			assertThat(page.locator("h1")).hasText("Refer to MARAC");
			assertThat(page.getByLabel("Sam Taylor (victim)")).isChecked();
			assertThat(page.getByLabel("Alex Taylor (child present)")).not().isChecked();
			assertThat(page.getByLabel("Not sought: asking would put someone at risk")).isChecked();
			BrowserSupport.assertWellMade(page);
			// nothing to share is refused with the error summary, and what was typed is kept
			page.locator("input[name=dataItems]").all().forEach(Locator::uncheck);
			page.getByLabel("Why you are referring").fill("High-risk DASH; MARAC referral due.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the referral to MARAC")).click();
			assertThat(page.locator(".govuk-error-summary")).containsText("Choose the data items to share");
			assertThat(page.getByLabel("Why you are referring")).hasValue("High-risk DASH; MARAC referral due.");
			BrowserSupport.assertWellMade(page);
			page.getByLabel("Names").check();
			page.getByLabel("Risk levels and response grade").check();
			page.getByLabel("Risk tool results (for example DASH)").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the referral to MARAC")).click();

			assertThat(page.locator(".govuk-notification-banner__heading")).containsText("sent to MARAC; review item closed");
			assertThat(rows).hasCount(1);
			assertThat(rows.nth(0)).containsText("High risk grading");
			BrowserSupport.assertWellMade(page);
		}

		try (var context = browser.newContext(BrowserSupport.phone())) {
			Page page = context.newPage();
			BrowserSupport.signIn(page, base, "supervisor");
			page.navigate(base + "/supervision");
			Locator rows = page.locator("#review-items tbody tr");
			assertThat(rows).hasCount(1);
			BrowserSupport.assertWellMade(page);
			rows.nth(0).getByRole(AriaRole.LINK).click();
			assertThat(page.locator("#case-summary")).containsText("Referrals made");
			assertThat(page.locator("#case-summary")).containsText("to MARAC");
			BrowserSupport.assertWellMade(page);
			page.getByLabel("Ratify: the decision stands").check();
			page.getByLabel("Note", new Page.GetByLabelOptions().setExact(true)).fill("High risk is right; MARAC referral made.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save decision")).click();

			assertThat(page.locator("#nothing-waiting")).hasText("Nothing is waiting for review.");
			BrowserSupport.assertWellMade(page);
			BrowserSupport.screenshotLastPage(page, "supervisor");
		}
	}
}
