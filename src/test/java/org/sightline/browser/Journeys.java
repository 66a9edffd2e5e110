package org.sightline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import org.sightline.assessment.AssessmentFixtures;
import org.sightline.encounter.EncounterFixtures;

/** What the journeys set up through the API before a person starts their day's work in the browser. */
final class Journeys {

	private Journeys() {
	}

	/** POSTs JSON as the user (HTTP Basic) and returns the body; fails unless it is a 2xx. */
	static String post(Page page, String base, String username, String path, String json) {
		APIResponse response = page.request()
			.post(base + path, RequestOptions.create()
				.setHeader("Authorization",
						"Basic " + Base64.getEncoder().encodeToString((username + ":demo-password").getBytes()))
				.setHeader("Content-Type", "application/json")
				.setData(json));
		assertThat(response.status()).as(path + ": " + response.text()).isBetween(200, 299);
		return response.text();
	}

	/** An encounter the call handler recorded (domestic abuse: Sam Taylor and a child, Alex), as its API body. */
	static String handlersEncounter(Page page, String base, String place) {
		return post(page, base, "handler", "/api/v1/encounters",
				EncounterFixtures.CONTRACT_EXAMPLE_JSON.replace("14 Mill Lane, Anytown", place));
	}

	/** The call handler's THRIVE assessment of it, with a DASH for the victim with {@code yes} answers yes. */
	static void handlersAssessment(Page page, String base, String encounterBody, int yes) {
		String id = JsonPath.read(encounterBody, "$.id");
		String victim = JsonPath.read(encounterBody, "$.people[0].id");
		String child = JsonPath.read(encounterBody, "$.people[1].id");
		String assessment = AssessmentFixtures.initialJson(victim, child);
		if (yes >= 14) {
			// a DASH high: the victim's risk may not be lower (judgement may raise a tool's level, never lower it)
			assessment = assessment.replaceFirst("\"riskLevel\": \"MEDIUM\"", "\"riskLevel\": \"HIGH\"")
				.replace("\"grade\": \"PRIORITY\"", "\"grade\": \"EMERGENCY\"");
		}
		post(page, base, "handler", "/api/v1/encounters/" + id + "/assessments",
				AssessmentFixtures.withDashJson(assessment, victim, yes));
	}
}
