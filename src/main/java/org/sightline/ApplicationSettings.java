package org.sightline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The settings under {@code sightline} that the application's own package reads (the database, the
 * persistent scheduler, event redelivery, the request body limit, the demo data), each default written
 * here once. Checked at start-up: a value that cannot work stops the start, naming the setting.
 *
 * @param demoRecords in demo mode, give an empty database a few invented encounters
 * @param demoForce the invented force generated on the first start in demo mode
 * @param scheduler the persistent scheduler that runs timers, the outbox and redelivery across the cluster
 * @param events redelivery of module events a listener did not finish
 * @param embeddedDb the embedded PostgreSQL started when no {@code spring.datasource.url} is set
 * @param database the database roles
 * @param api limits on the API's requests
 */
@ConfigurationProperties("sightline")
public record ApplicationSettings(@DefaultValue("true") boolean demoRecords, @DefaultValue DemoForce demoForce,
		@DefaultValue Scheduler scheduler, @DefaultValue Events events, @DefaultValue EmbeddedDb embeddedDb,
		@DefaultValue Database database, @DefaultValue Api api) {

	/**
	 * @param encounters encounters over 12 months in the invented force (0: none); see docs/demo-force.md
	 * @param seed the seed of the invented force's random choices, so that two starts give the same force
	 */
	public record DemoForce(@DefaultValue("6000") long encounters, @DefaultValue("42") long seed) {

		public DemoForce {
			if (encounters < 0) {
				throw new IllegalArgumentException(
						"sightline.demo-force.encounters is " + encounters + ": it must be 0 (none) or more");
			}
		}
	}

	/**
	 * @param pollingInterval how often each node looks for due tasks
	 * @param heartbeatInterval how often each node says it is alive
	 * @param missedHeartbeats heartbeats a node may miss before its tasks are taken as dead and run again
	 */
	public record Scheduler(@DefaultValue("2s") Duration pollingInterval, @DefaultValue("5s") Duration heartbeatInterval,
			@DefaultValue("4") int missedHeartbeats) {

		public Scheduler {
			positive("sightline.scheduler.polling-interval", pollingInterval);
			positive("sightline.scheduler.heartbeat-interval", heartbeatInterval);
			if (missedHeartbeats < 1) {
				throw new IllegalArgumentException(
						"sightline.scheduler.missed-heartbeats is " + missedHeartbeats + ": it must be at least 1");
			}
		}
	}

	/**
	 * @param redeliverInterval how often unfinished module events are looked for
	 * @param redeliverAfter an event unfinished for this long is delivered again; shorter would take
	 *        events another node is still handling
	 */
	public record Events(@DefaultValue("1m") Duration redeliverInterval, @DefaultValue("2m") Duration redeliverAfter) {

		public Events {
			positive("sightline.events.redeliver-interval", redeliverInterval);
			positive("sightline.events.redeliver-after", redeliverAfter);
		}
	}

	/**
	 * @param dir the data directory, kept across restarts; empty: a throw-away cluster (tests)
	 * @param port the port it listens on; 0: any free port
	 */
	public record EmbeddedDb(@DefaultValue("data/pg") String dir, @DefaultValue("0") int port) {

		public EmbeddedDb {
			dir = dir == null ? "" : dir.strip();
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("sightline.embedded-db.port is " + port + ": it must be 0 to 65535");
			}
		}
	}

	/** @param runtimeRole the role the application runs as; the migrations grant it what it needs */
	public record Database(@DefaultValue("sightline_app") String runtimeRole) {

		public Database {
			if (runtimeRole == null || !runtimeRole.matches("[a-z_][a-z0-9_]*")) {
				throw new IllegalArgumentException("sightline.database.runtime-role is " + runtimeRole
						+ ": it must be a lower-case PostgreSQL role name");
			}
		}
	}

	/** @param maxRequestBody the largest request body accepted; above it, a 413 before the body is read */
	public record Api(@DefaultValue("1MB") DataSize maxRequestBody) {

		public Api {
			if (maxRequestBody == null || maxRequestBody.toBytes() < 1) {
				throw new IllegalArgumentException(
						"sightline.api.max-request-body is " + maxRequestBody + ": it must be more than 0");
			}
		}
	}

	private static void positive(String setting, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(setting + " is " + value + ": it must be more than 0");
		}
	}
}
