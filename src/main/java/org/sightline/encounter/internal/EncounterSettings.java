package org.sightline.encounter.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The encounter module's settings under {@code sightline}, each default written here once. Checked at
 * start-up: a value that cannot work stops the start, naming the setting. How long an encounter is
 * kept is shared with referrals ({@code sightline.retention.encounter-review-years}).
 *
 * @param catalogues the force's lists (vulnerabilities, circumstances, areas, ...)
 * @param encounters the live incident list
 * @param access who may read an encounter without a recorded reason
 */
@ConfigurationProperties("sightline")
public record EncounterSettings(@DefaultValue Catalogues catalogues, @DefaultValue Encounters encounters,
		@DefaultValue Access access) {

	/** @param location the YAML file of the force's catalogues, e.g. {@code file:/etc/sightline/catalogues.yml} */
	public record Catalogues(@DefaultValue("classpath:encounter/catalogues.yml") String location) {

		public Catalogues {
			if (location == null || location.isBlank()) {
				throw new IllegalArgumentException(
						"sightline.catalogues.location is empty: set the file's location, or leave it out for the bundled one");
			}
		}
	}

	/** @param listLimit the most encounters a list shows at once */
	public record Encounters(@DefaultValue("200") int listLimit) {

		public Encounters {
			if (listLimit < 1 || listLimit > 10_000) {
				throw new IllegalArgumentException(
						"sightline.encounters.list-limit is " + listLimit + ": it must be between 1 and 10000");
			}
		}
	}

	/**
	 * @param operationalWindow for this long after an encounter, the officers working on it read it
	 *        without giving a reason; after it, a reason is recorded
	 */
	public record Access(@DefaultValue("24h") Duration operationalWindow) {

		public Access {
			if (operationalWindow == null || operationalWindow.isNegative() || operationalWindow.isZero()) {
				throw new IllegalArgumentException(
						"sightline.access.operational-window is " + operationalWindow + ": it must be more than 0");
			}
		}
	}
}
