package org.sightline;

import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.sightline.shared.Actor;
import org.sightline.shared.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Acting as a demo user in a test without a web request, and names no other test uses. */
public final class TestActors {

	public static final Actor HANDLER = actor("handler", Role.CALL_HANDLER);

	public static final Actor RESPONDER = actor("responder", Role.RESPONDER);

	public static final Actor SUPERVISOR = actor("supervisor", Role.SUPERVISOR);

	public static final Actor HUB = actor("hub", Role.SAFEGUARDING_HUB);

	private static final Random RANDOM = new Random();

	private TestActors() {
	}

	public static Actor actor(String username, Role role) {
		return new Actor(username, username, Set.of(role), Optional.empty());
	}

	/** A second administrator: an agreement one administrator drafts, another publishes (four eyes). */
	public static final Actor SECOND_ADMIN = actor("admin2", Role.ADMIN);

	/** Runs the work signed in as the actor (method security sees their roles), then puts back who was signed in. */
	public static <T> T as(Actor actor, Supplier<T> work) {
		var before = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor.username(), null,
					AuthorityUtils.createAuthorityList(actor.roles().stream().map(Role::authority).toArray(String[]::new))));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
			if (before != null) {
				SecurityContextHolder.getContext().setAuthentication(before);
			}
		}
	}

	/**
	 * A surname no other test uses ("Pemberton" and six random letters), so tests that share a
	 * database do not match each other's people.
	 */
	public static String uniqueSurname(String stem) {
		StringBuilder name = new StringBuilder(stem);
		for (int i = 0; i < 6; i++) {
			name.append((char) ('a' + RANDOM.nextInt(26)));
		}
		return name.toString();
	}
}
