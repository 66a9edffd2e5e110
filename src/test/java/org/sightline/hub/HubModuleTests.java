package org.sightline.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.TestActors;
import org.sightline.assessment.AssessmentManagement;
import org.sightline.assessment.AssessmentView;
import org.sightline.assessment.HubConcern;
import org.sightline.assessment.ResponseGrade;
import org.sightline.assessment.RiskLevel;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.encounter.EncounterManagement;
import org.sightline.person.PersonMerging;
import org.sightline.referral.ReferralManagement;
import org.sightline.shared.ConflictException;
import org.sightline.shared.Situation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The hub module on its own: Spring Modulith bootstraps only {@code hub} (and the root package's
 * configuration, with the embedded database for the hub's own records); the modules it reads from
 * are mocks, so these prove the hub's rule, not theirs.
 */
@ApplicationModuleTest
class HubModuleTests {

	static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedTime {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

		/** Assessment's thresholds (the module is not started here): the defaults a force gets. */
		@Bean
		org.sightline.assessment.AssessmentSettings assessmentSettings() {
			return org.sightline.assessment.AssessmentSettings.defaults();
		}
	}

	@Autowired
	HubTriage hub;

	@MockitoBean
	AssessmentManagement assessments;

	@MockitoBean
	EncounterManagement encounters;

	@MockitoBean
	ReferralManagement referrals;

	@MockitoBean
	PersonMerging merging;

	@MockitoBean
	AuditTrail audit;

	/** The root package's demo generator (scanned with every module) reads routing, partnership and more. */
	@MockitoBean
	org.sightline.DemoForce demoForce;

	static HubConcern assessed(UUID encounter, int version) {
		return new HubConcern(encounter, "ENC-1", Situation.values()[0], version, NOW.minusSeconds(600),
				ResponseGrade.values()[0], RiskLevel.HIGH, true, false, List.of());
	}

	void latestAssessmentIs(UUID encounter, int version) {
		AssessmentView latest = mock(AssessmentView.class);
		when(latest.version()).thenReturn(version);
		when(assessments.latestOfReadableEncounter(any(), eq(new org.sightline.encounter.EncounterId(encounter))))
			.thenReturn(Optional.of(latest));
		when(assessments.hubConcernsSince(any(), any(), anyInt())).thenReturn(List.of(assessed(encounter, version)));
	}

	@Test
	void a_triaged_encounter_leaves_the_queue_until_it_is_assessed_again() {
		UUID encounter = UUID.randomUUID();
		latestAssessmentIs(encounter, 1);
		assertThat(hub.queue(TestActors.HUB).encounters()).extracting(HubConcern::encounterId).containsExactly(encounter);

		hub.triage(TestActors.HUB, encounter, 1, TriageOutcome.values()[0], "Known to children's services already");

		assertThat(hub.queue(TestActors.HUB).encounters()).as("triaged at version 1").isEmpty();
		verify(audit).record(eq(TestActors.HUB), eq(AuditAction.ALTERATION), eq(HubTriage.AUDIT_SUBJECT),
				eq(encounter.toString()), any(), any());

		latestAssessmentIs(encounter, 2);
		assertThat(hub.queue(TestActors.HUB).encounters()).as("re-assessed: version 2 is not triaged")
			.extracting(HubConcern::encounterId).containsExactly(encounter);
	}

	@Test
	void the_same_version_cannot_be_triaged_twice() {
		UUID encounter = UUID.randomUUID();
		latestAssessmentIs(encounter, 1);
		hub.triage(TestActors.HUB, encounter, 1, TriageOutcome.values()[0], "First look");

		assertThatThrownBy(() -> hub.triage(TestActors.SUPERVISOR, encounter, 1, TriageOutcome.values()[0], "Second look"))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("triaged this version already");
	}
}
