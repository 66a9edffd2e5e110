package org.sightline.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.sightline.GovukFormErrors;
import org.sightline.encounter.EncounterFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ReferralPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithUserDetails("responder")
	void a_referral_form_with_mistakes_shows_the_error_summary_keeps_what_was_typed_and_stores_nothing() throws Exception {
		String encounter = mvc.perform(post("/api/v1/encounters").with(httpBasic("responder", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON).content(EncounterFixtures.CONTRACT_EXAMPLE_JSON))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(encounter, "$.id");
		String child = JsonPath.read(encounter, "$.people[1].id");
		long before = jdbc.sql("select count(*) from referral.referral").query(Long.class).single();

		String page = mvc.perform(post("/encounters/" + id + "/referrals/new").with(csrf())
			.param("agency", "CHILDRENS_SOCIAL_CARE")
			.param("personIds", child)
			.param("reason", "Child heard the abuse")
			.param("consentStatus", "REFUSED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("Choose the data items to share")))
			.andExpect(content().string(containsString("Choose the lawful basis for sharing")))
			.andExpect(content().string(containsString("Explain why the referral goes ahead without consent")))
			.andExpect(content().string(containsString("Child heard the abuse")))
			.andExpect(content().string(containsString("id=\"consent-REFUSED\" value=\"REFUSED\" checked")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		GovukFormErrors.assertShownBeside(page, "dataItems", "Choose the data items to share");
		GovukFormErrors.assertShownBeside(page, "lawfulBasis", "Choose the lawful basis for sharing");
		GovukFormErrors.assertShownBeside(page, "consentRationale", "Explain why the referral goes ahead without consent");
		GovukFormErrors.assertKept(page, "reason", "Child heard the abuse");
		assertThat(jdbc.sql("select count(*) from referral.referral").query(Long.class).single()).isEqualTo(before);

		mvc.perform(get("/encounters/" + id + "/referrals/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Make a referral")));
	}
}
