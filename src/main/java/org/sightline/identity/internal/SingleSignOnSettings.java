package org.sightline.identity.internal;

import java.util.Map;
import java.util.Optional;

import org.sightline.shared.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code sightline.sso}: OpenID Connect single sign-on beside local accounts. The
 * identity provider itself (issuer, client id and secret) is Spring Boot's
 * {@code spring.security.oauth2.client.registration.*} and {@code provider.*}; see the README.
 *
 * @param enabled show "Sign in with ..." and accept people the identity provider vouches for; off by default
 * @param buttonLabel the words on the sign-in button, e.g. "Sign in with Northshire Police account"; empty:
 *        the message bundle's default
 * @param registration which {@code spring.security.oauth2.client.registration.<id>} to use; empty: the only one
 * @param rolesClaim the claim holding the person's roles or groups: {@code roles} (Entra ID app roles) by
 *        default; a dotted path such as {@code realm_access.roles} (Keycloak realm roles) reads a nested claim
 * @param roleMapping a claim value to the Sightline role it grants, e.g. {@code Sightline.CallHandler=CALL_HANDLER};
 *        values not listed grant nothing, and a person granted nothing is refused
 * @param agencyClaim the claim holding a partner practitioner's agency code (as on local accounts, e.g.
 *        {@code CHILDRENS_SOCIAL_CARE}); empty: nobody signing in this way can be a partner practitioner
 * @param usernameClaim the claim that names the person in the audit log; {@code sub} when it is missing
 * @param displayNameClaim the claim with the name shown in the header; the username when it is missing
 */
@ConfigurationProperties("sightline.sso")
public record SingleSignOnSettings(boolean enabled, String buttonLabel, String registration, String rolesClaim,
		Map<String, Role> roleMapping, String agencyClaim, String usernameClaim, String displayNameClaim) {

	public SingleSignOnSettings {
		buttonLabel = blankToNull(buttonLabel);
		registration = blankToNull(registration);
		rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim.strip();
		roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
		agencyClaim = blankToNull(agencyClaim);
		usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim.strip();
		displayNameClaim = displayNameClaim == null || displayNameClaim.isBlank() ? "name" : displayNameClaim.strip();
	}

	Optional<String> label() {
		return Optional.ofNullable(buttonLabel);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
