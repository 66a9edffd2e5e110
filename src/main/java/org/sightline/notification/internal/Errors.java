package org.sightline.notification.internal;

/** A failure, short enough to store and show as a message's last error. */
public final class Errors {

	private static final int MAX = 500;

	private Errors() {
	}

	static String describe(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
		if (root != e) {
			text += " (" + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage())
					+ ")";
		}
		return text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
	}
}
