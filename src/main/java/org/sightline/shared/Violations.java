package org.sightline.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem with a request, so that the user hears about all of them at once. */
public final class Violations {

	private final List<Violation> list = new ArrayList<>();

	public Violations add(String field, String message) {
		list.add(new Violation(field, message));
		return this;
	}

	public boolean isEmpty() {
		return list.isEmpty();
	}

	public boolean has(String field) {
		return list.stream().anyMatch(v -> v.field().equals(field));
	}

	public List<Violation> list() {
		return List.copyOf(list);
	}

	/** @throws InvalidInputException when any problem was collected */
	public void throwIfAny() {
		if (!list.isEmpty()) {
			throw new InvalidInputException(list);
		}
	}
}
