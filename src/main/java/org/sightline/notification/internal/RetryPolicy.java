package org.sightline.notification.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When a message whose attempt failed is tried again: after the first failure the first delay, after
 * the second the second, and so on, the last delay repeating (exponential back-off, capped); after
 * the last allowed attempt, never. Delays and the number of attempts are configuration.
 */
public final class RetryPolicy {

	private final List<Duration> delays;
	private final int maxAttempts;

	RetryPolicy(List<Duration> delays, int maxAttempts) {
		if (delays.isEmpty() || delays.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
			throw new IllegalArgumentException("retry delays must be positive and at least one: " + delays);
		}
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("max attempts must be at least 1: " + maxAttempts);
		}
		this.delays = List.copyOf(delays);
		this.maxAttempts = maxAttempts;
	}

	sealed interface Decision {
	}

	record RetryAt(Instant at, String reason) implements Decision {
	}

	record GiveUp(String reason) implements Decision {
	}

	/** The decision after attempt number {@code attempts} (1 for the first) failed at {@code now}. */
	Decision afterFailedAttempt(int attempts, Instant now) {
		if (attempts >= maxAttempts) {
			return new GiveUp(attempts + " of " + maxAttempts + " attempts failed; no more attempts");
		}
		Duration delay = delays.get(Math.min(attempts, delays.size()) - 1);
		return new RetryAt(now.plus(delay),
				"attempt " + attempts + " of " + maxAttempts + " failed; next attempt in " + readable(delay));
	}

	private static String readable(Duration d) {
		if (d.toSeconds() < 120) {
			return d.toSeconds() + " s";
		}
		if (d.toMinutes() < 120) {
			return d.toMinutes() + " min";
		}
		return d.toHours() + " h";
	}
}
