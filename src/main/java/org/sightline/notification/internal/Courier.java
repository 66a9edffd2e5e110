package org.sightline.notification;

import java.util.Optional;

/** Carries messages over one channel. */
interface Courier {

	Channel channel();

	/** Why this channel cannot send now (e.g. no SMTP server configured); its messages wait. */
	Optional<String> unavailable();

	/** One attempt. Never throws: a failure is a {@link SendResult.NotSent}. */
	SendResult send(OutboxMessage message);
}
