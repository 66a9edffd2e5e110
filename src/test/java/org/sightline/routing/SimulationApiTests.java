package org.sightline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.sightline.assessment.AssessmentManagement;
import org.sightline.encounter.EncounterManagement;
import org.sightline.partnership.PartnershipAgreements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** POST /api/v1/simulations: the page's figures as JSON, and problem details naming each bad field. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SimulationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EncounterManagement encounters;

	@Autowired
	AssessmentManagement assessments;

	@Autowired
	PartnershipAgreements agreements;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ZoneId zone;

	ResultActions simulate(String user, String json) throws Exception {
		return mvc.perform(post("/api/v1/simulations").with(httpBasic(user, "demo-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	String period() {
		LocalDate today = LocalDate.now(zone);
		return "\"from\": \"" + today.minusDays(30) + "\", \"to\": \"" + today + "\"";
	}

	long simulationAudits(String reason) {
		return jdbc.sql("select count(*) from audit.audit_entry where actor = 'analyst' and reason = :reason")
			.param("reason", reason)
			.query(Long.class)
			.single();
	}

	@Test
	void the_api_answers_a_stored_drafts_figures_withheld_as_on_the_page_and_audits_the_reading() throws Exception {
		String version = "api-" + UUID.randomUUID().toString().substring(0, 8);
		String candidate = SimulationFixtures.storeDraft(agreements, users, version);
		SimulationFixtures.assessedEncounters(encounters, assessments, users, 6, 2);
		String reason = "Agreement simulation of national-rcrp " + version;
		long audits = simulationAudits(reason);

		String body = simulate("analyst", "{ \"candidateVersionId\": \"" + candidate + "\", " + period() + " }")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.candidate.version").value(version))
			.andExpect(jsonPath("$.current.version").value("2023-07-26"))
			.andExpect(jsonPath("$.smallCountThreshold").value(5))
			.andExpect(jsonPath("$.bySituation[*].code", hasItem("CONCERN_FOR_WELFARE")))
			.andExpect(jsonPath("$.bySituation[*].label", hasItem("Concern for welfare")))
			.andExpect(jsonPath("$.byAgency[*].code", hasItem("POLICE")))
			.andExpect(jsonPath("$.byAgency[*].label", hasItem("Police")))
			.andExpect(jsonPath("$.bySituationTotal.label").value("Total"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> counts = new java.util.ArrayList<>();
		for (String field : List.of("encounters", "routedDifferently", "movedToPartners", "movedToPolice")) {
			counts.addAll(JsonPath.read(body, "$.." + field));
		}
		assertThat(counts).isNotEmpty().contains("fewer than 5");
		assertThat(counts).filteredOn(c -> c != null && c.matches("\\d+"))
			.allSatisfy(c -> assertThat(Integer.parseInt(c)).isGreaterThanOrEqualTo(5));
		assertThat(simulationAudits(reason)).as("the bulk reading of assessments is audited").isEqualTo(audits + 1);
	}

	@Test
	void the_api_simulates_the_version_in_force_with_clauses_changed() throws Exception {
		simulate("supervisor", """
				{ "clauses": [ { "id": "missing", "situation": "MISSING_PERSON", "primary": "ADULT_SOCIAL_CARE",
				                 "policeAttendance": "WHEN_THRESHOLD_MET" } ], %s }
				""".formatted(period()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.candidate.version").value("2023-07-26 with changes"));
	}

	@Test
	void the_api_names_each_bad_field_in_problem_details() throws Exception {
		simulate("analyst", "{ \"from\": \"2026-13-01\", \"to\": \"soon\" }")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://sightline.example/problems/invalid-request"))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("from", "to", "candidateVersionId")));
		LocalDate today = LocalDate.now(zone);
		simulate("analyst", """
				{ "candidateVersionId": "national-rcrp/2023-07-26", "yaml": "id: x", "from": "%s", "to": "%s" }
				""".formatted(today.minusDays(10), today.minusDays(20)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("candidateVersionId", "yaml", "to")));
		simulate("analyst", """
				{ "candidateVersionId": "national-rcrp/2023-07-26", "from": "%s", "to": "%s" }
				""".formatted(today.minusYears(3), today.plusDays(1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("candidateVersionId", "to", "to")));
		simulate("analyst", """
				{ "clauses": [ { "id": "missing", "situation": "MISSING_PERSON", "primary": "NOBODY",
				                 "policeAttendance": "ALWAYS" } ], %s }
				""".formatted(period()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("clauses[0].primary")));
		simulate("analyst", "{ \"yaml\": \"id: [\", " + period() + " }")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("yaml")));
	}

	@Test
	void only_supervisors_analysts_and_administrators_may_simulate_by_api() throws Exception {
		simulate("responder", "{ " + period() + " }")
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		simulate("admin", "{ \"candidateVersionId\": \"none/1\", " + period() + " }").andExpect(status().isBadRequest());
	}
}
