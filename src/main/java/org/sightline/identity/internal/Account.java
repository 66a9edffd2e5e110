package org.sightline.identity.internal;

import java.util.Optional;
import java.util.Set;

import org.sightline.shared.Role;

/** A person who can sign in to Sightline. */
public record Account(String username, String displayName, String passwordHash, Set<Role> roles,
		Optional<String> agencyCode, boolean demo, boolean enabled) {
}
