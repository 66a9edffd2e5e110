package org.sightline.referral;

import java.util.UUID;

/** A partner did not acknowledge, or did not decide, within the working-day target. */
public record ReferralOverdue(UUID referralId, String sentBy, boolean acknowledgement) {
}
