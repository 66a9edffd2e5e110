package org.sightline.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.assessment.AssessmentManagement;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.identity.CurrentActor;
import org.sightline.partnership.AgreementRef;
import org.sightline.partnership.PartnershipAgreements;
import org.sightline.partnership.PartnershipPublishingIntegrationTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Publishing a new agreement version never changes a past decision, and later decisions use the
 * new version. Runs on the publishing tests' own database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = PartnershipPublishingIntegrationTests.OWN_DATABASE)
@AutoConfigureMockMvc
class DecisionsKeepTheirAgreementVersionTests {

	@Autowired
	EncounterManagement encounters;

	@Autowired
	AssessmentManagement assessments;

	@Autowired
	RoutingManagement routing;

	@Autowired
	PartnershipAgreements agreements;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	/** Runs a step as the administrator, who publishes agreements, then returns to the supervisor. */
	<T> T asAdmin(java.util.function.Function<org.sightline.shared.Actor, T> step) {
		var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
		var supervisor = context.getAuthentication();
		var admin = users.loadUserByUsername("admin");
		context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
			.authenticated(admin, null, admin.getAuthorities()));
		try {
			return step.apply(CurrentActor.require());
		}
		finally {
			context.setAuthentication(supervisor);
		}
	}

	@Test
	@WithUserDetails("supervisor")
	void publishing_a_new_version_never_changes_a_past_decision() {
		EncounterId id = RoutingDecisionIntegrationTests.assessedEncounter(encounters, assessments, "CONCERN_FOR_WELFARE",
				84, List.of("FALLEN_AT_HOME"), List.of(), "LOW");
		AgreementRef before = agreements.inForce().ref();
		RoutingDecisionView first = routing.decide(CurrentActor.require(), id, RoutingDecisionIntegrationTests.accept());

		String version = "v-" + UUID.randomUUID().toString().substring(0, 8);
		String yaml = agreements.exportYaml(before)
			.replace("version: \"" + before.version() + "\"", "version: \"" + version + "\"")
			.replace("version: '" + before.version() + "'", "version: '" + version + "'")
			.replace("version: " + before.version() + "\n", "version: \"" + version + "\"\n")
			.replace("    primary: AMBULANCE\n    policeAttendance: WHEN_THRESHOLD_MET\n    note: \"A fall",
					"    primary: POLICE\n    policeAttendance: ALWAYS\n    note: \"A fall");
		AgreementRef next = asAdmin(admin -> {
			AgreementRef ref = agreements.importDraft(admin, yaml).agreement().ref();
			agreements.submitForReview(admin, ref);
			return ref;
		});
		org.sightline.TestActors.as(org.sightline.TestActors.SECOND_ADMIN,
				() -> agreements.publish(org.sightline.TestActors.SECOND_ADMIN, next));
		assertThat(next.version()).isEqualTo(version);

		RoutingDecisionView second = routing.decide(CurrentActor.require(), id, RoutingDecisionIntegrationTests.accept());
		RoutingDecisionView firstAgain = routing.decisions(CurrentActor.require(), id).get(0);

		assertThat(firstAgain.recommendation().agreement()).isEqualTo(before);
		assertThat(firstAgain.outcome()).isEqualTo(first.outcome()).isEqualTo(RoutingOutcome.PARTNER_ONLY);
		assertThat(second.recommendation().agreement()).isEqualTo(next);
		assertThat(second.outcome()).isEqualTo(RoutingOutcome.POLICE_PRIMARY);
	}
}
