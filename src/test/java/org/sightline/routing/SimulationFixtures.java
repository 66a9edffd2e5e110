package org.sightline.routing;

import java.util.List;
import java.util.function.Supplier;

import org.sightline.assessment.AssessmentManagement;
import org.sightline.encounter.EncounterManagement;
import org.sightline.identity.CurrentActor;
import org.sightline.partnership.AgreementBuilder;
import org.sightline.partnership.PartnershipAgreements;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Stored drafts and assessed encounters for the simulation's page, API and browser tests. The
 * draft makes police lead on mental-health welfare concerns and hands missing persons to adult
 * social care (as {@link AgreementSimulationTests#draft()}).
 */
public final class SimulationFixtures {

	private SimulationFixtures() {
	}

	public static String draftYaml(String version) {
		return AgreementBuilder.nationalYamlAs(version,
				"    primary: MENTAL_HEALTH_SERVICE\n    policeAttendance: WHEN_THRESHOLD_MET\n    note: \"Mental health crisis",
				"    primary: POLICE\n    policeAttendance: ALWAYS\n    note: \"Mental health crisis",
				"    situation: MISSING_PERSON\n    primary: POLICE\n    policeAttendance: ALWAYS",
				"    situation: MISSING_PERSON\n    primary: ADULT_SOCIAL_CARE\n    policeAttendance: WHEN_THRESHOLD_MET");
	}

	/** Imports the draft as an administrator; returns its "id/version", as the page and API name it. */
	public static String storeDraft(PartnershipAgreements agreements, UserDetailsService users, String version) {
		return as(users, "admin", () -> {
			agreements.importDraft(CurrentActor.require(), draftYaml(version));
			return "national-rcrp/" + version;
		});
	}

	/** Mental-health welfare concerns (moved to police by the draft) and missing persons (moved to partners). */
	public static void assessedEncounters(EncounterManagement encounters, AssessmentManagement assessments,
			UserDetailsService users, int welfare, int missing) {
		as(users, "supervisor", () -> {
			for (int i = 0; i < welfare; i++) {
				RoutingDecisionIntegrationTests.assessedEncounter(encounters, assessments, "CONCERN_FOR_WELFARE", 30 + i,
						List.of("MENTAL_ILL_HEALTH"), List.of(), "MEDIUM");
			}
			for (int i = 0; i < missing; i++) {
				RoutingDecisionIntegrationTests.assessedEncounter(encounters, assessments, "MISSING_PERSON", 40 + i,
						List.of("LEARNING_DISABILITY"), List.of(), "MEDIUM");
			}
			return null;
		});
	}

	/** Runs work as this user, then puts back whoever was signed in. */
	public static <T> T as(UserDetailsService users, String username, Supplier<T> work) {
		SecurityContext before = SecurityContextHolder.getContext();
		UserDetails user = users.loadUserByUsername(username);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}
}
