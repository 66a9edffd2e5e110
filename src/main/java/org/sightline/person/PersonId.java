package org.sightline.person;

import java.util.Objects;
import java.util.UUID;

/** Identifies one person in the person index. Other modules refer to people by it. */
public record PersonId(@com.fasterxml.jackson.annotation.JsonValue UUID value) {

	public PersonId {
		Objects.requireNonNull(value, "value");
	}

	public static PersonId random() {
		return new PersonId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
