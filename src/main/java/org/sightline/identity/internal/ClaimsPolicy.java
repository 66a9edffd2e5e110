package org.sightline.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.sightline.shared.Agency;
import org.sightline.shared.Role;

/**
 * Decides who an identity provider's claims make a person in Sightline: their username, name,
 * roles (only those the force mapped, see {@link SingleSignOnSettings#roleMapping()}) and, for a
 * partner practitioner, their agency. The identity provider vouches for who the person is; the
 * force's mapping decides what they may do, so a person the mapping grants nothing is refused.
 */
public final class ClaimsPolicy {

	/** What the claims make of a person: let in with roles, or refused with a reason for the audit log. */
	sealed interface Decision permits Admitted, Refused {
		String username();
	}

	record Admitted(String username, String displayName, Set<Role> roles, Optional<String> agencyCode)
			implements Decision {
	}

	record Refused(String username, String reason) implements Decision {
	}

	private final SingleSignOnSettings settings;
	private final Predicate<String> localAccountExists;

	/** {@code localAccountExists}: whether a local account already has this username. */
	ClaimsPolicy(SingleSignOnSettings settings, Predicate<String> localAccountExists) {
		this.settings = settings;
		this.localAccountExists = localAccountExists;
	}

	Decision decide(Map<String, Object> claims) {
		String username = text(claims, settings.usernameClaim()).or(() -> text(claims, "sub"))
			.orElseThrow(() -> new IllegalArgumentException("An OpenID Connect ID token always has a sub claim"));
		List<String> values = values(claims, settings.rolesClaim());
		Set<Role> roles = EnumSet.noneOf(Role.class);
		values.stream().map(settings.roleMapping()::get).filter(java.util.Objects::nonNull).forEach(roles::add);
		if (roles.isEmpty()) {
			return new Refused(username, "No Sightline role in claim " + settings.rolesClaim() + " " + values);
		}
		// records are kept by username: a second person with a local account's name would share them
		if (localAccountExists.test(username)) {
			return new Refused(username, "A local account has this username");
		}
		Optional<String> agency = Optional.empty();
		if (roles.contains(Role.PARTNER_PRACTITIONER)) {
			agency = settings.agencyClaim() == null ? Optional.empty() : text(claims, settings.agencyClaim());
			if (agency.isEmpty()) {
				return new Refused(username, "Partner practitioner without an agency in claim "
						+ (settings.agencyClaim() == null ? "(none configured)" : settings.agencyClaim()));
			}
			String code = agency.get();
			if (java.util.Arrays.stream(Agency.values()).noneMatch(known -> known.name().equals(code))) {
				return new Refused(username, "Partner practitioner of an unknown agency " + code);
			}
		}
		String displayName = text(claims, settings.displayNameClaim()).orElse(username);
		return new Admitted(username, displayName, roles, agency);
	}

	/** The claim at a dotted path ({@code realm_access.roles}) as a list of strings: none when it is missing. */
	static List<String> values(Map<String, Object> claims, String path) {
		Object value = at(claims, path);
		List<String> values = new ArrayList<>();
		if (value instanceof Collection<?> many) {
			many.stream().filter(java.util.Objects::nonNull).map(String::valueOf).forEach(values::add);
		}
		else if (value instanceof String one && !one.isBlank()) {
			values.add(one);
		}
		return values;
	}

	private static Optional<String> text(Map<String, Object> claims, String path) {
		Object value = at(claims, path);
		return value == null || String.valueOf(value).isBlank() ? Optional.empty() : Optional.of(String.valueOf(value));
	}

	private static Object at(Map<String, Object> claims, String path) {
		// a claim whose own name has a dot (Entra ID and Keycloak allow them) wins over a nested path
		if (claims.containsKey(path)) {
			return claims.get(path);
		}
		Object current = claims;
		for (String part : path.split("\\.")) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = map.get(part);
		}
		return current;
	}
}
