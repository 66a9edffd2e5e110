package org.sightline.shared;

import java.util.List;
import java.util.UUID;

/**
 * The one answer to "which referrals are still due for this encounter?": the partner agencies the
 * latest THRIVE assessment or the latest routing decision call for, less those already sent a
 * referral from this encounter. The referral module answers it; every section of the encounter
 * page that lists referrals due asks it, so they agree, and a referral once sent stops being due.
 */
public interface ReferralsDue {

	/**
	 * The agencies a referral is still due to, in the order they were called for; never the police.
	 * For a caller who has just read the encounter.
	 */
	List<Agency> forEncounter(Actor actor, UUID encounterId);
}
