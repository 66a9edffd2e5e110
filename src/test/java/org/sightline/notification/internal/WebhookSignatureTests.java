package org.sightline.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

public class WebhookSignatureTests {

	static final String SECRET = "test-secret";
	static final String TIMESTAMP = "1700000000";
	static final String BODY = "{\"messageId\":\"x\",\"payload\":{\"a\":1}}";
	/** printf '%s' '1700000000.{"messageId":"x","payload":{"a":1}}' | openssl dgst -sha256 -hmac 'test-secret' */
	static final String EXPECTED = "sha256=28a909cfc1ff9b2913e136bb9c029815c6086b7cf4743cda7c66c64754bc4e1b";

	@Test
	void the_signature_is_the_hex_hmac_sha256_of_timestamp_dot_body() {
		assertThat(WebhookSignature.sign(SECRET, TIMESTAMP, BODY)).isEqualTo(EXPECTED);
	}

	@Test
	void a_receiver_accepts_the_signature_of_what_it_received() {
		assertThat(WebhookSignature.verify(SECRET, TIMESTAMP, BODY, EXPECTED)).isTrue();
		assertThat(WebhookSignature.verify(SECRET, TIMESTAMP, BODY, EXPECTED.toUpperCase().replace("SHA256=", "sha256=")))
			.isTrue();
	}

	@Test
	void a_changed_body_timestamp_or_secret_does_not_verify() {
		assertThat(WebhookSignature.verify(SECRET, TIMESTAMP, BODY.replace("1", "2"), EXPECTED)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, "1700000001", BODY, EXPECTED)).isFalse();
		assertThat(WebhookSignature.verify("other-secret", TIMESTAMP, BODY, EXPECTED)).isFalse();
	}

	@Test
	void a_missing_or_malformed_header_does_not_verify() {
		assertThat(WebhookSignature.verify(SECRET, TIMESTAMP, BODY, null)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, TIMESTAMP, BODY, "")).isFalse();
		assertThat(WebhookSignature.verify(SECRET, TIMESTAMP, BODY, EXPECTED.substring("sha256=".length()))).isFalse();
		assertThat(WebhookSignature.verify(SECRET, null, BODY, EXPECTED)).isFalse();
	}
}
