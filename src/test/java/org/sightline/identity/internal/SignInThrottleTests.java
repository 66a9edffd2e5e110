package org.sightline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.sightline.shared.MutableClock;
import org.sightline.shared.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Password guessing is slowed: an account is locked after five wrong passwords, and the lock expires. */
// its own application (and throttle): the accounts it locks stay usable by every other test
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sightline.test.context=sign-in-throttle")
@AutoConfigureMockMvc
@Import(TestClock.class)
class SignInThrottleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock applicationClock;

	@Test
	void five_wrong_passwords_lock_the_account_even_against_the_right_one_and_the_form_says_so() throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/sign-in").user("chief").password("guess-" + i)).andExpect(redirectedUrl("/sign-in?error"));
		}
		mvc.perform(formLogin("/sign-in").user("chief").password("demo-password"))
			.andExpect(redirectedUrl("/sign-in?error&locked"));
		mvc.perform(get("/api/v1/catalogues").with(httpBasic("chief", "demo-password"))).andExpect(status().isUnauthorized());
		assertThat(jdbc.sql("""
				select count(*) from audit.audit_entry where actor = 'chief' and reason = 'Failed sign-in'
				""").query(Long.class).single()).isGreaterThanOrEqualTo(7);
		// another account is not affected
		mvc.perform(formLogin("/sign-in").user("analyst").password("demo-password")).andExpect(redirectedUrl("/"));
		// fifteen minutes on, the right password opens the account again
		applicationClock.advance(Duration.ofMinutes(14));
		mvc.perform(formLogin("/sign-in").user("chief").password("demo-password"))
			.andExpect(redirectedUrl("/sign-in?error&locked"));
		applicationClock.advance(Duration.ofMinutes(1).plusSeconds(1));
		mvc.perform(formLogin("/sign-in").user("chief").password("demo-password")).andExpect(redirectedUrl("/"));
	}

	@Test
	void the_lockout_expires_and_a_right_password_starts_the_count_again() {
		MutableClock clock = MutableClock.at("2026-12-04T10:00:00Z");
		SignInThrottle throttle = new SignInThrottle(jdbc, 5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15), clock);
		for (int i = 0; i < 4; i++) {
			throttle.failed("ruth", "10.0.0.1");
		}
		throttle.succeeded("ruth");
		throttle.failed("ruth", "10.0.0.1");
		assertThat(throttle.lockedUntil("ruth", "10.0.0.2")).as("four, then the right password, then one").isEmpty();
		for (int i = 0; i < 4; i++) {
			throttle.failed("ruth", "10.0.0.1");
		}
		assertThat(throttle.lockedUntil("ruth", "10.0.0.2")).contains(clock.instant().plus(Duration.ofMinutes(15)));
		clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		assertThat(throttle.lockedUntil("ruth", "10.0.0.2")).as("after the lockout").isEmpty();
	}

	@Test
	void many_wrong_passwords_from_one_address_lock_that_address_for_every_account() {
		MutableClock clock = MutableClock.at("2026-12-04T10:00:00Z");
		SignInThrottle throttle = new SignInThrottle(jdbc, 5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15), clock);
		for (int i = 0; i < 20; i++) {
			throttle.failed("user" + i, "10.9.9.9");
		}
		assertThat(throttle.lockedUntil("someone-else", "10.9.9.9")).isPresent();
		assertThat(throttle.lockedUntil("someone-else", "10.1.1.1")).isEmpty();
	}

	@Test
	void wrong_passwords_given_to_two_nodes_are_counted_together_and_lock_on_both() {
		MutableClock clock = MutableClock.at("2026-12-04T10:00:00Z");
		SignInThrottle nodeA = new SignInThrottle(jdbc, 5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15), clock);
		SignInThrottle nodeB = new SignInThrottle(jdbc, 5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15), clock);
		for (int i = 0; i < 3; i++) {
			nodeA.failed("morgan-two-nodes", null);
		}
		nodeB.failed("morgan-two-nodes", null);
		assertThat(nodeA.lockedUntil("morgan-two-nodes", null)).as("four of five").isEmpty();
		nodeB.failed("morgan-two-nodes", null);
		assertThat(nodeA.lockedUntil("morgan-two-nodes", null)).contains(clock.instant().plus(Duration.ofMinutes(15)));
		assertThat(nodeB.lockedUntil("morgan-two-nodes", null)).contains(clock.instant().plus(Duration.ofMinutes(15)));
		assertThat(nodeB.lockouts()).anySatisfy(l -> assertThat(l.name()).isEqualTo("morgan-two-nodes"));
	}

	/**
	 * Any sequence of wrong passwords, minutes apart or at once: the shared count locks the account
	 * exactly when the fifth failure within 15 minutes arrives, for 15 minutes, as a count kept in
	 * one place by the plain rule would.
	 */
	@Test
	void the_shared_count_locks_exactly_when_the_rule_says_for_any_sequence_of_failures() {
		java.util.concurrent.atomic.AtomicInteger cases = new java.util.concurrent.atomic.AtomicInteger();
		org.quicktheories.QuickTheory.qt()
			.withExamples(60)
			.forAll(org.quicktheories.generators.SourceDSL.lists()
				.of(org.quicktheories.generators.SourceDSL.integers().between(0, 600))
				.ofSizeBetween(1, 12))
			.checkAssert(gapsInSeconds -> {
				String user = "property-" + cases.incrementAndGet() + "-" + java.util.UUID.randomUUID();
				MutableClock clock = MutableClock.at("2026-12-04T10:00:00Z");
				SignInThrottle throttle = new SignInThrottle(jdbc, 5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15), clock);
				java.util.ArrayDeque<java.time.Instant> recent = new java.util.ArrayDeque<>();
				java.time.Instant lockedUntil = null;
				for (int gap : gapsInSeconds) {
					clock.advance(Duration.ofSeconds(gap));
					java.time.Instant now = clock.instant();
					throttle.failed(user, null);
					while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(Duration.ofMinutes(15)))) {
						recent.pollFirst();
					}
					recent.addLast(now);
					if (recent.size() >= 5) {
						lockedUntil = now.plus(Duration.ofMinutes(15));
						recent.clear();
					}
					java.util.Optional<java.time.Instant> expected = lockedUntil != null && lockedUntil.isAfter(now)
							? java.util.Optional.of(lockedUntil) : java.util.Optional.empty();
					assertThat(throttle.lockedUntil(user, null)).as("after failures %s", gapsInSeconds).isEqualTo(expected);
				}
			});
	}

	@Test
	void failures_older_than_the_window_do_not_count() {
		MutableClock clock = MutableClock.at("2026-12-04T10:00:00Z");
		SignInThrottle throttle = new SignInThrottle(jdbc, 5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15), clock);
		for (int i = 0; i < 4; i++) {
			throttle.failed("sam", null);
		}
		clock.advance(Duration.ofMinutes(16));
		throttle.failed("sam", null);
		assertThat(throttle.lockedUntil("sam", null)).isEmpty();
	}

	@Test
	void the_administrator_sees_failed_sign_ins_with_their_addresses_and_the_lockouts_in_force() throws Exception {
		String guessed = "no-such-officer-" + System.nanoTime();
		for (int i = 0; i < 5; i++) {
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/sign-in")
				.param("username", guessed)
				.param("password", "guess-" + i)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.with(request -> {
					request.setRemoteAddr("203.0.113.77");
					return request;
				})).andExpect(redirectedUrl("/sign-in?error"));
		}

		String page = mvc.perform(get("/sign-in-attempts").with(signedIn("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
		assertThat(html.select("#lockouts").text()).contains("Account " + guessed);
		assertThat(html.select("#by-account").text()).contains(guessed + " 5");
		assertThat(html.select("#by-address").text()).contains("203.0.113.77");
		assertThat(html.select("#failures tbody tr").text()).contains(guessed, "203.0.113.77",
				"Wrong password or unknown account");

		mvc.perform(get("/sign-in-attempts").with(signedIn("supervisor"))).andExpect(status().isForbidden());
	}

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(String username) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(users.loadUserByUsername(username));
	}
}
