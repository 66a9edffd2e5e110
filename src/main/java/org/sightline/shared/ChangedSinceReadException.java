package org.sightline.shared;

/**
 * The change was made from a version of a record that is no longer the current one: someone else
 * changed it since it was read (optimistic locking). Nothing was changed. The API answers 412
 * when the client named the version it read in {@code If-Match}; a page shows the message beside the form.
 */
public class ChangedSinceReadException extends ConflictException {

	public ChangedSinceReadException(String message) {
		super(message);
	}
}
