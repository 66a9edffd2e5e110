package org.sightline.notification;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Where one message stands, for showing on the record it is about.
 *
 * @param attempts delivery attempts started so far
 * @param lastError why the latest failed attempt failed, or why the message is waiting (e.g. no SMTP
 *        server configured); kept after a later attempt succeeds
 * @param nextAttemptAt when it is next tried; empty once delivered or failed
 */
public record DeliveryStatus(UUID messageId, Channel channel, String recipient, String eventType, Status status,
		int attempts, Optional<String> lastError, Optional<Instant> nextAttemptAt, Optional<Instant> deliveredAt,
		Instant enqueuedAt) {

	public enum Status {
		/** Not yet tried, or waiting for its channel to be configured. */
		PENDING,
		/** Accepted by the SMTP server or answered 2xx by the webhook receiver. */
		DELIVERED,
		/** At least one attempt failed; it will be tried again. */
		RETRYING,
		/** Every allowed attempt failed; it will not be tried again. */
		FAILED
	}
}
