package org.sightline.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sightline.supervision.Concerning;
import org.sightline.supervision.ReviewItem;
import org.sightline.supervision.ReviewItemId;
import org.sightline.supervision.ReviewOutcome;
import org.sightline.supervision.ReviewRisk;
import org.sightline.supervision.SubjectRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ReviewItems {

	private final JdbcClient jdbc;

	ReviewItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the item unless the same subject already has an open item for the same reason. */
	public Optional<ReviewItemId> insertIfNotOpen(SubjectRef subject, String reasonCode, String reason, String raisedBy,
			Instant raisedAt, Concerning concerning, Instant dueAt) {
		UUID id = UUID.randomUUID();
		int inserted = jdbc.sql("""
				insert into supervision.review_item (id, subject_type, subject_id, subject_link, reason_code, reason,
				    raised_by, raised_at, status, encounter_id, person_id, risk_level, due_at)
				values (:id, :type, :subjectId, :link, :reasonCode, :reason, :raisedBy, :raisedAt, 'OPEN', :encounterId,
				    :personId, :risk, :dueAt)
				on conflict do nothing
				""")
			.param("encounterId", concerning.encounterId().orElse(null))
			.param("personId", concerning.personId().orElse(null))
			.param("risk", concerning.risk().name())
			.param("dueAt", Timestamp.from(dueAt))
			.param("id", id)
			.param("type", subject.type())
			.param("subjectId", subject.id())
			.param("link", subject.link())
			.param("reasonCode", reasonCode)
			.param("reason", reason)
			.param("raisedBy", raisedBy)
			.param("raisedAt", Timestamp.from(raisedAt))
			.update();
		return inserted == 1 ? Optional.of(new ReviewItemId(id)) : Optional.empty();
	}

	public Optional<ReviewItem> findById(ReviewItemId id) {
		return jdbc.sql("select * from supervision.review_item where id = :id")
			.param("id", id.value())
			.query(ReviewItems::map)
			.optional();
	}

	/** Open items, highest risk first, then soonest due. */
	public List<ReviewItem> open() {
		return jdbc.sql("""
				select * from supervision.review_item where status = 'OPEN'
				order by case risk_level when 'HIGH' then 0 when 'MEDIUM' then 1 when 'LOW' then 2
				    when 'NO_APPARENT_RISK' then 3 else 4 end, due_at, raised_at
				""")
			.query(ReviewItems::map)
			.list();
	}

	public List<ReviewItem> forSubject(String type, String subjectId) {
		return jdbc.sql("""
				select * from supervision.review_item where subject_type = :type and subject_id = :id order by raised_at
				""")
			.param("type", type)
			.param("id", subjectId)
			.query(ReviewItems::map)
			.list();
	}

	/** Closes an open item; false when it was no longer open (someone else decided first). */
	public boolean close(ReviewItemId id, ReviewOutcome outcome, String decidedBy, Instant decidedAt, String note) {
		return close(id, outcome, decidedBy, decidedAt, note, null);
	}

	/** Closes an open item with what the decision led to (a referral made from it). */
	public boolean close(ReviewItemId id, ReviewOutcome outcome, String decidedBy, Instant decidedAt, String note,
			String followUpLink) {
		return jdbc.sql("""
				update supervision.review_item set status = 'CLOSED', outcome = :outcome, decided_by = :decidedBy,
				    decided_at = :decidedAt, note = :note, follow_up_link = :followUp
				where id = :id and status = 'OPEN'
				""")
			.param("followUp", followUpLink)
			.param("id", id.value())
			.param("outcome", outcome.name())
			.param("decidedBy", decidedBy)
			.param("decidedAt", Timestamp.from(decidedAt))
			.param("note", note)
			.update() == 1;
	}

	private static ReviewItem map(ResultSet rs, int row) throws SQLException {
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		return new ReviewItem(new ReviewItemId(rs.getObject("id", UUID.class)),
				new SubjectRef(rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("subject_link")),
				rs.getString("reason_code"), rs.getString("reason"), rs.getString("raised_by"),
				rs.getTimestamp("raised_at").toInstant(), "OPEN".equals(rs.getString("status")),
				Optional.ofNullable(rs.getString("outcome")).map(ReviewOutcome::valueOf),
				Optional.ofNullable(rs.getString("decided_by")),
				Optional.ofNullable(decidedAt).map(Timestamp::toInstant), Optional.ofNullable(rs.getString("note")),
				new Concerning(Optional.ofNullable(rs.getObject("encounter_id", UUID.class)),
						Optional.ofNullable(rs.getObject("person_id", UUID.class)), ReviewRisk.valueOf(rs.getString("risk_level"))),
				rs.getTimestamp("due_at").toInstant(), Optional.ofNullable(rs.getString("follow_up_link")));
	}

	/** Deletes the items about records that were disposed of (their subjects no longer exist). */
	public int deleteAbout(java.util.Collection<String> subjectIds) {
		return jdbc.sql("delete from supervision.review_item where subject_id in (:ids)").param("ids", subjectIds).update();
	}
}
