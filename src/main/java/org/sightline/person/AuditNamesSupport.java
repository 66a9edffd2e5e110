package org.sightline.person;

import java.util.UUID;

final class AuditNamesSupport {

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
