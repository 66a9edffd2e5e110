package org.sightline.notification;

import java.time.Instant;
import java.util.UUID;

/** A message picked from the outbox for one delivery attempt ({@code attempts} counts this one). */
record OutboxMessage(UUID id, Channel channel, String recipient, String subject, String body, String subjectType,
		String subjectId, String eventType, Instant enqueuedAt, int attempts) {

	/** The e-mail Message-ID header: the same on every attempt, so a mail client shows one message. */
	String emailMessageId() {
		return "<" + id + "@sightline>";
	}
}
