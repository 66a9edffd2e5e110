package org.sightline.shared;

/**
 * The record does not exist, or the actor may not know that it does. Both answer the same way
 * (404), so a caller cannot probe for records they may not see.
 */
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(String what) {
		super(what + " not found");
	}
}
