package org.sightline.encounter;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What to look for among encounters: any of a reference (whole or its number), a name (given or
 * family, from its start), words of the address and the day it happened. Blank parts are ignored.
 */
public record EncounterSearch(Optional<String> reference, Optional<String> name, Optional<String> address,
		Optional<LocalDate> on) {

	public boolean isEmpty() {
		return reference.isEmpty() && name.isEmpty() && address.isEmpty() && on.isEmpty();
	}

	public static Optional<String> text(String value) {
		return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
	}
}
