/**
 * The safeguarding hub's triage queue: assessed encounters with a high risk, a child or an adult at
 * risk that the hub has not yet triaged, referrals that need the hub (drafts not sent, declined by
 * a partner, past their deadline) and possible person matches. The hub records a triage outcome for
 * the latest assessment of an encounter; a re-assessment puts it back in the queue. Owns the
 * {@code hub} schema.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "encounter", "assessment",
		"referral", "person" })
package org.sightline.hub;
