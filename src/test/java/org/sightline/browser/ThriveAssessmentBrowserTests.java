package org.sightline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.sightline.encounter.EncounterFixtures;
import org.springframework.boot.test.context.SpringBootTest;

/** A responder on a phone completes a THRIVE assessment with a DASH, then sees it in the history. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ThriveAssessmentBrowserTests extends BrowserTest {

	String recordEncounterThroughTheApi(Page page, String base) {
		String basic = "Basic " + Base64.getEncoder().encodeToString("handler:demo-password".getBytes());
		APIResponse response = page.request()
			.post(base + "/api/v1/encounters", RequestOptions.create()
				.setHeader("Authorization", basic)
				.setHeader("Content-Type", "application/json")
				.setData(EncounterFixtures.CONTRACT_EXAMPLE_JSON));
		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(201);
		return JsonPath.read(response.text(), "$.id");
	}

	@Test
	void a_responder_on_a_phone_completes_a_THRIVE_assessment_with_a_DASH() {
		String base = base();
		try (var context = browser.newContext(BrowserSupport.phone())) {
			Page page = context.newPage();
			String encounterId = recordEncounterThroughTheApi(page, base);
			BrowserSupport.signIn(page, base, "responder");

			page.navigate(base + "/encounters/" + encounterId);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assess (THRIVE)")).click();
			assertThat(page.locator("h1")).hasText("Assess (THRIVE)");
			BrowserSupport.assertNoSidewaysScrolling(page);
			BrowserSupport.assertAccessible(page);

			Map.of("Threat", "Ex-partner in the house, shouting.", "Harm", "Injury to Sam; Alex exposed.", "Risk",
					"Likely to continue tonight.", "Investigation", "Assault to investigate.", "Vulnerability",
					"Sam fears him; child of six present.", "Engagement", "Speak to Sam alone, with an interpreter.")
				.forEach((label, text) -> page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(text));

			Locator sam = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Sam Taylor (Victim)"));
			sam.getByLabel("High").check();
			Locator alex = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Alex Taylor (Child present)"));
			alex.getByLabel("Medium").check();

			page.getByText("Domestic abuse risk checklist (DASH)").click();
			page.getByLabel("Who is the checklist about?").selectOption(new com.microsoft.playwright.options.SelectOption()
				.setLabel("Sam Taylor"));
			Locator questions = page.locator("#dash .govuk-form-group[id^='dashAnswers']");
			assertThat(questions).hasCount(27);
			// the encounter's facts stay beside (here: above) the form
			assertThat(page.locator("#encounter-summary-heading")).hasText("The encounter");
			assertThat(page.locator(".sl-sticky-summary")).containsText("Sam Taylor");
			for (int i = 0; i < 27; i++) {
				questions.nth(i).getByLabel(i < 15 ? "Yes" : "No", new Locator.GetByLabelOptions().setExact(true)).check();
			}
			// a running count as the questions are answered, with the red flags
			assertThat(page.locator("#dash-count")).containsText("Yes answers: 15 of 27");
			assertThat(page.locator("#dash-count")).containsText("By the count alone: high.");
			assertThat(page.locator("#dash-count")).containsText("High-risk factors answered yes: questions");

			page.getByLabel("There is a crime to investigate").check();
			page.getByLabel("Grade 1: Emergency (within 15 minutes)").check();
			page.getByLabel("Code of Ethics").fill("Acting to protect Sam and Alex.");
			page.getByLabel("Information: what do I know, and what don’t I know?").fill("Caller's account; two previous incidents.");
			page.getByLabel("Assessment: threat and risk, and a working strategy").fill("Threat current; harm serious.");
			page.getByLabel("Powers and policy").fill("Arrest for assault if grounds.");
			page.getByLabel("Options and contingencies").fill("Attend now.");
			page.getByLabel("Action and review").fill("Re-assess on scene.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save assessment")).click();

			assertThat(page.locator(".govuk-notification-banner__heading")).containsText("Grade 1 (emergency)");
			assertThat(page.locator(".govuk-notification-banner__heading")).containsText("supervisor");
			Locator version = page.locator("#version-1");
			assertThat(version).containsText("Version 1");
			assertThat(version).containsText("High risk");
			version.getByText("Findings, rationale and tools").click();
			assertThat(version).containsText("15 of 27 answered yes: high");
			assertThat(version).containsText("Met: police have a role.");
			BrowserSupport.assertNoSidewaysScrolling(page);
			BrowserSupport.assertAccessible(page);
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/thrive-phone.png")).setFullPage(true));

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Re-assess (RE-THRIVE)")).click();
			// RE-THRIVE starts from the last version: the DASH answered and the facts recorded are carried forward
			Locator carried = page.locator("#dash .govuk-form-group[id^='dashAnswers']");
			assertThat(carried.nth(0).getByLabel("Yes", new Locator.GetByLabelOptions().setExact(true))).isChecked();
			assertThat(carried.nth(20).getByLabel("No", new Locator.GetByLabelOptions().setExact(true))).isChecked();
			assertThat(page.getByLabel("There is a crime to investigate")).isChecked();
			assertThat(page.locator("#dash-count")).containsText("Yes answers: 15 of 27");
			carried.nth(0).getByLabel("No", new Locator.GetByLabelOptions().setExact(true)).check();
			assertThat(page.locator("#dash-count")).containsText("Yes answers: 14 of 27");
			BrowserSupport.assertWellMade(page);
			page.getByLabel("Arrived on scene").check();
			page.getByLabel("What is new?").fill("He has left; Sam is safe with her sister.");
			page.getByLabel("Grade 2: Priority (within 1 hour)").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save assessment")).click();
			assertThat(page.locator("#version-2")).containsText("Response grade: Emergency → Priority");
			assertThat(page.locator("#version-2")).not().containsText("DASH removed");
			assertThat(page.locator("#version-2")).containsText("DASH: 1 answer changed, now 14 of 27 yes (was 15)");
			page.locator("#version-2").getByText("Findings, rationale and tools").click();
			assertThat(page.locator("#version-2")).containsText("14 of 27 answered yes: high");
			assertThat(page.locator("#version-1")).containsText("Grade 1");
		}
	}

	@Test
	void an_incomplete_assessment_shows_the_error_summary_and_keeps_what_was_typed() {
		String base = base();
		try (var context = browser.newContext(BrowserSupport.phone())) {
			Page page = context.newPage();
			String encounterId = recordEncounterThroughTheApi(page, base);
			BrowserSupport.signIn(page, base, "handler");
			page.navigate(base + "/encounters/" + encounterId + "/assessments/new");
			page.getByLabel("Threat", new Page.GetByLabelOptions().setExact(true)).fill("Shouting next door.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save assessment")).click();

			Locator summary = page.locator(".govuk-error-summary");
			assertThat(summary).containsText("Record your finding on harm");
			assertThat(summary).containsText("Select a response grade");
			assertThat(summary).containsText("Record your rationale at each stage of the National Decision Model");
			assertThat(summary).containsText("Select a risk level for Sam Taylor");
			assertThat(page.getByLabel("Threat", new Page.GetByLabelOptions().setExact(true))).hasValue("Shouting next door.");
			BrowserSupport.assertAccessible(page);
			summary.getByText("Select a response grade").click();
			org.assertj.core.api.Assertions.assertThat(page.url()).endsWith("#grade");
		}
	}
}
