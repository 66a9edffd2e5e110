package org.sightline.supervision;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sightline.shared.Actor;

/**
 * Makes the referral to MARAC that a MARAC trigger asks for, through the referral module (which
 * provides it: this module does not depend on referrals). Codes are those of the referral module,
 * labelled on the page by its messages ({@code item.}, {@code basis.}, {@code consent.}).
 */
public interface MaracReferrals {

	/** The referral to MARAC already made from the encounter (not revoked), if any. */
	Optional<CaseFiles.ReferralMade> existing(Actor actor, UUID encounterId);

	/** A referral filled in from the case, for the supervisor to check and send. */
	Draft draft(Actor actor, UUID encounterId, Optional<UUID> personId, String why);

	/**
	 * Makes and sends the referral.
	 * @throws org.sightline.shared.InvalidInputException naming every problem; nothing is made
	 */
	CaseFiles.ReferralMade make(Actor actor, UUID encounterId, Request request);

	/** What the supervisor sends. */
	record Request(List<UUID> personIds, String reason, String riskSummary, List<String> dataItems, String lawfulBasis,
			String consentStatus, String consentRationale) {

		public Request {
			personIds = personIds == null ? List.of() : List.copyOf(personIds);
			dataItems = dataItems == null ? List.of() : List.copyOf(dataItems);
		}
	}

	/** A filled-in request and the choices the form offers. */
	record Draft(Request request, List<Choice> people, List<String> dataItems, List<String> lawfulBases,
			List<String> consentStatuses) {
	}

	/** A person the referral may be about. */
	record Choice(UUID id, String label) {
	}
}
