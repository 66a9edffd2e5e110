package org.sightline.referral;

import java.util.UUID;

import org.sightline.shared.Agency;

/** A referral was sent to a partner agency. Identifiers and codes only. */
public record ReferralSent(UUID referralId, UUID encounterId, Agency agency) {
}
