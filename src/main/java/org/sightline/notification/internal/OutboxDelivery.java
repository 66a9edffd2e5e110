package org.sightline.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.notification.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due messages, one at a time: pick and lease (one short transaction), send (no transaction
 * open, so a slow receiver holds no lock or connection), record the outcome (another transaction).
 * A crash between sending and recording leaves the lease to run out, and the message is sent again
 * under the same id: delivery is at least once, and receivers drop duplicates by message id.
 */
@Component
public class OutboxDelivery {

	static final String ACTOR = "notification";
	private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

	private final OutboxMessages messages;
	private final Map<Channel, Courier> couriers = new EnumMap<>(Channel.class);
	private final RetryPolicy retries;
	private final AuditTrail audit;
	private final TransactionTemplate transaction;
	private final NotificationSettings settings;
	private final Clock clock;

	OutboxDelivery(OutboxMessages messages, List<Courier> couriers, RetryPolicy retries, AuditTrail audit,
			PlatformTransactionManager transactions, NotificationSettings settings, Clock clock) {
		this.messages = messages;
		couriers.forEach(courier -> this.couriers.put(courier.channel(), courier));
		this.retries = retries;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		this.settings = settings;
		this.clock = clock;
	}

	/** Run by the scheduler every poll interval. */
	void deliverDue() {
		Instant now = clock.instant();
		Set<Channel> ready = couriers.values().stream().filter(c -> c.unavailable().isEmpty()).map(Courier::channel)
			.collect(Collectors.toSet());
		couriers.values().forEach(c -> c.unavailable().ifPresent(reason -> messages.waiting(c.channel(), reason, now)));
		messages.eraseExpired(now);
		for (int i = 0; i < settings.batchSize(); i++) {
			Instant pickedAt = clock.instant();
			Optional<OutboxMessage> next = messages.pickNext(ready, pickedAt, pickedAt.plus(settings.lease()));
			if (next.isEmpty()) {
				return;
			}
			OutboxMessage message = next.get();
			record(message, couriers.get(message.channel()).send(message));
		}
	}

	private void record(OutboxMessage message, SendResult result) {
		Instant now = clock.instant();
		transaction.executeWithoutResult(status -> {
			if (result instanceof SendResult.NotSent notSent) {
				RetryPolicy.Decision decision = retries.afterFailedAttempt(message.attempts(), now);
				if (decision instanceof RetryPolicy.RetryAt retry) {
					log.info("Notification {} ({} to {}) not delivered: {}; {}", message.id(), message.channel(),
							message.recipient(), notSent.error(), retry.reason());
					messages.failed(message.id(), message.attempts(), notSent.error(), Optional.of(retry.at()));
				}
				else {
					log.warn("Notification {} ({} to {}) failed: {}; {}", message.id(), message.channel(),
							message.recipient(), notSent.error(), ((RetryPolicy.GiveUp) decision).reason());
					messages.failed(message.id(), message.attempts(), notSent.error(), Optional.empty());
				}
			}
			else if (messages.delivered(message.id(), now)) {
				audit.record(ACTOR, AuditAction.DISCLOSURE, message.subjectType(), message.subjectId(), null,
						message.eventType() + " sent by " + message.channel() + " to " + message.recipient()
								+ " as message " + message.id() + " (attempt " + message.attempts() + ")");
			}
		});
	}
}
