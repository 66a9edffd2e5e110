package org.sightline.assessment;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.encounter.EncounterFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** POST and GET /api/v1/encounters/{id}/assessments over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class AssessmentApiTests {

	@Autowired
	MockMvc mvc;

	String encounterId;
	String victimId;
	String childId;

	@BeforeEach
	void recordEncounter() throws Exception {
		String body = mvc
			.perform(post("/api/v1/encounters").with(httpBasic("handler", "demo-password"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(EncounterFixtures.CONTRACT_EXAMPLE_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString();
		encounterId = JsonPath.read(body, "$.id");
		victimId = JsonPath.read(body, "$.people[0].id");
		childId = JsonPath.read(body, "$.people[1].id");
	}

	String url() {
		return "/api/v1/encounters/" + encounterId + "/assessments";
	}

	@Test
	void an_assessment_is_created_and_every_version_is_listed() throws Exception {
		mvc.perform(post(url()).with(httpBasic("responder", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(AssessmentFixtures.initialJson(victimId, childId)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", url() + "/1"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.gradeDisplayCode").value("Grade 2"))
			.andExpect(jsonPath("$.personRisks[0].riskLevel").value("MEDIUM"))
			.andExpect(jsonPath("$.snapshot.people[1].name").value("Alex Taylor"));
		String reassessment = AssessmentFixtures.initialJson(victimId, childId)
			.replace("\"INITIAL\"", "\"ON_SCENE\", \"triggerNote\": \"Arrived; he has left\", \"basedOnVersion\": 1")
			.replace("\"PRIORITY\"", "\"SCHEDULED\"");
		mvc.perform(post(url()).with(httpBasic("responder", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(reassessment))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.changes", hasItem("Response grade: Priority → Scheduled")));
		mvc.perform(get(url()).with(httpBasic("supervisor", "demo-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].grade").value("PRIORITY"))
			.andExpect(jsonPath("$[1].trigger").value("ON_SCENE"));
		mvc.perform(get(url() + "/2").with(httpBasic("responder", "demo-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grade").value("SCHEDULED"));
	}

	@Test
	void bad_input_is_a_problem_naming_each_field() throws Exception {
		String bad = AssessmentFixtures.initialJson(victimId, childId)
			.replace("\"THREAT\"", "\"THREATS\"")
			.replace("\"OPTIONS\": { \"content\": \"Attend now\" },", "")
			.replace("\"PRIORITY\"", "\"URGENT\"");
		mvc.perform(post(url()).with(httpBasic("responder", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(bad))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("elements.THREAT")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("elements.THREATS")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("rationale.OPTIONS")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("grade")));
		mvc.perform(get(url()).with(httpBasic("responder", "demo-password"))).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void a_judgement_that_lowers_a_DASH_high_is_a_problem() throws Exception {
		StringBuilder answers = new StringBuilder();
		DashAnswersBuilder.firstYes(16).build().forEach((code, answer) -> answers.append(answers.isEmpty() ? "" : ",")
			.append('"').append(code).append("\":\"").append(answer).append('"'));
		String withDash = AssessmentFixtures.initialJson(victimId, childId)
			.replaceFirst("\\}\\s*$", ", \"tools\": [ { \"tool\": \"DASH\", \"personId\": \"" + victimId
					+ "\", \"answers\": {" + answers + "}, \"judgement\": { \"level\": \"MEDIUM\", \"rationale\": \"Feels safer\" } } ] }");
		mvc.perform(post(url()).with(httpBasic("responder", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(withDash))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("tools[0].judgement.level")))
			.andExpect(jsonPath("$.errors[?(@.field == 'tools[0].judgement.level')].message",
					hasItem(org.hamcrest.Matchers.containsString("never lower"))));
	}

	@Test
	void a_partner_may_not_assess_and_an_analyst_cannot_read_assessments() throws Exception {
		mvc.perform(post(url()).with(httpBasic("partner-csc", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(AssessmentFixtures.initialJson(victimId, childId)))
			.andExpect(status().isForbidden());
		mvc.perform(get(url()).with(httpBasic("analyst", "demo-password"))).andExpect(status().isNotFound());
	}
}
