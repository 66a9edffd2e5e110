package org.sightline.chronology.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the chronology module reads its rule tables, under {@code sightline}, each default written
 * here once. A location that is set but empty stops the start, naming the setting.
 *
 * @param triggers the repeat and cumulative triggers
 * @param retention the review periods
 */
@ConfigurationProperties("sightline")
public record ChronologySettings(@DefaultValue Triggers triggers, @DefaultValue Retention retention) {

	/** @param location the YAML file of triggers in force, e.g. {@code file:/etc/sightline/triggers.yml} */
	public record Triggers(@DefaultValue("classpath:chronology/triggers.yml") String location) {

		public Triggers {
			required("sightline.triggers.location", location);
		}
	}

	/** @param rulesLocation the YAML file of review periods by group of situations (Management of Police Information) */
	public record Retention(@DefaultValue("classpath:chronology/retention.yml") String rulesLocation) {

		public Retention {
			required("sightline.retention.rules-location", rulesLocation);
		}
	}

	private static void required(String setting, String location) {
		if (location == null || location.isBlank()) {
			throw new IllegalArgumentException(setting + " is empty: set the file's location, or leave it out for the bundled one");
		}
	}
}
