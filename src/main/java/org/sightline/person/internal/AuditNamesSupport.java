package org.sightline.person.internal;

import java.util.UUID;

public final class AuditNamesSupport {

	private AuditNamesSupport() {
	}

	static UUID uuid(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}
}
