package org.sightline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.sightline.shared.MutableClock;
import org.sightline.shared.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Each API client has its own request rate: over it, a 429 problem says when to try again, and others are not slowed. */
// its own application (and buckets), with a small rate; every other test runs without one
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"sightline.test.context=api-rate-limit", "sightline.api.rate-limit.per-second=2",
		"sightline.api.rate-limit.burst=4" })
@AutoConfigureMockMvc
@Import(TestClock.class) // time stands still unless the test moves it: no refill while it counts
class ApiRateLimitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Test
	void a_client_over_its_rate_gets_a_429_problem_with_retry_after_then_gets_in_again_and_others_are_not_slowed()
			throws Exception {
		String body = mvc.perform(post(ApiTokenController.PATH).with(httpBasic("responder", "demo-password"))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("grant_type", "client_credentials")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String token = JsonPath.read(body, "$.access_token");
		int allowed = 0;
		int status = 200;
		while (status == 200 && allowed < 20) {
			status = mvc.perform(get("/api/v1/catalogues").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
				.andReturn()
				.getResponse()
				.getStatus();
			if (status == 200) {
				allowed++;
			}
		}
		// the token request took one of the four
		assertThat(allowed).as("requests before the limit").isEqualTo(3);
		mvc.perform(get("/api/v1/catalogues").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string(HttpHeaders.RETRY_AFTER, "1"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://sightline.example/problems/too-many-requests"))
			.andExpect(jsonPath("$.status").value(429));
		// another client has its own bucket
		mvc.perform(get("/api/v1/catalogues").with(httpBasic("handler", "demo-password"))).andExpect(status().isOk());
		clock.advance(Duration.ofMillis(500)); // one request's worth at 2 a second
		mvc.perform(get("/api/v1/catalogues").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/catalogues").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void the_bucket_holds_the_burst_and_refills_at_the_rate() {
		MutableClock clock = MutableClock.at("2026-12-04T10:00:00Z");
		ApiRateLimit limit = new ApiRateLimit(2, 3, clock);
		for (int i = 0; i < 3; i++) {
			assertThat(limit.take("cad")).as("request " + (i + 1) + " of the burst").isEmpty();
		}
		assertThat(limit.take("cad")).contains(Duration.ofMillis(500));
		assertThat(limit.take("other")).as("another client").isEmpty();
		clock.advance(Duration.ofMillis(500));
		assertThat(limit.take("cad")).as("half a second later, one more").isEmpty();
		assertThat(limit.take("cad")).isPresent();
		clock.advance(Duration.ofSeconds(60));
		for (int i = 0; i < 3; i++) {
			assertThat(limit.take("cad")).as("a long wait refills the burst, no more").isEmpty();
		}
		assertThat(limit.take("cad")).isPresent();
	}

	@Test
	void a_rate_of_zero_is_no_limit() {
		ApiRateLimit off = new ApiRateLimit(0, 0, MutableClock.at("2026-12-04T10:00:00Z"));
		for (int i = 0; i < 1_000; i++) {
			assertThat(off.take("cad")).isEmpty();
		}
	}
}
