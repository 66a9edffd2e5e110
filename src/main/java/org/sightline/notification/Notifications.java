package org.sightline.notification;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.sightline.notification.internal.NotificationSettings;
import org.sightline.notification.internal.OutboxMessages;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Violation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends e-mails and webhooks about a record, through the outbox: {@link #enqueue} only writes a row in
 * the caller's transaction, so a message goes out exactly when the change it reports commits, and
 * never for a change that was rolled back. Delivery happens afterwards, at least once, under the
 * returned message id. No role check on enqueue: a notification follows an action the calling module
 * has already authorised, often one with no user (a timer running out).
 */
@Service
public class Notifications {

	private final OutboxMessages messages;
	private final NotificationSettings settings;
	private final JsonMapper json;
	private final Clock clock;

	Notifications(OutboxMessages messages, NotificationSettings settings, JsonMapper json, Clock clock) {
		this.messages = messages;
		this.settings = settings;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Puts a message in the outbox, in the caller's transaction (there must be one).
	 *
	 * @return the message id, the same on every delivery attempt
	 * @throws InvalidInputException if the recipient, body or references are unusable
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID enqueue(Notification notification) {
		validate(notification);
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		messages.add(id, notification, now, now.plus(settings.retention()));
		return id;
	}

	/** Every message about one record, oldest first, with where its delivery stands. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<DeliveryStatus> statusFor(String subjectType, String subjectId) {
		return messages.about(subjectType, subjectId);
	}

	private void validate(Notification n) {
		List<Violation> problems = new ArrayList<>();
		require(problems, "channel", n.channel() == null ? null : n.channel().name());
		require(problems, "recipient", n.recipient());
		require(problems, "body", n.body());
		require(problems, "subjectType", n.subjectType());
		require(problems, "subjectId", n.subjectId());
		require(problems, "eventType", n.eventType());
		if (n.channel() == Channel.EMAIL) {
			require(problems, "subject", n.subject());
		}
		if (problems.isEmpty() && n.channel() == Channel.EMAIL) {
			try {
				new InternetAddress(n.recipient(), true).validate();
			}
			catch (AddressException e) {
				problems.add(new Violation("recipient", "Enter an e-mail address like name@agency.example"));
			}
		}
		if (problems.isEmpty() && n.channel() == Channel.WEBHOOK) {
			if (!isHttpUrl(n.recipient())) {
				problems.add(new Violation("recipient", "Enter an absolute http or https URL"));
			}
			try {
				json.readTree(n.body());
			}
			catch (JacksonException e) {
				problems.add(new Violation("body", "A webhook body must be JSON"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static void require(List<Violation> problems, String field, String value) {
		if (value == null || value.isBlank()) {
			problems.add(new Violation(field, "Enter the " + field));
		}
	}

	private static boolean isHttpUrl(String text) {
		try {
			URI uri = new URI(text);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (java.net.URISyntaxException e) {
			return false;
		}
	}
}
