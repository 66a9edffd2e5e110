package org.sightline;

import java.time.Clock;
import java.time.Instant;

import org.sightline.shared.SightlineSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In demo mode, the first start gives the database a small invented force
 * ({@code sightline.demo-force.encounters}, default 6,000 over 12 months; SIGHTLINE_DEMO_FORCE_ENCOUNTERS),
 * so the demand dashboard has something to show. Runs after {@link DemoRecords} (whose six encounters
 * it leaves alone), only when the database holds no generated encounters and at most those six, and
 * never when demo mode is off or the setting is 0 (as in the tests).
 */
@Component
@Order(20)
class DemoForceOnFirstStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoForceOnFirstStart.class);

	private final DemoForce demoForce;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final boolean demo;
	private final long encounters;
	private final long seed;

	DemoForceOnFirstStart(DemoForce demoForce, JdbcClient jdbc, Clock clock, SightlineSettings shared,
			ApplicationSettings settings) {
		this.demoForce = demoForce;
		this.jdbc = jdbc;
		this.clock = clock;
		this.demo = shared.demo();
		this.encounters = settings.demoForce().encounters();
		this.seed = settings.demoForce().seed();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo || encounters <= 0) {
			return;
		}
		long existing = jdbc.sql("select count(*) from (select 1 from encounter.encounter limit 7) e").query(Long.class).single();
		if (existing > 6 || demoForce.generatedEncounters() > 0) {
			return;
		}
		DemoForce.Result result = demoForce.generate(new DemoForce.Settings(encounters, seed, 12, Instant.now(clock)), n -> {
		});
		log.info("Demo mode: generated an invented force of {} encounters in {} ms (sightline.demo-force.encounters)",
				result.encounters(), result.took().toMillis());
	}
}
