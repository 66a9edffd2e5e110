package org.sightline.notification.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.sightline.notification.Channel;
import org.sightline.shared.SightlineSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs the {@link WebhookEnvelope} signed with the shared secret ({@link WebhookSignature}). A 2xx
 * answer is delivery; any other answer, a timeout or a connection failure is a failed attempt.
 * Redirects are not followed: the signed message goes only to the URL the force configured.
 */
@Component
public class WebhookCourier implements Courier {

	static final String NO_SECRET = "no webhook secret configured (sightline.notification.webhook-secret)";
	private static final Logger log = LoggerFactory.getLogger(WebhookCourier.class);

	private final HttpClient http;
	private final Duration timeout;
	private final Optional<String> secret;
	private final JsonMapper json;
	private final Clock clock;

	WebhookCourier(NotificationSettings settings, SightlineSettings shared, JsonMapper json, Clock clock) {
		this.timeout = settings.webhookTimeout();
		this.http = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		if (!settings.webhookSecret().isBlank()) {
			this.secret = Optional.of(settings.webhookSecret());
		}
		else if (shared.demo()) {
			log.warn("Webhooks are signed with the published demo secret: set sightline.notification.webhook-secret");
			this.secret = Optional.of(NotificationSettings.DEMO_WEBHOOK_SECRET);
		}
		else {
			this.secret = Optional.empty();
		}
		this.json = json;
		this.clock = clock;
	}

	@Override
	public Channel channel() {
		return Channel.WEBHOOK;
	}

	@Override
	public Optional<String> unavailable() {
		return secret.isPresent() ? Optional.empty() : Optional.of(NO_SECRET);
	}

	@Override
	public SendResult send(OutboxMessage message) {
		if (secret.isEmpty()) {
			return new SendResult.NotSent(NO_SECRET);
		}
		try {
			String body = WebhookEnvelope.of(message, json);
			String timestamp = Long.toString(clock.instant().getEpochSecond());
			HttpRequest request = HttpRequest.newBuilder(URI.create(message.recipient()))
				.timeout(timeout)
				.header("Content-Type", "application/json")
				.header("User-Agent", "Sightline-Notifications")
				.header("X-Sightline-Message-Id", message.id().toString())
				.header("X-Sightline-Timestamp", timestamp)
				.header("X-Sightline-Signature", WebhookSignature.sign(secret.get(), timestamp, body))
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build();
			HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
			int status = response.statusCode();
			return status >= 200 && status < 300 ? new SendResult.Sent()
					: new SendResult.NotSent("receiver answered HTTP " + status);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new SendResult.NotSent("interrupted while sending");
		}
		catch (IOException | RuntimeException e) {
			return new SendResult.NotSent(Errors.describe(e));
		}
	}
}
