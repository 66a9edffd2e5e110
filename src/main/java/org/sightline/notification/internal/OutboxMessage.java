package org.sightline.notification.internal;

import java.time.Instant;
import java.util.UUID;
import org.sightline.notification.Channel;

/** A message picked from the outbox for one delivery attempt ({@code attempts} counts this one). */
public record OutboxMessage(UUID id, Channel channel, String recipient, String subject, String body, String subjectType,
		String subjectId, String eventType, Instant enqueuedAt, int attempts) {

	/** The e-mail Message-ID header: the same on every attempt, so a mail client shows one message. */
	String emailMessageId() {
		return "<" + id + "@sightline>";
	}
}
