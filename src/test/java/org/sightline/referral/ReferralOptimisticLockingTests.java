package org.sightline.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.sightline.referral.PartnerScenarios.PARTNER_CSC;
import static org.sightline.referral.ReferralIntegrationTests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.SessionCookie;
import org.sightline.encounter.EncounterManagement;
import org.sightline.shared.ChangedSinceReadException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Two people with one referral open (the agency accepting it, a supervisor revoking it, on this node
 * or another): a step taken from a version that is no longer current is refused and changes nothing,
 * so no one's decision silently replaces another's. Pages carry the version they showed; API clients
 * send the ETag they read as If-Match.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReferralOptimisticLockingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReferralManagement referrals;

	@Autowired
	EncounterManagement encounters;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	RequestPostProcessor signedIn(String username) {
		return user(users.loadUserByUsername(username));
	}

	ReferralView sent() {
		return PartnerScenarios.sentToChildrensSocialCare(referrals,
				PartnerScenarios.encounter(encounters, PartnerScenarios.uniqueName()), "AGES");
	}

	String statusOf(UUID id) {
		return jdbc.sql("select status from referral.referral where id = :id").param("id", id).query(String.class).single();
	}

	long steps(UUID id) {
		return jdbc.sql("select count(*) from referral.referral_step where referral_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	@Test
	void every_change_moves_the_version_on() {
		ReferralView sent = sent();
		ReferralView acknowledged = as(PARTNER_CSC, () -> referrals.acknowledge(PARTNER_CSC, sent.id(), null, sent.version()));
		assertThat(acknowledged.version()).isEqualTo(sent.version() + 1);
	}

	@Test
	void a_step_taken_from_an_older_version_is_refused_and_changes_nothing() {
		ReferralView seen = sent();
		// the agency acknowledges while the other page still shows the referral as sent
		as(PARTNER_CSC, () -> referrals.acknowledge(PARTNER_CSC, seen.id(), null, seen.version()));
		long stepsBefore = steps(seen.id());

		assertThatThrownBy(() -> as(PARTNER_CSC,
				() -> referrals.decline(PARTNER_CSC, seen.id(), "No capacity", null, seen.version())))
			.isInstanceOf(ChangedSinceReadException.class)
			.hasMessageContaining("acknowledged");
		assertThat(statusOf(seen.id())).isEqualTo("ACKNOWLEDGED");
		assertThat(steps(seen.id())).isEqualTo(stepsBefore);
	}

	@Test
	void the_api_gives_the_version_as_an_etag_and_refuses_a_step_from_an_older_one_with_412() throws Exception {
		ReferralView sent = sent();
		mvc.perform(get("/api/v1/referrals/" + sent.id()).with(signedIn("partner-csc")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"" + sent.version() + "\""))
			.andExpect(jsonPath("$.version").value(sent.version()));
		mvc.perform(post("/api/v1/referrals/" + sent.id() + "/acknowledge").with(signedIn("partner-csc"))
			.header("If-Match", "\"" + sent.version() + "\""))
			.andExpect(status().isOk());

		mvc.perform(post("/api/v1/referrals/" + sent.id() + "/decline").with(signedIn("partner-csc"))
			.header("If-Match", "\"" + sent.version() + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"No capacity this week\"}"))
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://sightline.example/problems/changed-since-read"))
			.andExpect(jsonPath("$.detail", containsString("acknowledged")));
		assertThat(statusOf(sent.id())).isEqualTo("ACKNOWLEDGED");
	}

	@Test
	void an_if_match_that_is_not_a_version_is_refused_naming_the_header_and_changes_nothing() throws Exception {
		ReferralView sent = sent();
		mvc.perform(post("/api/v1/referrals/" + sent.id() + "/acknowledge").with(signedIn("partner-csc"))
			.header("If-Match", "\"yesterday\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("If-Match"));
		assertThat(statusOf(sent.id())).isEqualTo("SENT");
	}

	@Test
	void the_page_posts_the_version_it_showed_and_a_stale_one_is_refused_in_words_beside_the_form() throws Exception {
		ReferralView sent = sent();
		String page = mvc.perform(get("/partner/referrals/" + sent.id()).with(signedIn("partner-csc")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("name=\"version\" value=\"" + sent.version() + "\"");
		// meanwhile, by phone, police record the agency's acknowledgement
		as(ReferralIntegrationTests.RESPONDER,
				() -> referrals.acknowledge(ReferralIntegrationTests.RESPONDER, sent.id(), "Sam at the front door"));

		var refused = mvc.perform(post("/referrals/" + sent.id() + "/decline").with(signedIn("partner-csc")).with(csrf())
			.param("text", "No capacity")
			.param("version", String.valueOf(sent.version())))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(statusOf(sent.id())).isEqualTo("ACKNOWLEDGED");
		// the browser follows the redirect with its session cookie: the message waits in the session
		mvc.perform(get(refused.getResponse().getRedirectedUrl()).with(signedIn("partner-csc"))
			.cookie(SessionCookie.from(refused)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("Someone else changed this referral while you had it open")))
			.andExpect(content().string(containsString("No capacity")));
	}
}
