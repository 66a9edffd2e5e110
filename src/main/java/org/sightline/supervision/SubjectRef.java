package org.sightline.supervision;

import java.util.Objects;

/**
 * What an item is about, without knowing the owning module's types: a kind ("ASSESSMENT"), an
 * identifier, and the page where a supervisor can read it.
 */
public record SubjectRef(String type, String id, String link) {

	public SubjectRef {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(id, "id");
	}
}
