package org.sightline.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditEntry;
import org.sightline.audit.AuditTrail;
import org.sightline.encounter.EncounterFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Exports for agencies not on Sightline: a PDF and a FHIR bundle, each logged as a disclosure. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ReferralExportEndpointTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail audit;

	@Autowired
	UserDetailsService users;

	String referral() throws Exception {
		String encounter = mvc.perform(post("/api/v1/encounters").with(httpBasic("responder", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON).content(EncounterFixtures.CONTRACT_EXAMPLE_JSON))
			.andReturn().getResponse().getContentAsString();
		String body = """
				{ "encounterId": "%s", "agency": "MENTAL_HEALTH_SERVICE", "personIds": ["%s"], "reason": "Mental ill health",
				  "dataItems": ["AGES", "VULNERABILITIES"], "lawfulBasis": "DPA_PART3_S35_SCHED8_SAFEGUARDING",
				  "consentStatus": "GIVEN" }
				""".formatted(JsonPath.read(encounter, "$.id"), JsonPath.read(encounter, "$.people[0].id"));
		return JsonPath.read(mvc.perform(post("/api/v1/referrals").with(httpBasic("responder", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
	}

	@Test
	void a_referral_downloads_as_a_pdf_and_the_download_is_a_disclosure() throws Exception {
		String id = referral();
		byte[] pdf = mvc.perform(get("/referrals/" + id + "/pdf").with(user(users.loadUserByUsername("responder"))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		assertThat(audit.entriesFor("REFERRAL", id)).filteredOn(e -> e.action() == AuditAction.DISCLOSURE)
			.extracting(AuditEntry::reason).contains("Referral sent to Mental health service", "Referral exported as PDF");
	}

	@Test
	void a_referral_exports_as_a_fhir_bundle_with_only_the_shared_items() throws Exception {
		String id = referral();
		mvc.perform(get("/api/v1/referrals/" + id + "/fhir").with(httpBasic("responder", "demo-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resourceType").value("Bundle"))
			.andExpect(jsonPath("$.entry[0].resource.resourceType").value("ServiceRequest"))
			.andExpect(jsonPath("$..name").isEmpty());
		mvc.perform(get("/api/v1/referrals/" + id + "/fhir").with(httpBasic("partner-mh", "demo-password")))
			.andExpect(status().isForbidden());
	}
}
