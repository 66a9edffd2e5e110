package org.sightline.audit;

import java.time.Clock;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;

import org.sightline.shared.Actor;
import org.sightline.shared.access.AuditReaders;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	/** One page of a search, newest first, and how many entries match in all. */
	public record AuditPage(List<AuditEntry> entries, long total, int page, int pageSize) {

		public int pages() {
			return (int) Math.max(1, (total + pageSize - 1) / pageSize);
		}
	}

	/**
	 * Searches the log, newest first, for a supervisor or the data protection officer. The search
	 * is itself audited: reading the log is reading about people.
	 */
	@AuditReaders
	@Transactional
	public AuditPage search(Actor reader, AuditSearch search, int page, int pageSize) {
		int size = Math.min(Math.max(pageSize, 1), 1_000);
		int number = Math.max(page, 1);
		StringBuilder where = new StringBuilder(" where true");
		var params = new java.util.LinkedHashMap<String, Object>();
		search.actor().ifPresent(a -> {
			where.append(" and lower(actor) = lower(:actor)");
			params.put("actor", a);
		});
		search.action().ifPresent(a -> {
			where.append(" and action = :action");
			params.put("action", a.name());
		});
		search.subjectType().ifPresent(t -> {
			where.append(" and subject_type = :type");
			params.put("type", t);
		});
		search.subjectId().ifPresent(i -> {
			where.append(" and subject_id = :subjectId");
			params.put("subjectId", i);
		});
		if (!search.personRecords().isEmpty()) {
			where.append(" and ((subject_type = 'PERSON' and subject_id in (:records)) or subject_id in (:chronologies))");
			params.put("records", search.personRecords());
			params.put("chronologies", search.personRecords().stream().map(r -> "chronology:" + r).toList());
		}
		search.from().ifPresent(f -> {
			where.append(" and occurred_at >= :from");
			params.put("from", Timestamp.from(f));
		});
		search.to().ifPresent(t -> {
			where.append(" and occurred_at < :to");
			params.put("to", Timestamp.from(t));
		});
		long total = jdbc.sql("select count(*) from audit.audit_entry" + where).params(params).query(Long.class).single();
		List<AuditEntry> entries = jdbc.sql("select id, occurred_at, actor, action, subject_type, subject_id, reason, detail "
				+ "from audit.audit_entry" + where + " order by id desc limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) (number - 1) * size)
			.query(AuditTrail::entry)
			.list();
		record(reader, AuditAction.CONSULTATION, "AUDIT_LOG", "search", "Searched the audit log", describe(search)
				+ "; matches=" + total);
		return new AuditPage(entries, total, number, size);
	}

	private static String describe(AuditSearch search) {
		List<String> parts = new java.util.ArrayList<>();
		search.actor().ifPresent(a -> parts.add("actor=" + a));
		search.action().ifPresent(a -> parts.add("action=" + a));
		search.subjectType().ifPresent(t -> parts.add("type=" + t));
		search.subjectId().ifPresent(i -> parts.add("record=" + i));
		if (!search.personRecords().isEmpty()) {
			parts.add("person=" + search.personRecords().get(0));
		}
		search.from().ifPresent(f -> parts.add("from=" + f));
		search.to().ifPresent(t -> parts.add("to=" + t));
		return parts.isEmpty() ? "everything" : String.join("; ", parts);
	}

	private static AuditEntry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				AuditAction.valueOf(rs.getString("action")), rs.getString("subject_type"), rs.getString("subject_id"),
				rs.getString("reason"), rs.getString("detail"));
	}
}
