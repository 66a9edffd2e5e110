package org.sightline.assessment;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.GovukFormErrors;
import org.sightline.encounter.EncounterFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The THRIVE page for a missing person: information with its source, contact and time. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class AssessmentPageTests {

	@Autowired
	MockMvc mvc;

	String encounterId;
	String personId;

	@BeforeEach
	void recordMissingPersonEncounter() throws Exception {
		String json = EncounterFixtures.CONTRACT_EXAMPLE_JSON.replace("\"DOMESTIC_ABUSE\"", "\"MISSING_PERSON\"")
			.replaceAll("(?s)\"people\": \\[.*]\\s*}\\s*$",
					"\"people\": [ { \"role\": \"SUBJECT\", \"givenName\": \"Ray\", \"familyName\": \"Hollis\", "
							+ "\"estimatedAgeYears\": 81, \"vulnerabilities\": [\"DEMENTIA\"] } ] }");
		String body = mvc.perform(post("/api/v1/encounters").with(httpBasic("responder", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andReturn().getResponse().getContentAsString();
		encounterId = JsonPath.read(body, "$.id");
		personId = JsonPath.read(body, "$.people[0].id");
	}

	MockHttpServletRequestBuilder form(String contact) {
		var request = post("/encounters/" + encounterId + "/assessments/new").with(csrf())
			.param("trigger", "INITIAL")
			.param("grade", "EMERGENCY")
			.param("personRisks[" + personId + "]", "HIGH")
			.param("missingPersonId", personId)
			.param("information[0].detail", "Walked out at 6am in slippers")
			.param("information[0].source", "Daughter, Jo Hollis")
			.param("information[0].sourceContact", contact)
			.param("information[0].obtainedDate", "27/11/2026")
			.param("information[0].obtainedTime", "00:30")
			.param("information[1].detail", "")
			.param("facts", "AMBULANCE_DELAYED");
		for (String element : java.util.List.of("THREAT", "HARM", "RISK", "INVESTIGATION", "VULNERABILITY", "ENGAGEMENT")) {
			request.param("elements[" + element + "]", "Finding on " + element);
		}
		for (NdmStage stage : NdmStage.values()) {
			request.param("rationaleContent[" + stage.name() + "]", "Considered " + stage.name());
		}
		return request;
	}

	@Test
	@WithUserDetails("responder")
	void missing_person_information_without_its_source_contact_is_shown_on_its_field() throws Exception {
		String page = mvc.perform(form(""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Record how to contact the source of this information")))
			.andExpect(content().string(containsString("href=\"#information0.sourceContact\"")))
			.andExpect(content().string(containsString("Walked out at 6am in slippers")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		GovukFormErrors.assertShownBeside(page, "information0.sourceContact", "Record how to contact the source of this information");
		GovukFormErrors.assertKept(page, "information0.source", "Daughter, Jo Hollis");
	}

	@Test
	@WithUserDetails("responder")
	void a_missing_person_grading_is_recorded_with_its_information() throws Exception {
		mvc.perform(form("07700 900123")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/encounters/" + encounterId + "/assessments").with(httpBasic("responder", "demo-password")))
			.andExpect(jsonPath("$[0].missingPerson.toolLevel").value("MEDIUM"))
			.andExpect(jsonPath("$[0].supervisorReview", org.hamcrest.Matchers.hasItem(containsString("the policy gave MEDIUM, the assessor recorded HIGH"))))
			.andExpect(jsonPath("$[0].missingPerson.information[0].sourceContact").value("07700 900123"))
			.andExpect(jsonPath("$[0].missingPerson.information[0].obtainedAt").value("2026-11-27T00:30:00Z"))
			.andExpect(jsonPath("$[0].missingPerson.actions", org.hamcrest.Matchers.hasItem("RECORD_INFORMATION_SOURCES")));
		mvc.perform(get("/encounters/" + encounterId + "/assessments/new"))
			.andExpect(content().string(containsString("value=\"07700 900123\"")));
	}
}
