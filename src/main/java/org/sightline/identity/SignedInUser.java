package org.sightline.identity;

import java.util.Collection;

import org.sightline.shared.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The Spring Security principal for an account: carries what {@link Actor} needs. */
final class SignedInUser implements UserDetails, ActorPrincipal {

	private final Account account;
	private final boolean locked;

	SignedInUser(Account account) {
		this(account, false);
	}

	/** {@code locked}: sign-in is refused for now (too many wrong passwords), before any password check. */
	SignedInUser(Account account, boolean locked) {
		this.account = account;
		this.locked = locked;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public Actor actor() {
		return new Actor(account.username(), account.displayName(), account.roles(), account.agencyCode());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public String getPassword() {
		return account.passwordHash();
	}

	@Override
	public String getUsername() {
		return account.username();
	}

	@Override
	public boolean isEnabled() {
		return account.enabled();
	}
}
