package org.sightline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.encounter.EncounterFixtures;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.shared.Actor;
import org.sightline.shared.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Starts Sightline, records an encounter, stops it, and starts it again on the same data: what
 * was acknowledged is still there. With no external database the run uses a persistent embedded
 * PostgreSQL in a temporary directory, as {@code mvn spring-boot:run} does in {@code ./data}.
 * Also checks that switching demo mode off leaves no demo account behind.
 */
class PersistenceAcrossRestartTests {

	@TempDir
	Path dataDir;

	/** Both starts use one database, also on an external PostgreSQL (see IsolatedTestDatabase). */
	final String database = "restart_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	ConfigurableApplicationContext start(boolean demo) {
		return new SpringApplicationBuilder(Application.class).run("--server.port=0", "--sightline.test.database-name=" + database,
				"--sightline.embedded-db.dir=" + dataDir.resolve("pg"), "--sightline.demo=" + demo,
				"--spring.jmx.enabled=false");
	}

	static long demoAccounts(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class)
			.sql("select count(*) from identity.account where demo")
			.query(Long.class)
			.single();
	}

	@Test
	void an_acknowledged_encounter_survives_a_restart_and_demo_accounts_go_when_demo_mode_is_off() {
		Actor responder = new Actor("responder", "PC Ravi Rao", Set.of(Role.RESPONDER), Optional.empty());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("responder", null,
					AuthorityUtils.createAuthorityList(Role.RESPONDER.authority())));
		UUID id;
		try (var first = start(true)) {
			assertThat(demoAccounts(first)).as("the demo accounts in the README, trainer and wellbeing lead included").isEqualTo(13);
			id = first.getBean(EncounterManagement.class)
				.record(responder, EncounterFixtures.encounter(Instant.now().minus(1, ChronoUnit.HOURS)),
						Optional.empty())
				.encounter()
				.id();
		}
		boolean embedded = System.getenv("SPRING_DATASOURCE_URL") == null;
		if (embedded) {
			assertThat(Files.exists(dataDir.resolve("pg/PG_VERSION"))).isTrue();
			assertThat(Files.exists(dataDir.resolve("pg/postmaster.pid"))).as("postgres stopped with the app").isFalse();
		}

		try (var second = start(false)) {
			assertThat(second.getBean(EncounterManagement.class).view(responder, new EncounterId(id)).people())
				.hasSize(2);
			assertThat(demoAccounts(second)).isZero();
		}
		finally {
			// Put the demo accounts back for other tests sharing an external database.
			start(true).close();
			SecurityContextHolder.clearContext();
		}
	}
}
