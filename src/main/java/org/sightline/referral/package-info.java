/**
 * Referrals to partner agencies and their answers: what is shared (the minimum, chosen item by
 * item), on which lawful basis and with what consent; the lifecycle from draft to closed with
 * every step timestamped and attributed; timeliness in working days; the partner portal where a
 * practitioner sees only what was shared with their agency; exports for agencies not on the
 * system. Owns the {@code referral} schema. Publishes {@link org.sightline.referral.ReferralSent}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "encounter", "assessment",
		"routing", "partnership", "supervision", "notification", "person", "ui" })
package org.sightline.referral;
