package org.sightline.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * The identity module's settings under {@code sightline}: API tokens, the API's rate limit, the
 * sign-in throttle and the demo accounts' password, each default written here once. Checked at
 * start-up: a value that cannot work stops the start, naming the setting. Single sign-on has its own
 * record, {@link SingleSignOnSettings}.
 *
 * @param tokens the API's access tokens
 * @param api the API's rate limit per client
 * @param signIn the sign-in throttle against password guessing
 * @param demoPassword the password of every demo account (demo mode only)
 * @param apiDocs who may read the API's description
 */
@ConfigurationProperties("sightline")
public record IdentitySettings(@DefaultValue Tokens tokens, @DefaultValue Api api, @DefaultValue SignIn signIn,
		@DefaultValue("demo-password") String demoPassword, @DefaultValue ApiDocs apiDocs) {

	/**
	 * @param signingKey the RSA private key (PEM) that signs tokens, or {@code file:} and its path;
	 *        empty: a key generated at each start, so tokens do not survive a restart or work across nodes
	 * @param lifetime how long a token is accepted, more than 0 and at most 24h
	 * @param issuer the {@code iss} of the tokens
	 */
	public record Tokens(@DefaultValue("") String signingKey, @DefaultValue("10m") Duration lifetime,
			@DefaultValue("sightline") String issuer) {

		public Tokens {
			signingKey = signingKey == null ? "" : signingKey;
			if (lifetime == null || lifetime.isNegative() || lifetime.isZero()
					|| lifetime.compareTo(Duration.ofHours(24)) > 0) {
				throw new IllegalArgumentException(
						"sightline.tokens.lifetime is " + lifetime + ": it must be more than 0 and at most 24h");
			}
			if (issuer == null || issuer.isBlank()) {
				throw new IllegalArgumentException("sightline.tokens.issuer is empty: set it or leave it out");
			}
		}
	}

	/**
	 * @param isPublic anyone may read the API's description ({@code /v3/api-docs}, Swagger UI) without
	 *        signing in; off by default, because it tells an attacker what to try
	 */
	public record ApiDocs(@DefaultValue("false") @Name("public") boolean isPublic) {
	}

	/** @param rateLimit the requests a client may make */
	public record Api(@DefaultValue RateLimit rateLimit) {
	}

	/**
	 * @param perSecond requests a second each client may make on average; 0: no limit
	 * @param burst requests a client may make at once before it is held to the rate
	 */
	public record RateLimit(@DefaultValue("50") double perSecond, @DefaultValue("100") int burst) {

		public RateLimit {
			if (perSecond < 0) {
				throw new IllegalArgumentException(
						"sightline.api.rate-limit.per-second is " + perSecond + ": it must be 0 (no limit) or more");
			}
			if (burst < 0 || (perSecond > 0 && burst < 1)) {
				throw new IllegalArgumentException("sightline.api.rate-limit.burst is " + burst
						+ ": it must be at least 1 when there is a rate");
			}
		}
	}

	/**
	 * @param maxFailuresPerAccount failed sign-ins to one account within the window that lock it
	 * @param maxFailuresPerAddress failed sign-ins from one address within the window that lock it out
	 * @param window how far back failures are counted
	 * @param lockout how long a locked account or address is refused
	 */
	public record SignIn(@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("20") int maxFailuresPerAddress,
			@DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockout) {

		public SignIn {
			atLeastOne("sightline.sign-in.max-failures-per-account", maxFailuresPerAccount);
			atLeastOne("sightline.sign-in.max-failures-per-address", maxFailuresPerAddress);
			positive("sightline.sign-in.window", window);
			positive("sightline.sign-in.lockout", lockout);
		}
	}

	private static void atLeastOne(String setting, int value) {
		if (value < 1) {
			throw new IllegalArgumentException(setting + " is " + value + ": it must be at least 1");
		}
	}

	private static void positive(String setting, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(setting + " is " + value + ": it must be more than 0");
		}
	}
}
