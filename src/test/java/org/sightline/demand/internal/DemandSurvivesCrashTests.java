package org.sightline.demand.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.Application;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.Location;
import org.sightline.encounter.RecordEncounter;
import org.sightline.shared.Actor;
import org.sightline.shared.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An encounter committed just before the application stops, while the demand projection of it
 * cannot finish, still reaches the demand figures: the event publication registry kept the event
 * with the encounter's transaction, and the recurring redelivery (EventRedelivery, once across the
 * cluster) hands it over again after the restart.
 */
public class DemandSurvivesCrashTests {

	@TempDir
	Path dataDir;

	final String database = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	ConfigurableApplicationContext start(String... settings) {
		List<String> arguments = new java.util.ArrayList<>(List.of("--server.port=0",
				"--sightline.test.database-name=" + database, "--sightline.embedded-db.dir=" + dataDir.resolve("pg"),
				"--spring.jmx.enabled=false"));
		arguments.addAll(List.of(settings));
		return new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new));
	}

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void an_encounter_committed_before_a_crash_reaches_the_demand_figures_after_the_restart() throws Exception {
		Actor handler = new Actor("handler", "Hannah Hale", Set.of(Role.CALL_HANDLER), Optional.empty());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("handler", null,
					AuthorityUtils.createAuthorityList(Role.CALL_HANDLER.authority())));
		UUID encounterId;
		try (var first = start()) {
			// Hold the read model so the projection cannot finish before the application goes down.
			Connection blocker = first.getBean(DataSource.class).getConnection();
			blocker.setAutoCommit(false);
			try (Statement statement = blocker.createStatement()) {
				statement.execute("lock table demand.encounter_demand in access exclusive mode");
			}
			var person = new RecordEncounter.PersonDetails("SUBJECT", "Jo", "Crash", null, null, 40,
					List.of("MENTAL_ILL_HEALTH"), List.of(), List.of(), List.of(), null, null, List.of(), null);
			encounterId = first.getBean(EncounterManagement.class)
				.record(handler, new RecordEncounter("NON_EMERGENCY_CALL", Instant.now().minus(5, ChronoUnit.MINUTES),
						new Location("Crash Lane", null, null), "NORTH", "CONCERN_FOR_WELFARE", "Committed before the crash",
						List.of(person)), Optional.empty())
				.encounter()
				.id();
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			// the encounter is committed, and its event is held in the registry, not yet completed
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc
				.sql("select count(*) from event_publication where completion_date is null and serialized_event like :id")
				.param("id", "%" + encounterId + "%")
				.query(Long.class)
				.single()).isPositive());
			// the crash: the application stops with the projection still waiting (the blocker dies with it)
		}

		// events left unfinished for a second are taken again, checked every second (minutes in production)
		try (var second = start("--sightline.events.redeliver-after=1s", "--sightline.events.redeliver-interval=1s",
				"--sightline.scheduler.polling-interval=1s")) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from encounter.encounter where id = :id").param("id", encounterId)
				.query(Long.class).single()).isEqualTo(1);
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc
				.sql("select count(*) from demand.encounter_demand where encounter_id = :id and area = 'NORTH'")
				.param("id", encounterId)
				.query(Long.class)
				.single()).isEqualTo(1));
			DemandQuery today = new DemandQuery(java.time.LocalDate.now().minusDays(2), java.time.LocalDate.now().plusDays(1),
					"NORTH", "CONCERN_FOR_WELFARE", null, null);
			assertThat(second.getBean(DemandReports.class).sums(today).scalars[DemandCube.COUNT]).isGreaterThanOrEqualTo(1);
			assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null and serialized_event like :id")
				.param("id", "%" + encounterId + "%").query(Long.class).single()).isZero();
		}
	}
}
