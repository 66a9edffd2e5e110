package org.sightline.partnership;

import java.util.Objects;

/**
 * One way to reach a partner agency.
 *
 * @param value the number, address or URL
 * @param hours when it is answered, in plain English; null when it follows the agency's working hours
 */
public record ContactRoute(ContactRouteKind kind, String value, String hours) {

	public ContactRoute {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(value, "value");
	}
}
