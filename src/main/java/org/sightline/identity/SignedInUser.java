package org.sightline.identity;

import java.util.Collection;

import org.sightline.shared.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The Spring Security principal for an account: carries what {@link Actor} needs. */
final class SignedInUser implements UserDetails {

	private final Account account;

	SignedInUser(Account account) {
		this.account = account;
	}

	Actor actor() {
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
