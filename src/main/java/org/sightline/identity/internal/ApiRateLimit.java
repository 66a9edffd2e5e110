package org.sightline.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A request rate per authenticated API client (HTTP Basic or token): a token bucket per account
 * that holds {@code burst} requests and refills at {@code per-second}. A client over its rate waits
 * (a {@code 429} with {@code Retry-After}); others are not slowed. Kept in memory: each node counts
 * what it serves, so behind a load balancer of n nodes a client may reach n times the rate. Off when
 * the rate is 0.
 */
@Component
class ApiRateLimit {

	private final double perSecond;
	private final double burst;
	private final Clock clock;
	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	@Autowired
	ApiRateLimit(IdentitySettings settings, Clock clock) {
		this(settings.api().rateLimit().perSecond(), settings.api().rateLimit().burst(), clock);
	}

	ApiRateLimit(double perSecond, int burst, Clock clock) {
		if (perSecond < 0 || burst < 0 || (perSecond > 0 && burst < 1)) {
			throw new IllegalStateException("sightline.api.rate-limit: per-second and burst must be 0 or more, "
					+ "and burst at least 1 when there is a rate");
		}
		this.perSecond = perSecond;
		this.burst = burst;
		this.clock = clock;
	}

	boolean on() {
		return perSecond > 0;
	}

	/** Takes one request from the client's bucket: empty, or how long until the next request is allowed. */
	Optional<Duration> take(String client) {
		if (!on()) {
			return Optional.empty();
		}
		long nowNanos = nanos();
		Duration[] wait = { null };
		buckets.compute(client, (name, bucket) -> {
			Bucket b = bucket == null ? new Bucket(burst, nowNanos) : bucket;
			b.tokens = Math.min(burst, b.tokens + (nowNanos - b.at) / 1e9 * perSecond);
			b.at = nowNanos;
			if (b.tokens >= 1) {
				b.tokens -= 1;
			}
			else {
				wait[0] = Duration.ofNanos((long) Math.ceil((1 - b.tokens) / perSecond * 1e9));
			}
			return b;
		});
		return Optional.ofNullable(wait[0]);
	}

	private long nanos() {
		var now = clock.instant();
		return now.getEpochSecond() * 1_000_000_000L + now.getNano();
	}

	private static final class Bucket {
		double tokens;
		long at;

		Bucket(double tokens, long at) {
			this.tokens = tokens;
			this.at = at;
		}
	}
}
