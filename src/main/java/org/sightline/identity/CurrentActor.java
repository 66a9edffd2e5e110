package org.sightline.identity;

import java.util.Optional;

import org.sightline.identity.internal.ActorPrincipal;
import org.sightline.shared.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person signed in on the current request, if any: with a local account or through single sign-on. */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Optional<Actor> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal user) {
			return Optional.of(user.actor());
		}
		return Optional.empty();
	}

	public static Actor require() {
		return get().orElseThrow(() -> new IllegalStateException("No signed-in user on this request"));
	}
}
