package org.sightline.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.notification.Channel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

public class WebhookEnvelopeTests {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final UUID ID = UUID.fromString("0b6f1b8e-4a43-4b39-9d0b-6c2d1f9a7e51");

	static OutboxMessage message(int attempt) {
		return new OutboxMessage(ID, Channel.WEBHOOK, "https://partner.example/hooks", "REFERRAL_SENT",
				"{\"referralId\":\"r-1\",\"agency\":\"CSC\"}", "REFERRAL", "r-1", "REFERRAL_SENT",
				Instant.parse("2026-12-01T10:15:30Z"), attempt);
	}

	@Test
	void the_envelope_carries_the_message_id_references_time_and_the_payload_as_json() {
		JsonNode envelope = JSON.readTree(WebhookEnvelope.of(message(1), JSON));

		assertThat(envelope.propertyNames()).containsExactly("messageId", "eventType", "subjectType", "subjectId",
				"occurredAt", "payload");
		assertThat(envelope.get("messageId").asString()).isEqualTo(ID.toString());
		assertThat(envelope.get("eventType").asString()).isEqualTo("REFERRAL_SENT");
		assertThat(envelope.get("subjectType").asString()).isEqualTo("REFERRAL");
		assertThat(envelope.get("subjectId").asString()).isEqualTo("r-1");
		assertThat(envelope.get("occurredAt").asString()).isEqualTo("2026-12-01T10:15:30Z");
		assertThat(envelope.get("payload").isObject()).isTrue();
		assertThat(envelope.get("payload").get("agency").asString()).isEqualTo("CSC");
	}

	@Test
	void every_attempt_sends_the_same_body() {
		assertThat(List.of(WebhookEnvelope.of(message(1), JSON), WebhookEnvelope.of(message(5), JSON)))
			.containsOnly(WebhookEnvelope.of(message(1), JSON));
	}
}
