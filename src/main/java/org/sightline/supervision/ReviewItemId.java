package org.sightline.supervision;

import java.util.Objects;
import java.util.UUID;

public record ReviewItemId(UUID value) {

	public ReviewItemId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
