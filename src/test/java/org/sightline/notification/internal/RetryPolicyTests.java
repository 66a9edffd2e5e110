package org.sightline.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

public class RetryPolicyTests {

	static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
	static final RetryPolicy POLICY = new RetryPolicy(List.of(Duration.ofSeconds(30), Duration.ofMinutes(2),
			Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofHours(6)), 8);

	static Instant retryAt(int attempts) {
		return ((RetryPolicy.RetryAt) POLICY.afterFailedAttempt(attempts, NOW)).at();
	}

	@Test
	void the_wait_grows_after_each_failed_attempt() {
		assertThat(retryAt(1)).isEqualTo(NOW.plusSeconds(30));
		assertThat(retryAt(2)).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
		assertThat(retryAt(3)).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
		assertThat(retryAt(4)).isEqualTo(NOW.plus(Duration.ofHours(1)));
		assertThat(retryAt(5)).isEqualTo(NOW.plus(Duration.ofHours(6)));
	}

	@Test
	void the_wait_is_capped_at_the_last_delay() {
		assertThat(retryAt(6)).isEqualTo(NOW.plus(Duration.ofHours(6)));
		assertThat(retryAt(7)).isEqualTo(NOW.plus(Duration.ofHours(6)));
	}

	@Test
	void after_the_last_allowed_attempt_the_message_fails() {
		assertThat(POLICY.afterFailedAttempt(8, NOW)).isInstanceOfSatisfying(RetryPolicy.GiveUp.class,
				giveUp -> assertThat(giveUp.reason()).isEqualTo("8 of 8 attempts failed; no more attempts"));
	}

	@Test
	void the_decision_says_why_in_plain_words() {
		assertThat(POLICY.afterFailedAttempt(2, NOW)).isInstanceOfSatisfying(RetryPolicy.RetryAt.class,
				retry -> assertThat(retry.reason()).isEqualTo("attempt 2 of 8 failed; next attempt in 2 min"));
	}

	@Test
	void a_policy_without_delays_or_attempts_is_refused() {
		assertThatThrownBy(() -> new RetryPolicy(List.of(), 3)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RetryPolicy(List.of(Duration.ZERO), 3)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RetryPolicy(List.of(Duration.ofSeconds(1)), 0))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
