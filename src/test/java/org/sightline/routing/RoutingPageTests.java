package org.sightline.routing;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.GovukFormErrors;
import org.sightline.assessment.AssessmentManagement;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class RoutingPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EncounterManagement encounters;

	@Autowired
	AssessmentManagement assessments;

	@Test
	@WithUserDetails("handler")
	void the_routing_page_shows_the_recommendation_with_its_reasons_and_an_override_needs_a_rationale() throws Exception {
		EncounterId id = RoutingDecisionIntegrationTests.assessedEncounter(encounters, assessments, "CONCERN_FOR_WELFARE",
				84, List.of("FALLEN_AT_HOME"), List.of(), "LOW");
		mvc.perform(get("/encounters/" + id + "/routing"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Recommended: Partner responds; police do not attend")))
			.andExpect(content().string(containsString("clause welfare-medical")));
		String page = mvc.perform(post("/encounters/" + id + "/routing").with(csrf()).param("outcome", "POLICE_PRIMARY"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("Explain why you are not following the recommendation")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		GovukFormErrors.assertShownBeside(page, "overrideRationale", "Explain why you are not following the recommendation");
		mvc.perform(post("/encounters/" + id + "/routing").with(csrf()).param("outcome", "PARTNER_ONLY")
			.param("callerTold", "An ambulance will come; call back if anything changes."))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/encounters/" + id))
			.andExpect(content().string(containsString("An ambulance will come; call back if anything changes.")))
			.andExpect(content().string(containsString("Partner responds; police do not attend")));
	}
}
