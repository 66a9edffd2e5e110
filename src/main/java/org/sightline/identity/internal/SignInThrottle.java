package org.sightline.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing: after too many wrong passwords for one account, or from one address,
 * within the window, sign-in (form or HTTP Basic) is refused for that account or address until the
 * lockout expires, without checking the password (so a guess costs nothing and proves nothing). A
 * right password clears the account's count. Counted in the database (identity.sign_in_throttle), so
 * every node counts every attempt: behind several nodes a guesser gets no more tries than behind one.
 * Each count is one statement on one row, which the database locks: attempts on two nodes at the same
 * moment are both counted.
 */
@Component
public class SignInThrottle {

	private final JdbcClient jdbc;
	private final int accountLimit;
	private final int addressLimit;
	private final Duration window;
	private final Duration lockout;
	private final Clock clock;

	@Autowired
	SignInThrottle(JdbcClient jdbc, IdentitySettings settings, Clock clock) {
		this(jdbc, settings.signIn().maxFailuresPerAccount(), settings.signIn().maxFailuresPerAddress(),
				settings.signIn().window(), settings.signIn().lockout(), clock);
	}

	SignInThrottle(JdbcClient jdbc, int accountLimit, int addressLimit, Duration window, Duration lockout, Clock clock) {
		this.jdbc = jdbc;
		this.accountLimit = accountLimit;
		this.addressLimit = addressLimit;
		this.window = window;
		this.lockout = lockout;
		this.clock = clock;
	}

	/** Until when sign-in is refused for this account or from this address, if it is now. */
	public Optional<Instant> lockedUntil(String username, String address) {
		List<String> keys = new ArrayList<>(List.of(account(username)));
		if (address != null) {
			keys.add(address(address));
		}
		return jdbc.sql("""
				select locked_until from identity.sign_in_throttle
				where throttle_key in (:keys) and locked_until > :now
				order by locked_until desc limit 1
				""")
			.param("keys", keys)
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	/** An account or an address refused sign-in until a time. */
	public record Lockout(boolean account, String name, Instant until) {
	}

	/** The lockouts in force now, on every node, the latest to end first. */
	public List<Lockout> lockouts() {
		return jdbc.sql("""
				select throttle_key, locked_until from identity.sign_in_throttle where locked_until > :now
				order by locked_until desc, throttle_key
				""")
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, n) -> {
				String key = rs.getString(1);
				return new Lockout(key.startsWith("account:"), key.substring(key.indexOf(':') + 1),
						rs.getTimestamp(2).toInstant());
			})
			.list();
	}

	/** A wrong password for the account from the address. Counted even if the caller's work rolls back. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username, String address) {
		Instant now = clock.instant();
		count(account(username), accountLimit, now);
		if (address != null) {
			count(address(address), addressLimit, now);
		}
		// rows whose failures and lockout are both over count for nothing
		jdbc.sql("delete from identity.sign_in_throttle where last_failed_at < :stale and coalesce(locked_until, last_failed_at) < :now")
			.param("stale", Timestamp.from(now.minus(window)))
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The right password: the account's count starts again (the address's does not). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username) {
		jdbc.sql("delete from identity.sign_in_throttle where throttle_key = :key").param("key", account(username)).update();
	}

	/**
	 * One more failure for the key: the failures within the window are kept; on reaching the limit the
	 * key is locked out and its count starts again. One statement, so the row lock orders two nodes.
	 */
	private void count(String key, int limit, Instant now) {
		jdbc.sql("""
				insert into identity.sign_in_throttle as t (throttle_key, failures, locked_until, last_failed_at)
				values (:key, case when 1 >= :limit then '{}'::timestamptz[] else array[cast(:now as timestamptz)] end,
				        case when 1 >= :limit then cast(:until as timestamptz) end, :now)
				on conflict (throttle_key) do update set (failures, locked_until) = (
				    select case when kept.n + 1 >= :limit then '{}'::timestamptz[] else kept.f || cast(:now as timestamptz) end,
				           case when kept.n + 1 >= :limit then cast(:until as timestamptz) else t.locked_until end
				    from (select count(*) as n, coalesce(array_agg(f order by f), '{}'::timestamptz[]) as f
				          from unnest(t.failures) f where f >= :since) kept),
				    last_failed_at = :now
				""")
			.param("key", key)
			.param("limit", limit)
			.param("now", Timestamp.from(now))
			.param("since", Timestamp.from(now.minus(window)))
			.param("until", Timestamp.from(now.plus(lockout)))
			.update();
	}

	private static String account(String username) {
		return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
	}

	private static String address(String address) {
		return "address:" + address;
	}
}
