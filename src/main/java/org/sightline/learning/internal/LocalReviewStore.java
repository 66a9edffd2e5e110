package org.sightline.learning.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Local reviews and their recommendations, in the {@code learning} schema. */
@Repository
public class LocalReviewStore {

	/** A local review as stored: its kind is a code. */
	public record Review(UUID id, String kind, String reference, String title, String recordedBy, Instant recordedAt) {
	}

	/** A recommendation as stored: its status is a code. */
	public record Recommendation(UUID id, UUID reviewId, String text, String owner, LocalDate dueOn, String status,
			LocalDate doneOn, String updatedBy, Instant updatedAt) {
	}

	private final JdbcClient jdbc;

	LocalReviewStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(Review review) {
		jdbc.sql("""
				insert into learning.local_review (id, kind, reference, title, recorded_by, recorded_at)
				values (:id, :kind, :reference, :title, :by, :at)
				""")
			.param("id", review.id())
			.param("kind", review.kind())
			.param("reference", review.reference())
			.param("title", review.title())
			.param("by", review.recordedBy())
			.param("at", Timestamp.from(review.recordedAt()))
			.update();
	}

	public void add(Recommendation r) {
		jdbc.sql("""
				insert into learning.recommendation (id, review_id, text, owner, due_on, status, done_on, updated_by, updated_at)
				values (:id, :review, :text, :owner, :due, :status, :done, :by, :at)
				""")
			.param("id", r.id())
			.param("review", r.reviewId())
			.param("text", r.text())
			.param("owner", r.owner())
			.param("due", r.dueOn())
			.param("status", r.status())
			.param("done", r.doneOn())
			.param("by", r.updatedBy())
			.param("at", Timestamp.from(r.updatedAt()))
			.update();
	}

	/** Moves a recommendation on, only from the status it was read in (so that two people cannot both move it). */
	public boolean move(UUID id, String from, String to, LocalDate doneOn, String by, Instant at) {
		return jdbc.sql("""
				update learning.recommendation set status = :to, done_on = :done, updated_by = :by, updated_at = :at
				where id = :id and status = :from
				""")
			.param("id", id)
			.param("from", from)
			.param("to", to)
			.param("done", doneOn)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	public Optional<Review> review(UUID id) {
		return jdbc.sql("select * from learning.local_review where id = :id").param("id", id).query(LocalReviewStore::review)
			.optional();
	}

	public Optional<Recommendation> recommendation(UUID id) {
		return jdbc.sql("select * from learning.recommendation where id = :id").param("id", id)
			.query(LocalReviewStore::recommendation)
			.optional();
	}

	/** Every review, newest first. */
	public List<Review> reviews() {
		return jdbc.sql("select * from learning.local_review order by recorded_at desc, id").query(LocalReviewStore::review)
			.list();
	}

	/** Every recommendation, soonest due first. */
	public List<Recommendation> recommendations() {
		return jdbc.sql("select * from learning.recommendation order by due_on, id").query(LocalReviewStore::recommendation)
			.list();
	}

	private static Review review(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Review(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("reference"),
				rs.getString("title"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
	}

	private static Recommendation recommendation(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Recommendation(rs.getObject("id", UUID.class), rs.getObject("review_id", UUID.class),
				rs.getString("text"), rs.getString("owner"), rs.getObject("due_on", LocalDate.class), rs.getString("status"),
				rs.getObject("done_on", LocalDate.class), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
	}
}
