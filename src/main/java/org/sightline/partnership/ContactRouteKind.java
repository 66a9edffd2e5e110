package org.sightline.partnership;

/** How a partner agency can be reached. */
public enum ContactRouteKind {
	PHONE, EMAIL,
	/** A secure email service for sharing personal data (for example an nhs.net or .gov.uk account). */
	SECURE_EMAIL,
	/** A machine-to-machine referral endpoint (https). */
	WEBHOOK,
	/** A web page that takes referrals. */
	PORTAL
}
