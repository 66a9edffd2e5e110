package org.sightline.referral.internal;

import java.util.List;

import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Violation;

/** A referral's version as an HTTP entity tag: what a client read, and sends back in {@code If-Match}. */
public final class ReferralVersions {

	private ReferralVersions() {
	}

	static String etag(int version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version named in an {@code If-Match} header: none when the header is absent or {@code *}
	 * (the step applies to the referral as it is). A weak tag counts as its version.
	 */
	static Integer fromIfMatch(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return null;
		}
		String tag = ifMatch.strip();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
			tag = tag.substring(1, tag.length() - 1);
		}
		try {
			int version = Integer.parseInt(tag);
			if (version >= 0) {
				return version;
			}
		}
		catch (NumberFormatException notAVersion) {
			// answered below
		}
		throw new InvalidInputException(List.of(new Violation("If-Match",
				"If-Match must be one ETag of this referral as you read it, for example \"3\"")));
	}
}
