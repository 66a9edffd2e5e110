package org.sightline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.encounter.EncounterFixtures;
import org.sightline.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Machine clients swap their secret for a short-lived token once, then call the API with it: the
 * token carries the client's account (its roles, its name in the audit log), costs no password
 * hash per request, and is refused when expired, altered or signed by another key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sightline.test.context=api-tokens")
@AutoConfigureMockMvc
@Import(ApiTokenTests.CountingPasswordChecks.class)
class ApiTokenTests {

	static final String CLIENT = "cad-gateway";
	static final String SECRET = "a-long-random-client-secret-for-tests";

	/** Counts every password check the application makes. */
	@TestConfiguration
	static class CountingPasswordChecks {
		static final AtomicInteger MATCHES = new AtomicInteger();

		@Bean
		static BeanPostProcessor countPasswordChecks() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!(bean instanceof PasswordEncoder encoder)) {
						return bean;
					}
					return new PasswordEncoder() {
						@Override
						public String encode(CharSequence raw) {
							return encoder.encode(raw);
						}

						@Override
						public boolean matches(CharSequence raw, String encoded) {
							MATCHES.incrementAndGet();
							return encoder.matches(raw, encoded);
						}

						@Override
						public boolean upgradeEncoding(String encoded) {
							return encoder.upgradeEncoding(encoded);
						}
					};
				}
			};
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	ApiTokens tokens;

	/** A command-and-control system: an account with the call handler's role. */
	@BeforeEach
	void clientAccount() {
		saveClient(true);
	}

	void saveClient(boolean enabled) {
		accounts.save(new Account(CLIENT, "Command and control gateway", passwords.encode(SECRET),
				EnumSet.of(Role.CALL_HANDLER), Optional.empty(), false, enabled));
	}

	String token() throws Exception {
		String body = mvc.perform(post(ApiTokenController.PATH).with(httpBasic(CLIENT, SECRET))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("grant_type", "client_credentials")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.access_token");
	}

	/** Records the contract's example encounter with the token; the answer's body. */
	String recordEncounter(String token) throws Exception {
		return mvc
			.perform(bearer(post("/api/v1/encounters"), token).contentType(MediaType.APPLICATION_JSON)
				.content(EncounterFixtures.CONTRACT_EXAMPLE_JSON))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
	}

	@Test
	void a_client_gets_a_short_lived_bearer_token_for_its_secret_by_http_basic_or_in_the_form() throws Exception {
		mvc.perform(post(ApiTokenController.PATH).with(httpBasic(CLIENT, SECRET))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("grant_type", "client_credentials"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.token_type").value("Bearer"))
			.andExpect(jsonPath("$.expires_in").value(600))
			.andExpect(jsonPath("$.access_token", startsWith("ey")))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"));
		mvc.perform(post(ApiTokenController.PATH).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("grant_type", "client_credentials")
			.param("client_id", CLIENT)
			.param("client_secret", SECRET)).andExpect(status().isOk()).andExpect(jsonPath("$.token_type").value("Bearer"));
		assertThat(jdbc.sql("select count(*) from audit.audit_entry where actor = :actor and reason = 'API token issued'")
			.param("actor", CLIENT)
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void a_wrong_secret_gets_no_token_but_a_problem_and_is_audited_as_a_failed_sign_in() throws Exception {
		long before = failedSignIns(CLIENT);
		mvc.perform(post(ApiTokenController.PATH).with(httpBasic(CLIENT, "wrong-secret"))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("grant_type", "client_credentials"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.access_token").doesNotExist());
		mvc.perform(post(ApiTokenController.PATH).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("grant_type", "client_credentials")
			.param("client_id", CLIENT)
			.param("client_secret", "wrong-secret"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.access_token").doesNotExist());
		assertThat(failedSignIns(CLIENT)).isEqualTo(before + 2);
		// the right secret clears the count, so the other tests' client is not locked out
		token();
	}

	@Test
	void only_the_client_credentials_grant_is_given() throws Exception {
		mvc.perform(post(ApiTokenController.PATH).with(httpBasic(CLIENT, SECRET))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("grant_type", "password"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.error").value("unsupported_grant_type"));
	}

	@Test
	void a_token_opens_the_api_with_the_clients_roles_and_is_refused_what_its_role_lacks() throws Exception {
		String token = token();
		mvc.perform(bearer(get("/api/v1/catalogues"), token)).andExpect(status().isOk());
		String recorded = recordEncounter(token);
		// the record-level rules see the client as the one who recorded it
		mvc.perform(bearer(get("/api/v1/encounters/" + JsonPath.read(recorded, "$.id")), token)).andExpect(status().isOk());
		mvc.perform(bearer(get("/api/v1/demand"), token))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void what_a_client_does_with_a_token_is_audited_in_the_clients_name() throws Exception {
		String token = token();
		String recorded = recordEncounter(token);
		String id = JsonPath.read(recorded, "$.id");
		assertThat(jdbc.sql("select distinct actor from audit.audit_entry where subject_id = :id")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly(CLIENT);
		long refusals = jdbc.sql("select count(*) from audit.audit_entry where actor = :actor and action = 'REFUSAL'")
			.param("actor", CLIENT)
			.query(Long.class)
			.single();
		mvc.perform(bearer(get("/api/v1/demand"), token)).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from audit.audit_entry where actor = :actor and action = 'REFUSAL'")
			.param("actor", CLIENT)
			.query(Long.class)
			.single()).as("the refusal, in the client's name").isEqualTo(refusals + 1);
	}

	@Test
	void no_password_is_checked_on_a_request_with_a_token() throws Exception {
		String token = token();
		CountingPasswordChecks.MATCHES.set(0);
		for (int i = 0; i < 20; i++) {
			mvc.perform(bearer(get("/api/v1/catalogues"), token)).andExpect(status().isOk());
		}
		assertThat(CountingPasswordChecks.MATCHES.get()).as("password checks for 20 requests with a token").isZero();
		mvc.perform(get("/api/v1/catalogues").with(httpBasic(CLIENT, SECRET))).andExpect(status().isOk());
		assertThat(CountingPasswordChecks.MATCHES.get()).as("HTTP Basic still checks the password").isEqualTo(1);
	}

	@Test
	void an_expired_token_is_a_401_problem_with_a_bearer_challenge() throws Exception {
		String expired = tokens.issue(CLIENT, Instant.now().minus(Duration.ofHours(1))).value();
		refusedAsInvalid(expired);
	}

	@Test
	void an_altered_token_or_one_signed_by_another_key_is_a_401_problem_with_a_bearer_challenge() throws Exception {
		String token = token();
		String[] parts = token.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
			.replace("\"sub\":\"" + CLIENT + "\"", "\"sub\":\"admin\"");
		assertThat(payload).contains("\"sub\":\"admin\"");
		String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
				+ "." + parts[2];
		refusedAsInvalid(altered);
		ApiTokens otherKey = new ApiTokens("", Duration.ofMinutes(10), "sightline", Clock.systemUTC());
		refusedAsInvalid(otherKey.issue(CLIENT).value());
		refusedAsInvalid("not-a-token");
		assertThat(jdbc.sql("select count(*) from audit.audit_entry where actor = '(access token)' and reason = 'Failed sign-in'")
			.query(Long.class)
			.single()).as("refused tokens in the audit log, without the token").isGreaterThanOrEqualTo(3);
	}

	@Test
	void a_token_stops_working_when_its_client_is_switched_off() throws Exception {
		String token = token();
		saveClient(false);
		try {
			refusedAsInvalid(token);
		}
		finally {
			saveClient(true);
		}
		mvc.perform(bearer(get("/api/v1/catalogues"), token)).andExpect(status().isOk());
	}

	@Test
	void a_token_cannot_be_swapped_for_a_new_one() throws Exception {
		mvc.perform(bearer(post(ApiTokenController.PATH), token()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("grant_type", "client_credentials"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.access_token").doesNotExist());
	}

	@Test
	void http_basic_keeps_working_and_no_credentials_is_a_problem_naming_both_ways_in() throws Exception {
		mvc.perform(get("/api/v1/catalogues").with(httpBasic("handler", "demo-password"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/catalogues"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().stringValues(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Sightline\"",
					"Bearer realm=\"Sightline\""));
	}

	void refusedAsInvalid(String token) throws Exception {
		mvc.perform(bearer(get("/api/v1/catalogues"), token))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("error=\"invalid_token\"")));
	}

	long failedSignIns(String actor) {
		return jdbc.sql("select count(*) from audit.audit_entry where actor = :actor and reason = 'Failed sign-in'")
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Test
	void over_real_http_a_client_gets_a_token_with_the_standard_form_request_and_uses_it() throws Exception {
		// as curl -u client:secret -d grant_type=client_credentials sends it: a form body (RFC 6749 §4.4.2).
		// MockMvc sends no body for .param(), so only a real request showed the API's JSON-only rule refusing it
		var http = java.net.http.HttpClient.newHttpClient();
		var tokenResponse = http.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + ApiTokenController.PATH))
			.header(HttpHeaders.AUTHORIZATION, "Basic " + java.util.Base64.getEncoder()
				.encodeToString((CLIENT + ":" + SECRET).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_FORM_URLENCODED_VALUE)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(tokenResponse.statusCode()).as(tokenResponse.body()).isEqualTo(200);
		String token = JsonPath.read(tokenResponse.body(), "$.access_token");

		var catalogues = http.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/catalogues"))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(catalogues.statusCode()).isEqualTo(200);

		// any other API body that is not JSON is still refused
		var yaml = http.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/routing/preview"))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_FORM_URLENCODED_VALUE)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("situation=MISSING_PERSON"))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(yaml.statusCode()).isEqualTo(415);
	}
}
