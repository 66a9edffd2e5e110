package org.sightline.referral;

/**
 * Where a referral is: drafted by police, sent, acknowledged by the partner, accepted or declined
 * (with a reason), the outcome recorded, closed; or revoked by a supervisor.
 */
public enum ReferralStatus {
	DRAFT, SENT, ACKNOWLEDGED, ACCEPTED, DECLINED, OUTCOME_RECORDED, CLOSED, REVOKED;

	public boolean isOpen() {
		return this != CLOSED && this != REVOKED;
	}
}
