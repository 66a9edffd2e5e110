package org.sightline.referral;

import java.util.UUID;

/** A sent referral moved on: acknowledged, accepted, declined, given an outcome, closed or revoked. */
public record ReferralProgressed(UUID referralId, UUID encounterId, ReferralStatus status) {
}
