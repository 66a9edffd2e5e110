package org.sightline.notification.internal;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON a webhook receiver gets: {@code messageId}, {@code eventType}, {@code subjectType},
 * {@code subjectId}, {@code occurredAt} (ISO-8601, when the message was enqueued) and {@code payload}
 * (the notification body, as JSON). Built from stored fields only, so every attempt sends the same body.
 */
public final class WebhookEnvelope {

	private WebhookEnvelope() {
	}

	static String of(OutboxMessage message, JsonMapper json) {
		ObjectNode envelope = json.createObjectNode();
		envelope.put("messageId", message.id().toString());
		envelope.put("eventType", message.eventType());
		envelope.put("subjectType", message.subjectType());
		envelope.put("subjectId", message.subjectId());
		envelope.put("occurredAt", message.enqueuedAt().toString());
		envelope.set("payload", json.readTree(message.body()));
		return json.writeValueAsString(envelope);
	}
}
