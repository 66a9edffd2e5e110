package org.sightline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

/** The published contract docs/contracts/routing-preview.md, over HTTP. */
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
	void every_code_the_catalogue_offers_a_recorder_is_a_fact_the_preview_accepts() throws Exception {
		String catalogue = mvc.perform(get("/api/v1/catalogues").with(httpBasic("handler", "demo-password")))
			.andReturn().getResponse().getContentAsString();
		List<String> codes = new ArrayList<>(com.jayway.jsonpath.JsonPath.read(catalogue, "$.vulnerabilities[*].code"));
		codes.addAll(com.jayway.jsonpath.JsonPath.read(catalogue, "$.circumstances[*].code"));
		assertThat(codes).contains("NEURODIVERGENCE", "OLDER_PERSON", "CHILD_PRESENT", "CRIME_TO_INVESTIGATE");
		for (String code : codes) {
			preview("handler", "{\"situation\":\"CONCERN_FOR_WELFARE\",\"facts\":[\"" + code + "\"]}")
				.andExpect(status().isOk());
		}
		assertThat(codes).containsExactlyInAnyOrderElementsOf(Arrays.stream(Fact.values()).map(Enum::name).toList());
	}

	@Test
	void a_threat_to_kill_on_a_concern_for_welfare_brings_police_with_no_reason_denying_the_risk() throws Exception {
		preview("handler", """
				{ "situation": "CONCERN_FOR_WELFARE", "subject": { "ageYears": 44 }, "facts": ["THREATS_TO_KILL"] }
				""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.riskLevel").value("HIGH"))
			.andExpect(jsonPath("$.outcome").value("POLICE_PRIMARY"))
			.andExpect(jsonPath("$.grade").value("EMERGENCY"))
			.andExpect(jsonPath("$.reasons", not(hasItem(containsString("no real and immediate risk")))))
			.andExpect(jsonPath("$.safetyNet").isEmpty());
	}

	@Test
	void self_harm_in_progress_and_an_imminent_risk_are_never_left_to_advice_or_an_ambulance_alone() throws Exception {
		preview("handler", "{ \"situation\": \"CONCERN_FOR_WELFARE\", \"facts\": [\"SELF_HARM_IN_PROGRESS\"] }")
			.andExpect(jsonPath("$.outcome").value("POLICE_PRIMARY"))
			.andExpect(jsonPath("$.supportingAgencies", hasItem("AMBULANCE")))
			.andExpect(jsonPath("$.grade").value("EMERGENCY"));
		preview("handler", "{ \"situation\": \"OTHER\", \"facts\": [\"IMMINENT_RISK_OF_SERIOUS_INJURY_OR_DEATH\"] }")
			.andExpect(jsonPath("$.outcome").value("POLICE_PRIMARY"))
			.andExpect(jsonPath("$.grade").value("EMERGENCY"));
	}

	@Test
	void a_toddler_with_no_carer_present_gets_police_protection_childrens_social_care_and_a_strategy_discussion()
			throws Exception {
		preview("handler", """
				{ "situation": "CONCERN_FOR_WELFARE", "subject": { "ageYears": 3 }, "facts": ["CARER_ABSENT"] }
				""")
			.andExpect(jsonPath("$.riskLevel").value("HIGH"))
			.andExpect(jsonPath("$.outcome").value("POLICE_PRIMARY"))
			.andExpect(jsonPath("$.supportingAgencies", hasItem("CHILDRENS_SOCIAL_CARE")))
			.andExpect(jsonPath("$.supportingAgencies", not(hasItem("ADULT_SOCIAL_CARE"))))
			.andExpect(jsonPath("$.referrals", hasItem("CHILDRENS_SOCIAL_CARE")))
			.andExpect(jsonPath("$.actions", hasItem("POLICE_PROTECTION")))
			.andExpect(jsonPath("$.actions", hasItem("STRATEGY_DISCUSSION")));
	}

	@Test
	void high_risk_domestic_abuse_by_a_red_flag_goes_to_MARAC_and_children_there_to_childrens_social_care() throws Exception {
		preview("handler", """
				{ "situation": "DOMESTIC_ABUSE", "subject": { "ageYears": 29 },
				  "facts": ["NON_FATAL_STRANGULATION", "CHILDREN_IN_HOUSEHOLD"], "dash": { "yesAnswers": 6 } }
				""")
			.andExpect(jsonPath("$.riskLevel").value("HIGH"))
			.andExpect(jsonPath("$.referrals", hasItem("MARAC")))
			.andExpect(jsonPath("$.referrals", hasItem("IDVA")))
			.andExpect(jsonPath("$.referrals", hasItem("CHILDRENS_SOCIAL_CARE")))
			.andExpect(jsonPath("$.actions", hasItem("SPECIALIST_REVIEW")))
			.andExpect(jsonPath("$.reasons", hasItem(containsString("professional judgement"))));
	}

	@Test
	void a_detained_patient_absent_without_leave_is_graded_as_missing_and_an_informal_one_at_imminent_risk_gets_police()
			throws Exception {
		preview("handler", "{ \"situation\": \"AWOL_FROM_MENTAL_HEALTH_UNIT\", \"facts\": [\"DETAINED_UNDER_MHA\"] }")
			.andExpect(jsonPath("$.riskLevel").value("MEDIUM"))
			.andExpect(jsonPath("$.grade").value("PRIORITY"))
			.andExpect(jsonPath("$.actions", hasItem("RECORD_INFORMATION_SOURCES")))
			.andExpect(jsonPath("$.actions", hasItem("WARRANT_REQUIRED_FOR_ENTRY")));
		preview("handler", """
				{ "situation": "AWOL_FROM_MENTAL_HEALTH_UNIT", "facts": ["INFORMAL_PATIENT", "IMMINENT_RISK_OF_SERIOUS_INJURY_OR_DEATH"] }
				""")
			.andExpect(jsonPath("$.riskLevel").value("HIGH"))
			.andExpect(jsonPath("$.outcome").value("POLICE_PRIMARY"))
			.andExpect(jsonPath("$.actions", hasItem("NO_POWER_TO_RETURN_INFORMAL_PATIENT")));
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
