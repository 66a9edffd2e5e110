package org.sightline.referral;

import java.util.List;
import java.util.UUID;
import org.sightline.shared.FreeText;

/**
 * A referral to make, from the form or the API. Codes are text: every one is checked.
 *
 * @param send true to send at once; false to keep it as a draft
 */
public record CreateReferral(UUID encounterId, String agency, List<UUID> personIds, @FreeText String reason,
		@FreeText String riskSummary, List<String> dataItems, String lawfulBasis, String consentStatus,
		@FreeText String consentRationale, Boolean send) {

	public CreateReferral {
		personIds = personIds == null ? List.of() : List.copyOf(personIds);
		dataItems = dataItems == null ? List.of() : List.copyOf(dataItems);
	}
}
