package org.sightline.identity.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.browser.BrowserSupport;
import org.sightline.identity.StaffDirectory;
import org.sightline.identity.StaffTeams;
import org.sightline.shared.Actor;
import org.sightline.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against a real OpenID provider (Spring Authorization Server) started inside the
 * test on its own port, in its own small Spring context: it knows Casey and Sam, whose ID tokens carry
 * the Entra-style app role {@code Sightline.CallHandler}, and Robin, whose roles Sightline does not map.
 * Sightline is reached at 127.0.0.1 and the provider at localhost, as two sites: their cookies stay
 * apart, and the provider accepts a loopback redirect on any port (RFC 8252).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"sightline.sso.enabled=true", "sightline.sso.button-label=Sign in with Northshire Police account",
		"sightline.sso.role-mapping[Sightline.CallHandler]=CALL_HANDLER",
		"spring.security.oauth2.client.registration.northshire.client-id=sightline",
		"spring.security.oauth2.client.registration.northshire.client-secret=" + SingleSignOnBrowserTests.SECRET,
		"spring.security.oauth2.client.registration.northshire.scope=openid,profile",
		"spring.security.oauth2.client.registration.northshire.client-name=Northshire Police" })
class SingleSignOnBrowserTests {

	static final String SECRET = "sightline-test-secret";

	/** Started before Sightline: Sightline reads the provider's discovery document when it starts. */
	static final ConfigurableApplicationContext PROVIDER = IdentityProvider.start();

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAuditNames auditNames;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffTeams teams;

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.client.provider.northshire.issuer-uri", SingleSignOnBrowserTests::issuer);
	}

	static String issuer() {
		return "http://localhost:" + PROVIDER.getEnvironment().getProperty("local.server.port");
	}

	@BeforeAll
	static void startBrowser() {
		playwright = BrowserSupport.playwright();
		browser = BrowserSupport.chromium(playwright);
	}

	@AfterAll
	static void stop() {
		if (playwright != null) {
			playwright.close();
		}
		PROVIDER.close();
	}

	String base() {
		return "http://127.0.0.1:" + port;
	}

	@Test
	void a_person_the_provider_vouches_for_signs_in_with_the_roles_the_force_mapped() {
		try (var context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate(base() + "/sign-in");
			BrowserSupport.assertWellMade(page);

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with Northshire Police account"))
				.click();
			assertThat(page.url()).as("the provider's own sign-in page").startsWith(issuer() + "/login");
			providerSignIn(page, "casey");

			page.waitForURL(base() + "/");
			assertThat(page.locator(".sl-account-bar")).containsText("Signed in as Casey Jordan");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record an encounter").setExact(true)))
				.isVisible();
			BrowserSupport.assertWellMade(page);

			var form = page.navigate(base() + "/encounters/new");
			assertThat(form.status()).as("a call handler records encounters").isEqualTo(200);
			var audit = page.navigate(base() + "/audit");
			assertThat(audit.status()).as("a call handler does not read the audit log").isEqualTo(403);
		}
		assertThat(audited("casey.jordan", "ACCESS", "Signed in")).as("the sign-in, under the username from the claim")
			.isEqualTo(1);
		assertThat(audited("casey.jordan", "REFUSAL", "Refused by role")).as("the audit log refused").isEqualTo(1);
		assertThat(auditNames.names(UserAuditNames.USERS, List.of("casey.jordan")))
			.as("the audit log names them as it names local accounts")
			.containsEntry("casey.jordan", "Casey Jordan");
	}

	@Test
	void a_person_whose_claims_map_to_no_sightline_role_is_refused_in_plain_words_and_the_refusal_audited() {
		try (var context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate(base() + "/sign-in");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with Northshire Police account"))
				.click();
			providerSignIn(page, "robin");

			page.waitForURL(base() + "/sign-in?error&no-role");
			assertThat(page.getByRole(AriaRole.ALERT))
				.containsText("Your account is not set up for Sightline. Ask your system administrator.");
			assertThat(page.getByText("Enter a correct username and password")).hasCount(0);
			BrowserSupport.assertWellMade(page);

			page.navigate(base() + "/encounters/new");
			assertThat(page.url()).as("not signed in").isEqualTo(base() + "/sign-in");
		}
		assertThat(audited("robin.ellis", "REFUSAL", "Refused single sign-on: not set up for Sightline")).isEqualTo(1);
		assertThat(jdbc.sql("select detail from audit.audit_entry where actor = 'robin.ellis' and action = 'REFUSAL'")
			.query(String.class)
			.single()).as("why, and the address, as the failed sign-ins page reads them")
			.isEqualTo("Single sign-on: No Sightline role in claim roles [Mail.Reader], from 127.0.0.1");
		assertThat(audited("robin.ellis", "ACCESS", "Signed in")).isZero();
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN") // putting people in teams is for administrators and trainers
	void a_person_known_only_through_single_sign_on_is_staff_who_can_be_put_in_a_team() {
		try (var context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate(base() + "/sign-in");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with Northshire Police account"))
				.click();
			providerSignIn(page, "sam");
			page.waitForURL(base() + "/");
		}

		assertThat(directory.find("sam.okafor")).as("in the staff directory, with the roles of the last sign-in")
			.hasValueSatisfying(sam -> {
				assertThat(sam.displayName()).isEqualTo("Sam Okafor");
				assertThat(sam.roles()).containsExactly(Role.CALL_HANDLER);
			});
		assertThat(directory.staff()).extracting(Actor::username).contains("sam.okafor", "handler");
		assertThat(directory.find("robin.ellis")).as("refused at sign-in: no role, so not staff").isEmpty();

		Actor admin = directory.find("admin").orElseThrow();
		teams.assign(admin, "sam.okafor", "control-room-b");
		assertThat(teams.teamOf("sam.okafor")).contains("control-room-b");
		assertThat(teams.membersOf("control-room-b")).extracting(StaffTeams.Member::username).containsExactly("sam.okafor");
		assertThat(teams.staffOf("control-room-b")).singleElement()
			.satisfies(member -> assertThat(member.roles()).containsExactly(Role.CALL_HANDLER));
	}

	@Test
	void local_accounts_still_sign_in_beside_single_sign_on() {
		try (var context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate(base() + "/sign-in");
			page.getByLabel("Username").fill("handler");
			page.getByLabel("Password").fill("demo-password");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();

			page.waitForURL(base() + "/");
			assertThat(page.locator(".sl-account-bar")).containsText("Signed in as");
			assertThat(page.navigate(base() + "/encounters/new").status()).isEqualTo(200);
		}
	}

	@Test
	void a_reply_from_the_provider_that_sightline_did_not_ask_for_signs_nobody_in_and_is_audited() {
		long before = jdbc.sql("select count(*) from audit.audit_entry where reason = 'Failed single sign-on'")
			.query(Long.class)
			.single();
		try (var context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate(base() + "/login/oauth2/code/northshire?code=forged&state=forged");

			assertThat(page.url()).isEqualTo(base() + "/sign-in?error&sso-failed");
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("Signing in with your force account did not work.");
			page.navigate(base() + "/encounters/new");
			assertThat(page.url()).as("not signed in").isEqualTo(base() + "/sign-in");
		}
		assertThat(jdbc.sql("select count(*) from audit.audit_entry where reason = 'Failed single sign-on'")
			.query(Long.class)
			.single()).isEqualTo(before + 1);
	}

	/** The provider's form (Spring Security's generated sign-in page). */
	static void providerSignIn(Page page, String username) {
		page.getByLabel("Username").fill(username);
		page.getByLabel("Password").fill("provider-password");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
	}

	long audited(String actor, String action, String reason) {
		return jdbc.sql("select count(*) from audit.audit_entry where actor = :actor and action = :action and reason = :reason")
			.param("actor", actor)
			.param("action", action)
			.param("reason", reason)
			.query(Long.class)
			.single();
	}

	/**
	 * A small OpenID provider: Spring Authorization Server with Boot's defaults, one client
	 * (Sightline) and two people. Not a Spring component (Sightline's scan must never find it);
	 * its own configuration name keeps the test's application.properties (and its database) out.
	 */
	@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
			SecurityFilterAutoConfiguration.class, OAuth2AuthorizationServerAutoConfiguration.class,
			OAuth2AuthorizationServerJwtAutoConfiguration.class })
	static class IdentityProvider {

		static ConfigurableApplicationContext start() {
			String client = "--spring.security.oauth2.authorizationserver.client.sightline.registration.";
			return new SpringApplicationBuilder(IdentityProvider.class).web(WebApplicationType.SERVLET)
				.run("--spring.config.name=sightline-test-identity-provider", "--server.port=0",
						"--spring.main.banner-mode=off", "--server.servlet.session.cookie.name=PROVIDER_SESSION",
						client + "client-id=sightline", client + "client-secret={noop}" + SECRET,
						client + "client-authentication-methods=client_secret_basic",
						client + "authorization-grant-types=authorization_code",
						client + "redirect-uris=http://127.0.0.1/login/oauth2/code/northshire",
						client + "scopes=openid,profile");
		}

		@Bean
		UserDetailsService people() {
			return new InMemoryUserDetailsManager(
					User.withUsername("casey").password("{noop}provider-password").roles("USER").build(),
					User.withUsername("robin").password("{noop}provider-password").roles("USER").build(),
					User.withUsername("sam").password("{noop}provider-password").roles("USER").build());
		}

		/** What an Entra ID tenant puts in the ID token: a username, a name and the app roles assigned. */
		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
			return context -> {
				if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					return;
				}
				if (context.getPrincipal().getName().equals("casey")) {
					context.getClaims()
						.claim("preferred_username", "casey.jordan")
						.claim("name", "Casey Jordan")
						.claim("roles", List.of("Sightline.CallHandler", "Mail.Reader"));
				}
				else if (context.getPrincipal().getName().equals("sam")) {
					context.getClaims()
						.claim("preferred_username", "sam.okafor")
						.claim("name", "Sam Okafor")
						.claim("roles", List.of("Sightline.CallHandler"));
				}
				else {
					context.getClaims()
						.claim("preferred_username", "robin.ellis")
						.claim("name", "Robin Ellis")
						.claim("roles", List.of("Mail.Reader"));
				}
			};
		}
	}
}
