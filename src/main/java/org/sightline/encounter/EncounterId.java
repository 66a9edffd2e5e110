package org.sightline.encounter;

import java.util.Objects;
import java.util.UUID;

public record EncounterId(UUID value) {

	public EncounterId {
		Objects.requireNonNull(value, "value");
	}

	public static EncounterId random() {
		return new EncounterId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
