package org.sightline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sightline.shared.Fact;
import org.sightline.shared.Situation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The published contract ../shared/contracts/routing-preview.md, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class RoutingPreviewApiTests {

	static final String CONTRACT_EXAMPLE = """
			{
			  "situation": "MISSING_PERSON",
			  "callerType": "FAMILY_OR_FRIEND",
			  "subject": { "ageYears": 81 },
			  "facts": ["DEMENTIA", "ADVERSE_WEATHER", "NO_ACCESS_TO_MEDICATION"],
			  "dash": { "yesAnswers": 9 },
			  "history": { "domesticIncidentsLast12Months": 1, "monthsSinceLastMarac": null }
			}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.sightline.partnership.PartnershipAgreements agreements;

	ResultActions preview(String user, String body) throws Exception {
		return mvc.perform(post("/api/v1/routing/preview").with(httpBasic(user, "demo-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	long previewAudits() {
		return jdbc.sql("select count(*) from audit.audit_entry where subject_type = 'ROUTING_PREVIEW'").query(Long.class).single();
	}

	@Test
	void the_contract_example_gets_every_field_of_the_response() throws Exception {
		long before = previewAudits();
		preview("handler", CONTRACT_EXAMPLE).andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("POLICE_PRIMARY"))
			.andExpect(jsonPath("$.primaryAgency").value("POLICE"))
			.andExpect(jsonPath("$.supportingAgencies").isArray())
			.andExpect(jsonPath("$.riskLevel").value("HIGH"))
			.andExpect(jsonPath("$.grade").value("EMERGENCY"))
			.andExpect(jsonPath("$.referrals").isArray())
			.andExpect(jsonPath("$.actions", hasItem("RECORD_INFORMATION_SOURCES")))
			.andExpect(jsonPath("$.actions", hasItem("SUPERVISOR_REVIEW")))
			.andExpect(jsonPath("$.reasons[0]").isString())
			.andExpect(jsonPath("$.agreement.id").value("national-rcrp"))
			.andExpect(jsonPath("$.agreement.version").value(agreements.inForce().version()));
		assertThat(previewAudits()).isEqualTo(before + 1);
	}

	@Test
	void every_situation_and_every_fact_code_of_the_contract_is_accepted() throws Exception {
		String allFacts = Arrays.stream(Fact.values()).map(f -> "\"" + f.name() + "\"").collect(Collectors.joining(","));
		for (Situation situation : Situation.values()) {
			preview("handler", "{\"situation\":\"" + situation + "\",\"facts\":[" + allFacts + "]}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.outcome").value("POLICE_PRIMARY"));
			preview("handler", "{\"situation\":\"" + situation + "\"}").andExpect(status().isOk());
		}
	}

	@Test
	void a_voluntary_patient_who_walks_out_is_not_AWOL_and_police_do_not_attend() throws Exception {
		preview("handler", """
				{ "situation": "AWOL_FROM_MENTAL_HEALTH_UNIT", "callerType": "HEALTH_SERVICE", "subject": { "ageYears": 34 },
				  "facts": ["INFORMAL_PATIENT", "MENTAL_ILL_HEALTH"] }
				""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("PARTNER_ONLY"))
			.andExpect(jsonPath("$.primaryAgency").value("HEALTH_SETTING"))
			.andExpect(jsonPath("$.actions", hasItem("NO_POWER_TO_RETURN_INFORMAL_PATIENT")))
			.andExpect(jsonPath("$.actions", hasItem("CALLER_INFORMED_OF_DECISION")))
			.andExpect(jsonPath("$.grade").value("RESOLUTION_WITHOUT_DEPLOYMENT"));
	}

	@Test
	void a_16_year_old_under_section_136_never_goes_to_a_police_station() throws Exception {
		preview("handler", """
				{ "situation": "SECTION_136_PLACE_OF_SAFETY", "subject": { "ageYears": 16 },
				  "facts": ["IMMINENT_RISK_OF_SERIOUS_INJURY_OR_DEATH", "NO_OTHER_PLACE_OF_SAFETY"] }
				""")
			.andExpect(jsonPath("$.actions", hasItem("POLICE_STATION_NOT_PERMITTED_AS_PLACE_OF_SAFETY")))
			.andExpect(jsonPath("$.actions", not(hasItem("INSPECTOR_AUTHORITY_REQUIRED_FOR_POLICE_STATION"))));
	}

	@Test
	void an_unknown_code_or_a_value_out_of_range_is_a_400_naming_the_field() throws Exception {
		long before = previewAudits();
		preview("handler", """
				{ "situation": "ZOMBIES", "callerType": "PSYCHIC", "subject": { "ageYears": 121 },
				  "facts": ["DEMENTIA", "FULL_MOON"], "dash": { "yesAnswers": 28 },
				  "history": { "domesticIncidentsLast12Months": -1, "monthsSinceLastMarac": -2 } }
				""")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("situation")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("callerType")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("subject.ageYears")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("facts[1]")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("dash.yesAnswers")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("history.domesticIncidentsLast12Months")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("history.monthsSinceLastMarac")))
			.andExpect(jsonPath("$.errors[?(@.field == 'facts[1]')].message", hasItem("Unknown fact ‘FULL_MOON’; the codes are listed at /api/v1/catalogues (vulnerabilities and circumstances)")));
		assertThat(previewAudits()).isEqualTo(before);
	}

	@Test
	void malformed_json_is_a_400_and_a_missing_situation_is_named() throws Exception {
		preview("handler", "{ \"situation\": ").andExpect(status().isBadRequest());
		preview("handler", "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("situation"));
		preview("handler", "{ \"situation\": \"OTHER\", \"subject\": { \"ageYears\": \"old\" } }")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("subject.ageYears"));
	}

	@Test
	void without_credentials_it_is_401_and_a_partner_gets_403() throws Exception {
		mvc.perform(post("/api/v1/routing/preview").contentType(MediaType.APPLICATION_JSON).content(CONTRACT_EXAMPLE))
			.andExpect(status().isUnauthorized());
		preview("partner-mh", CONTRACT_EXAMPLE).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}
}
