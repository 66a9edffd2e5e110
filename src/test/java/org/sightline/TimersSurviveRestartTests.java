package org.sightline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.assessment.AssessmentFixtures;
import org.sightline.assessment.AssessmentManagement;
import org.sightline.assessment.RecordAssessment;
import org.sightline.encounter.EncounterFixtures;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.encounter.Location;
import org.sightline.encounter.RecordEncounter;
import org.sightline.referral.CreateReferral;
import org.sightline.referral.ReferralManagement;
import org.sightline.routing.RoutingDecisionView;
import org.sightline.routing.RoutingManagement;
import org.sightline.shared.Actor;
import org.sightline.shared.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A handover timer started before a restart still fires after it, and so does a referral's
 * acknowledgement deadline: the persistent scheduler keeps both in the database, and each breach
 * reaches the supervisor queue once.
 */
class TimersSurviveRestartTests {

	@TempDir
	Path dataDir;

	/** Both starts use one database, also on an external PostgreSQL (see IsolatedTestDatabase). */
	final String database = "restart_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(Application.class).run("--server.port=0", "--sightline.test.database-name=" + database,
				"--sightline.embedded-db.dir=" + dataDir.resolve("pg"), "--spring.jmx.enabled=false",
				"--sightline.scheduler.polling-interval=1s");
	}

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void a_timer_started_before_a_restart_is_breached_after_it() {
		Actor responder = new Actor("responder", "PC Ravi Rao", Set.of(Role.RESPONDER), Optional.empty());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("responder", null,
					AuthorityUtils.createAuthorityList(Role.RESPONDER.authority())));
		UUID handover;
		UUID referral;
		try (var first = start()) {
			var person = new RecordEncounter.PersonDetails("SUBJECT", "Jo", "Doe", null, null, 30,
					List.of("MENTAL_ILL_HEALTH"), List.of(), List.of(), List.of(), null, null, List.of(), null);
			EncounterView encounter = first.getBean(EncounterManagement.class)
				.record(responder, new RecordEncounter("ON_SCENE", Instant.now().minus(30, ChronoUnit.MINUTES),
						new Location("Bus station", null, null), "SECTION_136_PLACE_OF_SAFETY", "Detained under s136",
						List.of(person)), Optional.empty())
				.encounter();
			EncounterId id = new EncounterId(encounter.id());
			first.getBean(AssessmentManagement.class).record(responder, id, new RecordAssessment("INITIAL", null, null,
					AssessmentFixtures.allElements(), "PRIORITY", AssessmentFixtures.fullRationale(),
					List.of(new RecordAssessment.PersonRisk(encounter.people().get(0).id(), "MEDIUM")), List.of(), null,
					List.of(), null));
			RoutingManagement routing = first.getBean(RoutingManagement.class);
			RoutingDecisionView decision = routing.decide(responder, id,
					new RoutingManagement.Decide(null, null, null, null, null, null));
			// Arrived 59 minutes 54 seconds ago: the one-hour handover runs out in about six seconds, after the restart.
			Instant arrived = Instant.now().minus(Duration.ofMinutes(60)).plusSeconds(6);
			handover = routing.recordEvent(responder, decision.id(), "ARRIVED_AT_HEALTH_PLACE_OF_SAFETY", arrived)
				.timers()
				.stream()
				.filter(t -> t.code().equals("HANDOVER"))
				.findFirst()
				.orElseThrow()
				.id();
			assertThat(status(first, handover)).isEqualTo("RUNNING");

			// and a referral whose acknowledgement deadline arrives after the restart
			EncounterView family = first.getBean(EncounterManagement.class)
				.record(responder, EncounterFixtures.encounter(Instant.now().minus(10, ChronoUnit.MINUTES),
						EncounterFixtures.victim(), EncounterFixtures.childPresent()), Optional.empty())
				.encounter();
			first.getBean(AssessmentManagement.class).record(responder, new EncounterId(family.id()),
					new RecordAssessment("INITIAL", null, null, AssessmentFixtures.allElements(), "PRIORITY",
							AssessmentFixtures.fullRationale(),
							List.of(new RecordAssessment.PersonRisk(family.people().get(0).id(), "MEDIUM"),
									new RecordAssessment.PersonRisk(family.people().get(1).id(), "LOW")),
							List.of(), null, List.of(), null));
			referral = first.getBean(ReferralManagement.class)
				.create(responder, new CreateReferral(family.id(), "CHILDRENS_SOCIAL_CARE",
						List.of(family.people().get(1).id()), "Child present", "Shouting heard next door", List.of("AGES"),
						"CHILDREN_ACT_2004_S11", "NOT_SOUGHT_PREJUDICE", "Would alert the suspect", true))
				.id();
			// its check (a working day away) is brought forward to six seconds from now, as a day passing would
			assertThat(first.getBean(JdbcClient.class)
				.sql("update scheduled_tasks set execution_time = :due where task_name = 'referral-due' and task_instance = :check")
				.param("due", java.sql.Timestamp.from(Instant.now().plusSeconds(6)))
				.param("check", referral + "|ACK")
				.update()).isEqualTo(1);
		}

		try (var second = start()) {
			await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(status(second, handover)).isEqualTo("BREACHED"));
			assertThat(second.getBean(JdbcClient.class)
				.sql("select count(*) from supervision.review_item where subject_id = :id and reason_code = 'TIMER_BREACHED'")
				.param("id", handover.toString())
				.query(Long.class)
				.single()).isEqualTo(1);
			await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(second.getBean(JdbcClient.class)
				.sql("select count(*) from supervision.review_item where subject_id = :id and reason_code = 'REFERRAL_ACK_OVERDUE'")
				.param("id", referral.toString())
				.query(Long.class)
				.single()).as("the referral's acknowledgement, overdue once").isEqualTo(1));
		}
	}

	static String status(ConfigurableApplicationContext context, UUID timer) {
		return context.getBean(JdbcClient.class)
			.sql("select status from routing.timer where id = :id")
			.param("id", timer)
			.query(String.class)
			.single();
	}
}
