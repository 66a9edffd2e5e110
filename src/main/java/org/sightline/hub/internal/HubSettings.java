package org.sightline.hub.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The safeguarding hub's settings under {@code sightline.hub}, with their defaults written here once.
 * Checked at start-up. The age from which a person is an adult is assessment's
 * ({@code sightline.assessment.adult-age}).
 *
 * @param lookBack how far back the hub's triage list goes
 */
@ConfigurationProperties("sightline.hub")
public record HubSettings(@DefaultValue("7d") Duration lookBack) {

	public HubSettings {
		if (lookBack == null || lookBack.isNegative() || lookBack.isZero()) {
			throw new IllegalArgumentException("sightline.hub.look-back is " + lookBack + ": it must be more than 0");
		}
	}
}
