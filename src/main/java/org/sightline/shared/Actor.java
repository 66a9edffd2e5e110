package org.sightline.shared;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in person on whose behalf a command or query runs: who, in which roles, and for a
 * partner practitioner, which agency they work for.
 */
public record Actor(String username, String displayName, Set<Role> roles, Optional<String> agencyCode) {

	public Actor {
		Objects.requireNonNull(username, "username");
		roles = Set.copyOf(roles);
		agencyCode = agencyCode == null ? Optional.empty() : agencyCode;
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	public boolean hasAnyRole(Role... candidates) {
		for (Role role : candidates) {
			if (roles.contains(role)) {
				return true;
			}
		}
		return false;
	}
}
