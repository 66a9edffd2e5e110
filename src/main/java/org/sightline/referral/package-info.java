/**
 * Referrals to partner agencies and their answers: what is shared (the minimum, chosen item by
 * item), on which lawful basis and with what consent; the lifecycle from draft to closed with
 * every step timestamped and attributed; timeliness in working days; the partner portal where a
 * practitioner sees only what was shared with their agency (searchable, printable, with questions
 * to the referrer), and whose answers only the agency records (police only as received by phone
 * from a named person); which referrals are still due for an encounter ({@link
 * org.sightline.shared.ReferralsDue}); exports for agencies not on the system. Owns the
 * {@code referral} schema. Publishes {@link org.sightline.referral.ReferralSent}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "encounter", "assessment",
		"routing", "partnership", "supervision", "notification", "person", "ui" })
package org.sightline.referral;
