package org.sightline.notification;

/** How a notification travels. */
public enum Channel {
	/** An e-mail over SMTP to an agency address. */
	EMAIL,
	/** A signed JSON POST to a partner system's URL. */
	WEBHOOK
}
