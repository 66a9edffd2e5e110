package org.sightline.person.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The person module's settings under {@code sightline.person}, each default written here once.
 * Checked at start-up: a value that cannot work stops the start, naming the setting. How long a
 * person record is kept is shared with other modules ({@code sightline.retention.person-review-years}).
 *
 * @param linking when a match at intake links records on its own, and when a supervisor reviews it
 * @param summaryWindow how far back a likely match's recent contacts are shown at intake
 */
@ConfigurationProperties("sightline.person")
public record PersonSettings(@DefaultValue Linking linking, @DefaultValue("90d") Duration summaryWindow) {

	/**
	 * @param automaticWeight a match scoring at least this (bits of evidence) links the records at once
	 * @param reviewWeight a match scoring at least this, and below the automatic weight, goes to a
	 *        supervisor as a possible same person; must not be above the automatic weight
	 */
	public record Linking(@DefaultValue("24") double automaticWeight, @DefaultValue("15") double reviewWeight) {

		public Linking {
			if (reviewWeight > automaticWeight) {
				throw new IllegalArgumentException("sightline.person.linking.review-weight (" + reviewWeight
						+ ") must not be above sightline.person.linking.automatic-weight (" + automaticWeight + ")");
			}
		}
	}

	public PersonSettings {
		if (summaryWindow == null || summaryWindow.isNegative() || summaryWindow.isZero()) {
			throw new IllegalArgumentException(
					"sightline.person.summary-window is " + summaryWindow + ": it must be more than 0");
		}
	}
}
