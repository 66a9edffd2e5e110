package org.sightline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.sightline.SessionCookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Environment environment;

	@Test
	void every_role_has_a_demo_account_with_a_hashed_password() {
		assertThat(DemoAccounts.ALL).extracting(DemoAccounts.DemoAccount::username)
			.containsExactly("handler", "responder", "supervisor", "hub", "analyst", "chief", "admin", "admin2", "trainer",
					"wellbeing", "partner-csc", "partner-asc", "partner-mh");
		for (var demo : DemoAccounts.ALL) {
			Account account = accounts.findByUsername(demo.username()).orElseThrow();
			assertThat(account.passwordHash()).startsWith("{bcrypt}$2").doesNotContain("demo-password");
			assertThat(account.roles()).containsExactly(demo.role());
		}
		assertThat(accounts.findByUsername("partner-csc").orElseThrow().agencyCode()).contains("CHILDRENS_SOCIAL_CARE");
		assertThat(accounts.findByUsername("partner-asc").orElseThrow().agencyCode()).contains("ADULT_SOCIAL_CARE");
		assertThat(accounts.findByUsername("partner-mh").orElseThrow().agencyCode()).contains("MENTAL_HEALTH_SERVICE");
	}

	@Test
	void a_page_asks_a_stranger_to_sign_in() throws Exception {
		mvc.perform(get("/encounters/new")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void the_sign_in_page_uses_govuk_patterns() throws Exception {
		mvc.perform(get("/sign-in"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-input")))
			.andExpect(content().string(containsString("autocomplete=\"current-password\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void a_wrong_password_shows_the_error_summary() throws Exception {
		mvc.perform(formLogin("/sign-in").user("responder").password("guess"))
			.andExpect(redirectedUrl("/sign-in?error"));
		mvc.perform(get("/sign-in?error"))
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("Enter a correct username and password")));
	}

	@Test
	void sign_ins_sign_outs_failed_sign_ins_and_refusals_by_role_are_audited() throws Exception {
		long failedBefore = audited("ruth-nobody", "REFUSAL");
		mvc.perform(formLogin("/sign-in").user("ruth-nobody").password("guess"));
		assertThat(audited("ruth-nobody", "REFUSAL")).isEqualTo(failedBefore + 1);
		mvc.perform(get("/api/v1/catalogues").with(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestPostProcessors.httpBasic("ruth-nobody", "guess"))).andExpect(status().isUnauthorized());
		assertThat(audited("ruth-nobody", "REFUSAL")).as("a failed HTTP Basic sign-in too").isEqualTo(failedBefore + 2);

		long accessBefore = audited("analyst", "ACCESS");
		long refusedBefore = audited("analyst", "REFUSAL");
		var session = SessionCookie.from(mvc.perform(formLogin("/sign-in").user("analyst").password("demo-password"))
			.andReturn());
		mvc.perform(get("/encounters/new").cookie(session)).andExpect(status().isForbidden());
		mvc.perform(post("/sign-out").with(csrf()).cookie(session));
		assertThat(audited("analyst", "ACCESS")).as("signed in and out").isEqualTo(accessBefore + 2);
		assertThat(audited("analyst", "REFUSAL")).as("refused by role").isEqualTo(refusedBefore + 1);
	}

	long audited(String actor, String action) {
		return jdbc.sql("select count(*) from audit.audit_entry where actor = :actor and action = :action")
			.param("actor", actor).param("action", action).query(Long.class).single();
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void signing_in_and_out_starts_and_ends_the_session() throws Exception {
		var session = SessionCookie.from(mvc.perform(formLogin("/sign-in").user("responder").password("demo-password"))
			.andExpect(redirectedUrl("/"))
			.andReturn());
		mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("PC Ravi Rao")));

		mvc.perform(post("/sign-out").with(csrf()).cookie(session)).andExpect(redirectedUrl("/sign-in?signed-out"));
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/sign-in"));
	}

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void without_single_sign_on_the_sign_in_page_offers_local_accounts_only_and_no_openid_endpoint_answers()
			throws Exception {
		mvc.perform(get("/sign-in")).andExpect(content().string(org.hamcrest.Matchers.not(containsString("/oauth2/"))));
		mvc.perform(get("/oauth2/authorization/northshire")).andExpect(redirectedUrl("/sign-in"));
		// the test classpath carries an OpenID provider (for SingleSignOnBrowserTests): it stays switched off here
		mvc.perform(get("/.well-known/openid-configuration")).andExpect(redirectedUrl("/sign-in"));
		assertThat(context.getBeanProvider(org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository.class)
			.getIfAvailable()).isNull();
		assertThat(context.getBeanNamesForType(com.nimbusds.jose.jwk.source.JWKSource.class)).as("no signing key").isEmpty();
		assertThat(context.getBeanProvider(org.springframework.security.oauth2.client.registration.ClientRegistrationRepository.class)
			.getIfAvailable()).isNull();
	}

	@Test
	void sessions_time_out_after_30_minutes_without_activity() {
		assertThat(environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
	}
}
