package org.sightline.notification.internal;

import java.util.Optional;
import org.sightline.notification.Channel;

/** Carries messages over one channel. */
public interface Courier {

	Channel channel();

	/** Why this channel cannot send now (e.g. no SMTP server configured); its messages wait. */
	Optional<String> unavailable();

	/** One attempt. Never throws: a failure is a {@link SendResult.NotSent}. */
	SendResult send(OutboxMessage message);
}
