package org.sightline.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after too many wrong passwords for one account, or from one address,
 * within the window, sign-in (form or HTTP Basic) is refused for that account or address until the
 * lockout expires, without checking the password (so a guess costs nothing and proves nothing). A
 * right password clears the account's count. Kept in memory: each node throttles what it sees.
 */
@Component
public class SignInThrottle {

	private final int accountLimit;
	private final int addressLimit;
	private final Duration window;
	private final Duration lockout;
	private final Clock clock;
	private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();

	@Autowired
	SignInThrottle(@Value("${sightline.sign-in.max-failures-per-account:5}") int accountLimit,
			@Value("${sightline.sign-in.max-failures-per-address:20}") int addressLimit,
			@Value("${sightline.sign-in.window:15m}") Duration window,
			@Value("${sightline.sign-in.lockout:15m}") Duration lockout, Clock clock) {
		this.accountLimit = accountLimit;
		this.addressLimit = addressLimit;
		this.window = window;
		this.lockout = lockout;
		this.clock = clock;
	}

	/** Until when sign-in is refused for this account or from this address, if it is now. */
	public Optional<Instant> lockedUntil(String username, String address) {
		Instant now = clock.instant();
		return java.util.stream.Stream.of(attempts.get(account(username)), attempts.get(address(address)))
			.filter(a -> a != null && a.lockedUntil != null && a.lockedUntil.isAfter(now))
			.map(a -> a.lockedUntil)
			.max(Instant::compareTo);
	}

	/** An account or an address refused sign-in until a time. */
	public record Lockout(boolean account, String name, Instant until) {
	}

	/** The lockouts in force now on this node, the latest to end first. */
	public java.util.List<Lockout> lockouts() {
		Instant now = clock.instant();
		return attempts.entrySet()
			.stream()
			.filter(e -> e.getValue().lockedUntil != null && e.getValue().lockedUntil.isAfter(now))
			.map(e -> new Lockout(e.getKey().startsWith("account:"), e.getKey().substring(e.getKey().indexOf(':') + 1),
					e.getValue().lockedUntil))
			.sorted(java.util.Comparator.comparing(Lockout::until).reversed())
			.toList();
	}

	/** A wrong password for the account from the address. */
	public void failed(String username, String address) {
		Instant now = clock.instant();
		count(account(username), accountLimit, now);
		if (address != null) {
			count(address(address), addressLimit, now);
		}
	}

	/** The right password: the account's count starts again (the address's does not). */
	public void succeeded(String username) {
		attempts.remove(account(username));
	}

	private void count(String key, int limit, Instant now) {
		attempts.compute(key, (k, a) -> {
			Attempts counted = a == null ? new Attempts() : a;
			while (!counted.failures.isEmpty() && counted.failures.peekFirst().isBefore(now.minus(window))) {
				counted.failures.pollFirst();
			}
			counted.failures.addLast(now);
			if (counted.failures.size() >= limit) {
				counted.lockedUntil = now.plus(lockout);
				counted.failures.clear();
			}
			return counted;
		});
	}

	private static String account(String username) {
		return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
	}

	private static String address(String address) {
		return "address:" + address;
	}

	private static final class Attempts {
		final Deque<Instant> failures = new ArrayDeque<>();
		Instant lockedUntil;
	}
}
