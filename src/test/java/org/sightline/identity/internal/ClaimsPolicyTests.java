package org.sightline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sightline.shared.Role;

class ClaimsPolicyTests {

	static SingleSignOnSettings settings(String rolesClaim, String agencyClaim) {
		return new SingleSignOnSettings(true, null, null, rolesClaim,
				Map.of("Sightline.CallHandler", Role.CALL_HANDLER, "Sightline.Supervisor", Role.SUPERVISOR,
						"sightline-partner", Role.PARTNER_PRACTITIONER),
				agencyClaim, null, null);
	}

	static ClaimsPolicy policy(SingleSignOnSettings settings) {
		return new ClaimsPolicy(settings, username -> username.equals("handler"));
	}

	@Test
	void mapped_claim_values_grant_their_roles_and_unmapped_ones_grant_nothing() {
		var decision = policy(settings(null, null)).decide(Map.of("sub", "0f3c", "preferred_username", "casey.jordan",
				"name", "Casey Jordan", "roles", List.of("Sightline.CallHandler", "Sightline.Supervisor", "Email.Reader")));

		assertThat(decision).isEqualTo(new ClaimsPolicy.Admitted("casey.jordan", "Casey Jordan",
				Set.of(Role.CALL_HANDLER, Role.SUPERVISOR), Optional.empty()));
	}

	@Test
	void a_person_whose_claims_map_to_no_role_is_refused() {
		var decision = policy(settings(null, null))
			.decide(Map.of("sub", "7a1d", "preferred_username", "robin.ellis", "roles", List.of("Email.Reader")));

		assertThat(decision).isInstanceOf(ClaimsPolicy.Refused.class);
		assertThat(decision.username()).isEqualTo("robin.ellis");
	}

	@Test
	void a_person_without_the_roles_claim_is_refused() {
		assertThat(policy(settings(null, null)).decide(Map.of("sub", "7a1d")))
			.isInstanceOf(ClaimsPolicy.Refused.class);
	}

	@Test
	void a_nested_claim_such_as_keycloak_realm_roles_is_read_by_its_dotted_path() {
		var decision = policy(settings("realm_access.roles", null)).decide(Map.of("sub", "7a1d", "preferred_username",
				"sam.lee", "realm_access", Map.of("roles", List.of("offline_access", "Sightline.Supervisor"))));

		assertThat(decision).isInstanceOfSatisfying(ClaimsPolicy.Admitted.class,
				admitted -> assertThat(admitted.roles()).containsExactly(Role.SUPERVISOR));
	}

	@Test
	void without_a_username_claim_the_person_is_named_by_their_subject() {
		var decision = policy(settings(null, null)).decide(Map.of("sub", "0f3c", "roles", "Sightline.CallHandler"));

		assertThat(decision).isInstanceOfSatisfying(ClaimsPolicy.Admitted.class, admitted -> {
			assertThat(admitted.username()).isEqualTo("0f3c");
			assertThat(admitted.displayName()).isEqualTo("0f3c");
		});
	}

	@Test
	void a_username_that_a_local_account_has_is_refused_so_two_people_never_share_records() {
		var decision = policy(settings(null, null))
			.decide(Map.of("sub", "0f3c", "preferred_username", "handler", "roles", List.of("Sightline.CallHandler")));

		assertThat(decision).isInstanceOf(ClaimsPolicy.Refused.class);
	}

	@Test
	void a_partner_practitioner_carries_the_agency_from_the_configured_claim() {
		var decision = policy(settings(null, "agency")).decide(Map.of("sub", "1b", "preferred_username", "pat.csc",
				"roles", List.of("sightline-partner"), "agency", "CHILDRENS_SOCIAL_CARE"));

		assertThat(decision).isInstanceOfSatisfying(ClaimsPolicy.Admitted.class,
				admitted -> assertThat(admitted.agencyCode()).contains("CHILDRENS_SOCIAL_CARE"));
	}

	@Test
	void a_partner_practitioner_without_a_known_agency_is_refused() {
		var noClaimConfigured = policy(settings(null, null)).decide(
				Map.of("sub", "1b", "roles", List.of("sightline-partner"), "agency", "CHILDRENS_SOCIAL_CARE"));
		var unknownAgency = policy(settings(null, "agency"))
			.decide(Map.of("sub", "1b", "roles", List.of("sightline-partner"), "agency", "Social care"));

		assertThat(noClaimConfigured).isInstanceOf(ClaimsPolicy.Refused.class);
		assertThat(unknownAgency).isInstanceOf(ClaimsPolicy.Refused.class);
	}
}
