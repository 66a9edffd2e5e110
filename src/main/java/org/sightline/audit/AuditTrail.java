package org.sightline.audit;

import java.time.Clock;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;

import org.sightline.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit log. Writes join the caller's transaction: if the change is rolled
 * back, so is its entry, and an entry is never written for a change that did not happen. A
 * {@link AuditAction#REFUSAL} is the exception: the refused request is usually rolled back (it
 * ends in "not found"), and its entry must survive that, so it commits on its own.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final TransactionTemplate ownTransaction;

	AuditTrail(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void record(Actor actor, AuditAction action, String subjectType, String subjectId, String reason,
			String detail) {
		record(actor.username(), action, subjectType, subjectId, reason, detail);
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String actor, AuditAction action, String subjectType, String subjectId, String reason,
			String detail) {
		if (action == AuditAction.REFUSAL) {
			ownTransaction.executeWithoutResult(status -> insert(actor, action, subjectType, subjectId, reason, detail));
		}
		else {
			insert(actor, action, subjectType, subjectId, reason, detail);
		}
	}

	private void insert(String actor, AuditAction action, String subjectType, String subjectId, String reason,
			String detail) {
		jdbc.sql("""
				insert into audit.audit_entry (occurred_at, actor, action, subject_type, subject_id, reason, detail)
				values (:occurredAt, :actor, :action, :subjectType, :subjectId, :reason, :detail)
				""")
			.param("occurredAt", Timestamp.from(Instant.now(clock)))
			.param("actor", actor)
			.param("action", action.name())
			.param("subjectType", subjectType)
			.param("subjectId", subjectId)
			.param("reason", reason)
			.param("detail", detail)
			.update();
	}

	/** Every entry about one record, oldest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> entriesFor(String subjectType, String subjectId) {
		return jdbc.sql("""
				select id, occurred_at, actor, action, subject_type, subject_id, reason, detail
				from audit.audit_entry where subject_type = :type and subject_id = :id order by id
				""")
			.param("type", subjectType)
			.param("id", subjectId)
			.query(AuditTrail::entry)
			.list();
	}

	/** The newest entries, for the audit page. */
	@PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
	@Transactional(readOnly = true)
	public List<AuditEntry> latest(int limit) {
		return jdbc.sql("""
				select id, occurred_at, actor, action, subject_type, subject_id, reason, detail
				from audit.audit_entry order by id desc limit :limit
				""")
			.param("limit", limit)
			.query(AuditTrail::entry)
			.list();
	}

	private static AuditEntry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				AuditAction.valueOf(rs.getString("action")), rs.getString("subject_type"), rs.getString("subject_id"),
				rs.getString("reason"), rs.getString("detail"));
	}
}
