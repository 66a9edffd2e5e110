package org.sightline.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sightline.notification.Channel;
import org.sightline.notification.DeliveryStatus;
import org.sightline.notification.Notification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox table. A message is picked with {@code for update skip locked}, so two nodes never pick
 * the same one, and leased: its next attempt moves to the end of the lease, so if the node sending
 * it dies before recording the outcome, it is picked again then (at least once, same message id).
 */
@Repository
public class OutboxMessages {

	private final JdbcClient jdbc;

	OutboxMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void add(UUID id, Notification n, Instant now, Instant retainUntil) {
		jdbc.sql("""
				insert into notification.outbox_message (id, channel, recipient, subject_line, body, subject_type,
				    subject_id, event_type, enqueued_at, status, attempts, next_attempt_at, retain_until)
				values (:id, :channel, :recipient, :subject, :body, :subjectType, :subjectId, :eventType, :now,
				    'PENDING', 0, :now, :retainUntil)
				""")
			.param("id", id)
			.param("channel", n.channel().name())
			.param("recipient", n.recipient())
			.param("subject", n.subject())
			.param("body", n.body())
			.param("subjectType", n.subjectType())
			.param("subjectId", n.subjectId())
			.param("eventType", n.eventType())
			.param("now", Timestamp.from(now))
			.param("retainUntil", Timestamp.from(retainUntil))
			.update();
	}

	/** Picks the next due message on one of these channels, counts the attempt and leases it. */
	@Transactional
	public Optional<OutboxMessage> pickNext(Collection<Channel> channels, Instant now, Instant leaseUntil) {
		if (channels.isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				update notification.outbox_message
				set attempts = attempts + 1, last_attempt_at = :now, next_attempt_at = :leaseUntil
				where id = (select id from notification.outbox_message
				            where status in ('PENDING', 'RETRYING') and next_attempt_at <= :now
				              and channel in (:channels)
				            order by next_attempt_at, enqueued_at
				            limit 1
				            for update skip locked)
				returning id, channel, recipient, subject_line, body, subject_type, subject_id, event_type,
				    enqueued_at, attempts
				""")
			.param("now", Timestamp.from(now))
			.param("leaseUntil", Timestamp.from(leaseUntil))
			.param("channels", channels.stream().map(Channel::name).toList())
			.query(OutboxMessages::message)
			.optional();
	}

	/** Delivered: final, whatever another node recorded meanwhile. */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean delivered(UUID id, Instant now) {
		return jdbc.sql("""
				update notification.outbox_message
				set status = 'DELIVERED', delivered_at = :now, next_attempt_at = null
				where id = :id and status <> 'DELIVERED'
				""")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * A failed attempt; ignored if it is stale (a later attempt has started since, after the lease ran
	 * out, or the message was delivered meanwhile).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void failed(UUID id, int attempt, String error, Optional<Instant> nextAttempt) {
		jdbc.sql("""
				update notification.outbox_message
				set status = :status, last_error = :error, next_attempt_at = :next
				where id = :id and attempts = :attempt and status in ('PENDING', 'RETRYING')
				""")
			.param("id", id)
			.param("attempt", attempt)
			.param("status", nextAttempt.isPresent() ? "RETRYING" : "FAILED")
			.param("error", error)
			.param("next", nextAttempt.map(Timestamp::from).orElse(null), java.sql.Types.TIMESTAMP)
			.update();
	}

	/** Says why due messages on a channel that cannot send are waiting; they stay due. */
	@Transactional
	int waiting(Channel channel, String reason, Instant now) {
		return jdbc.sql("""
				update notification.outbox_message set last_error = :reason
				where channel = :channel and status in ('PENDING', 'RETRYING') and next_attempt_at <= :now
				  and last_error is distinct from :reason
				""")
			.param("channel", channel.name())
			.param("reason", reason)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Erases the subject and body of finished messages past retention; their status stays. */
	@Transactional
	public int eraseExpired(Instant now) {
		return jdbc.sql("""
				update notification.outbox_message set subject_line = null, body = null, erased_at = :now
				where status in ('DELIVERED', 'FAILED') and retain_until <= :now and erased_at is null
				""")
			.param("now", Timestamp.from(now))
			.update();
	}

	@Transactional(readOnly = true)
	public List<DeliveryStatus> about(String subjectType, String subjectId) {
		return jdbc.sql("""
				select id, channel, recipient, event_type, status, attempts, last_error, next_attempt_at,
				    delivered_at, enqueued_at
				from notification.outbox_message
				where subject_type = :subjectType and subject_id = :subjectId
				order by enqueued_at, id
				""")
			.param("subjectType", subjectType)
			.param("subjectId", subjectId)
			.query((rs, n) -> new DeliveryStatus(rs.getObject("id", UUID.class), Channel.valueOf(rs.getString("channel")),
					rs.getString("recipient"), rs.getString("event_type"),
					DeliveryStatus.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
					Optional.ofNullable(rs.getString("last_error")), instant(rs, "next_attempt_at"),
					instant(rs, "delivered_at"), rs.getTimestamp("enqueued_at").toInstant()))
			.list();
	}

	private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
		return new OutboxMessage(rs.getObject("id", UUID.class), Channel.valueOf(rs.getString("channel")),
				rs.getString("recipient"), rs.getString("subject_line"), rs.getString("body"),
				rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("event_type"),
				rs.getTimestamp("enqueued_at").toInstant(), rs.getInt("attempts"));
	}

	private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return Optional.ofNullable(t).map(Timestamp::toInstant);
	}
}
