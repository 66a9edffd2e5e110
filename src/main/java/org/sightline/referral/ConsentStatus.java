package org.sightline.referral;

/** Whether the person consented to the referral, and if not, why it goes ahead (REFERENCE §7). */
public enum ConsentStatus {
	GIVEN, REFUSED, NOT_SOUGHT_PREJUDICE, CANNOT_GIVE, NOT_REASONABLY_OBTAINABLE
}
