package org.sightline.notification.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature on a webhook: {@code X-Sightline-Signature: sha256=<hex>}, the HMAC-SHA256 with the
 * shared secret of {@code timestamp + "." + body}, where the timestamp is the
 * {@code X-Sightline-Timestamp} header (seconds since the epoch) and the body is the raw request body.
 * Signing the timestamp lets a receiver refuse old messages replayed later; it should also check that
 * the timestamp is recent (say, within five minutes).
 */
public final class WebhookSignature {

	static final String PREFIX = "sha256=";

	private WebhookSignature() {
	}

	/** The header value for this timestamp and body. */
	public static String sign(String secret, String timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return PREFIX + HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is not available", e);
		}
	}

	/** Whether the header is the signature of this timestamp and body under the secret (constant time). */
	public static boolean verify(String secret, String timestamp, String body, String header) {
		if (secret == null || timestamp == null || body == null || header == null) {
			return false;
		}
		byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
		byte[] given = header.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given);
	}
}
