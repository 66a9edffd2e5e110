package org.sightline.identity.internal;

import java.util.Optional;
import java.util.Set;

import org.sightline.shared.Actor;
import org.sightline.shared.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The principal of a person signed in through the identity provider: the provider's OpenID Connect
 * user, with the roles the force's mapping granted as {@code ROLE_*} authorities. Its name is the
 * username from the configured claim, so the audit log names them as it names local accounts.
 */
public final class SingleSignOnUser extends DefaultOidcUser implements ActorPrincipal {

	private final String username;
	private final String displayName;
	private final Set<Role> roles;
	private final String agencyCode;

	SingleSignOnUser(OidcUser provided, ClaimsPolicy.Admitted admitted) {
		super(admitted.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList(),
				provided.getIdToken(), provided.getUserInfo(), "sub");
		this.username = admitted.username();
		this.displayName = admitted.displayName();
		this.roles = Set.copyOf(admitted.roles());
		this.agencyCode = admitted.agencyCode().orElse(null);
	}

	@Override
	public String getName() {
		return username;
	}

	@Override
	public Actor actor() {
		return new Actor(username, displayName, roles, Optional.ofNullable(agencyCode));
	}
}
