package org.sightline.notification.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code sightline.notification}. The SMTP server itself is Boot's
 * {@code spring.mail.host} and {@code spring.mail.port}.
 *
 * @param from the From address of e-mails
 * @param webhookSecret the shared secret that signs webhooks; when empty, demo mode uses a
 *        published demo secret and production mode holds webhooks back
 * @param pollInterval how often the outbox is checked for due messages
 * @param retryDelays the wait after the first, second, ... failed attempt; the last one repeats
 * @param maxAttempts attempts before a message is FAILED
 * @param lease how long a picked message is reserved for the node sending it; if that node dies
 *        before recording the outcome, the message is sent again after this
 * @param webhookTimeout connect and response timeout of a webhook call
 * @param retention how long the subject and body of a delivered or failed message are kept; the
 *        delivery status is kept with the record it is about
 * @param batchSize messages sent at most per check of the outbox
 */
@ConfigurationProperties("sightline.notification")
public record NotificationSettings(String from, String webhookSecret, Duration pollInterval, List<Duration> retryDelays,
		Integer maxAttempts, Duration lease, Duration webhookTimeout, Duration retention, Integer batchSize) {

	/** Published in the README: good for the demo only. */
	static final String DEMO_WEBHOOK_SECRET = "sightline-demo-webhook-secret";

	public NotificationSettings {
		from = from == null || from.isBlank() ? "sightline@demo-constabulary.example" : from;
		webhookSecret = webhookSecret == null ? "" : webhookSecret;
		pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
		retryDelays = retryDelays == null || retryDelays.isEmpty() ? List.of(Duration.ofSeconds(30),
				Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofHours(6))
				: List.copyOf(retryDelays);
		maxAttempts = maxAttempts == null ? 10 : maxAttempts;
		lease = lease == null ? Duration.ofMinutes(2) : lease;
		webhookTimeout = webhookTimeout == null ? Duration.ofSeconds(10) : webhookTimeout;
		retention = retention == null ? Duration.ofDays(90) : retention;
		batchSize = batchSize == null ? 50 : batchSize;
		if (lease.compareTo(webhookTimeout.multipliedBy(2)) < 0) {
			// a lease shorter than a send would let a second node send a message still being sent
			throw new IllegalArgumentException("sightline.notification.lease (" + lease
					+ ") must be at least twice sightline.notification.webhook-timeout (" + webhookTimeout + ")");
		}
	}
}
