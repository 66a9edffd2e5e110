package org.sightline.shared;

/** The request conflicts with what is already stored (answered with 409). Nothing was changed. */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}
}
