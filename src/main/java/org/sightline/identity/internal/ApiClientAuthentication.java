package org.sightline.identity.internal;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * An API request authenticated by an access token Sightline issued: its principal is the same
 * {@link SignedInUser} as HTTP Basic gives, so roles, record-level rules, {@link CurrentActor} and
 * the audit log's "who" are the account's. The account is read again on every request (one lookup
 * by key, no password hash), so an account switched off or given other roles takes effect at once,
 * not when its token expires.
 */
public final class ApiClientAuthentication extends AbstractAuthenticationToken {

	private final SignedInUser client;
	private final Jwt token;

	private ApiClientAuthentication(SignedInUser client, Jwt token) {
		super(client.getAuthorities());
		this.client = client;
		this.token = token;
		setAuthenticated(true);
	}

	/** The account the token names, if it is still there and switched on. */
	static ApiClientAuthentication of(Jwt token, Accounts accounts) throws AuthenticationException {
		Account account = accounts.findByUsername(token.getSubject())
			.filter(Account::enabled)
			.orElseThrow(() -> new InvalidBearerTokenException("The token's client is switched off or no longer exists"));
		return new ApiClientAuthentication(new SignedInUser(account), token);
	}

	@Override
	public Object getPrincipal() {
		return client;
	}

	@Override
	public Object getCredentials() {
		return token;
	}

	@Override
	public String getName() {
		return client.getUsername();
	}
}
