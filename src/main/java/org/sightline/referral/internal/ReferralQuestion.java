package org.sightline.referral.internal;

import java.time.Instant;

import org.sightline.shared.Agency;

/**
 * One message in the thread of questions to the referrer on a referral: a question from the
 * receiving partner, or the police's answer; who wrote it and when.
 *
 * @param side who wrote it: the receiving partner, or the police
 * @param authorName the writer's display name; null where the reader may not see it (an officer's
 * name, for the partner)
 * @param agency the writer's agency: the receiving agency, or {@link Agency#POLICE}
 */
public record ReferralQuestion(long id, Side side, String authorName, Agency agency, String text, Instant at) {

	public enum Side {
		PARTNER, POLICE
	}

	/** As the receiving partner sees it: police messages without the officer's name, as elsewhere on the referral. */
	ReferralQuestion forPartner() {
		return side == Side.POLICE ? new ReferralQuestion(id, side, null, agency, text, at) : this;
	}
}
