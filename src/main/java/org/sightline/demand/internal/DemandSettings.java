package org.sightline.demand.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demand module's settings under {@code sightline.demand}, with their defaults written here once.
 * When a count is small enough to withhold is shared with the agreement simulation
 * ({@code sightline.disclosure.minimum-count}). The expected hours an agreement moves
 * ({@code sightline.demand.expected-hours-moved-per-year.<agreement>@<version>}) are read as they are
 * written, not bound here: binding would drop the {@code @} from the agreement's key.
 *
 * @param strandsLocation the YAML file of the dashboard's strands (the situations and facts each counts)
 */
@ConfigurationProperties("sightline.demand")
public record DemandSettings(@DefaultValue("classpath:demand/strands.yml") String strandsLocation) {

	public DemandSettings {
		if (strandsLocation == null || strandsLocation.isBlank()) {
			throw new IllegalArgumentException(
					"sightline.demand.strands-location is empty: set the file's location, or leave it out for the bundled one");
		}
	}
}
