package org.sightline.identity.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.sightline.shared.Actor;
import org.sightline.shared.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The Spring Security principal for an account: carries what {@link Actor} needs. It lives in the
 * signed-in session, which is stored in the database so that every node can serve it: it holds
 * plain serialisable values only, and the password hash is erased once the password was checked.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, ActorPrincipal {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String username;
	private final String displayName;
	private final EnumSet<Role> roles;
	private final String agencyCode;
	private final boolean enabled;
	private final boolean locked;
	private String passwordHash;

	SignedInUser(Account account) {
		this(account, false);
	}

	/** {@code locked}: sign-in is refused for now (too many wrong passwords), before any password check. */
	SignedInUser(Account account, boolean locked) {
		this.username = account.username();
		this.displayName = account.displayName();
		this.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
		this.agencyCode = account.agencyCode().orElse(null);
		this.enabled = account.enabled();
		this.locked = locked;
		this.passwordHash = account.passwordHash();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public Actor actor() {
		return new Actor(username, displayName, Set.copyOf(roles), Optional.ofNullable(agencyCode));
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	/** After sign-in: the session, and so the database, never holds the password hash. */
	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}
}
