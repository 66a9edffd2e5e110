package org.sightline.shared;

import java.util.List;

/** A request was rejected because of the listed problems. Nothing was stored. */
public class InvalidInputException extends RuntimeException {

	private final List<Violation> violations;

	public InvalidInputException(List<Violation> violations) {
		super(violations.size() + " invalid field(s): " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}
}
