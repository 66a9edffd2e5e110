package org.sightline.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditEntry;
import org.sightline.audit.AuditSearch;
import org.sightline.audit.AuditTrail;
import org.sightline.shared.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;

/**
 * Failed sign-ins as an administrator needs to see them: which accounts are being guessed, from
 * which addresses, and what is locked out now. Read from the audit log (where every failed sign-in
 * is written, with the address it came from) and from the throttle.
 */
@Service
public class SignInAttempts {

	static final String RECORD = "sign-in";

	/** How far back the page looks. */
	static final Duration PERIOD = Duration.ofDays(7);

	/** The most failures read (the newest); the counts say when there were more. */
	static final int MOST = 1_000;

	private static final Pattern DETAIL = Pattern.compile("^(.*?)(?:, from (\\S+))?$");

	private final AuditTrail audit;
	private final SignInThrottle throttle;
	private final Clock clock;

	SignInAttempts(AuditTrail audit, SignInThrottle throttle, Clock clock) {
		this.audit = audit;
		this.throttle = throttle;
		this.clock = clock;
	}

	/** What the audit log keeps about a failed sign-in: why, in words, and the address it came from. */
	static String detail(AuthenticationException why, String address) {
		String words = why instanceof LockedException ? "Refused: too many failed attempts"
				: why instanceof DisabledException ? "Refused: the account is switched off"
						: why instanceof org.springframework.security.authentication.BadCredentialsException
								? "Wrong password or unknown account" : "Refused";
		return detail(words, address);
	}

	/** The detail in the form {@link #report} reads back: why, then the address when there is one. */
	static String detail(String why, String address) {
		return address == null ? why : why + ", from " + address;
	}

	record Failure(Instant at, String account, String address, String why) {
	}

	record Tally(String name, long failures) {
	}

	record Report(Instant since, List<Failure> failures, boolean more, List<Tally> byAccount, List<Tally> byAddress,
			List<SignInThrottle.Lockout> lockouts) {
	}

	@PreAuthorize("hasRole('ADMIN')")
	Report report(Actor admin) {
		Instant since = clock.instant().minus(PERIOD);
		AuditTrail.AuditPage page = audit.search(admin, new AuditSearch(Optional.empty(), Optional.of(AuditAction.REFUSAL),
				Optional.of(SecurityEventsAudit.SUBJECT), Optional.of(RECORD), List.of(), Optional.of(since),
				Optional.empty()), 1, MOST);
		List<Failure> failures = page.entries().stream().map(SignInAttempts::failure).toList();
		return new Report(since, failures, page.total() > failures.size(), tally(failures, Failure::account),
				tally(failures, Failure::address), throttle.lockouts());
	}

	private static Failure failure(AuditEntry entry) {
		Matcher m = DETAIL.matcher(entry.detail() == null ? "" : entry.detail());
		m.matches();
		return new Failure(entry.occurredAt(), entry.actor(), m.group(2), m.group(1));
	}

	/** The ten names with most failures, most first. */
	private static List<Tally> tally(List<Failure> failures, Function<Failure, String> by) {
		Map<String, Long> counts = failures.stream()
			.filter(f -> by.apply(f) != null)
			.collect(Collectors.groupingBy(by, LinkedHashMap::new, Collectors.counting()));
		return counts.entrySet()
			.stream()
			.map(e -> new Tally(e.getKey(), e.getValue()))
			.sorted(Comparator.comparingLong(Tally::failures).reversed().thenComparing(Tally::name))
			.limit(10)
			.toList();
	}
}
