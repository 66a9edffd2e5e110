package org.sightline.notification.internal;

/** The outcome of one delivery attempt. */
public sealed interface SendResult {

	/** The SMTP server accepted the e-mail, or the receiver answered 2xx. */
	record Sent() implements SendResult {
	}

	/** It did not; the message is tried again, or fails. */
	record NotSent(String error) implements SendResult {
	}
}
