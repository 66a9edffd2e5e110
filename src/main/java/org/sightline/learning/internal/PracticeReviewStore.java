package org.sightline.learning.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Debriefs and body-worn-video reviews with their themes, and the digest's dissemination log, in the {@code learning} schema. */
@Repository
public class PracticeReviewStore {

	/** One practice review as stored: kind, guideline and themes are codes. */
	public record Row(UUID id, UUID encounterId, String encounterReference, String encounterRecordedBy, String kind,
			String bwvReference, String wentWell, String toLearn, String guideline, List<String> themes,
			String recordedBy, Instant recordedAt) {
	}

	/** One sending of the digest to a team. */
	public record Sent(UUID id, LocalDate from, LocalDate to, String team, String sentBy, Instant sentAt, int recipients) {
	}

	private final JdbcClient jdbc;

	PracticeReviewStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(Row row) {
		jdbc.sql("""
				insert into learning.practice_review (id, encounter_id, encounter_reference, encounter_recorded_by, kind,
				    bwv_reference, went_well, to_learn, guideline, recorded_by, recorded_at)
				values (:id, :encounter, :reference, :responder, :kind, :bwv, :wentWell, :toLearn, :guideline, :by, :at)
				""")
			.param("id", row.id())
			.param("encounter", row.encounterId())
			.param("reference", row.encounterReference())
			.param("responder", row.encounterRecordedBy())
			.param("kind", row.kind())
			.param("bwv", row.bwvReference())
			.param("wentWell", row.wentWell())
			.param("toLearn", row.toLearn())
			.param("guideline", row.guideline())
			.param("by", row.recordedBy())
			.param("at", Timestamp.from(row.recordedAt()))
			.update();
		for (String theme : row.themes()) {
			jdbc.sql("insert into learning.practice_review_theme (review_id, theme) values (:id, :theme)")
				.param("id", row.id())
				.param("theme", theme)
				.update();
		}
	}

	/**
	 * Practice reviews, newest first: all of them, or ({@code readableBy}) those the person recorded or
	 * that are about an encounter they recorded; with a theme, only those tagged with it.
	 */
	public List<Row> list(Optional<String> readableBy, Optional<String> theme, int limit) {
		return jdbc.sql("""
				select r.*, array(select t.theme from learning.practice_review_theme t where t.review_id = r.id
				                  order by t.theme) as themes
				from learning.practice_review r
				where (cast(:reader as text) is null or r.recorded_by = :reader or r.encounter_recorded_by = :reader)
				  and (cast(:theme as text) is null
				       or exists (select 1 from learning.practice_review_theme t where t.review_id = r.id and t.theme = :theme))
				order by r.recorded_at desc, r.id
				limit :limit
				""")
			.param("reader", readableBy.orElse(null))
			.param("theme", theme.orElse(null))
			.param("limit", limit)
			.query(PracticeReviewStore::row)
			.list();
	}

	/** Every practice review recorded from {@code from} (inclusive) to {@code until} (exclusive), newest first. */
	public List<Row> recordedBetween(Instant from, Instant until) {
		return jdbc.sql("""
				select r.*, array(select t.theme from learning.practice_review_theme t where t.review_id = r.id
				                  order by t.theme) as themes
				from learning.practice_review r
				where r.recorded_at >= :from and r.recorded_at < :until
				order by r.recorded_at desc, r.id
				""")
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.query(PracticeReviewStore::row)
			.list();
	}

	/** Deletes the debriefs of these encounters (their themes go with them); how many. */
	public int deleteOfEncounters(List<UUID> encounterIds) {
		if (encounterIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("delete from learning.practice_review where encounter_id = any(:ids)")
			.param("ids", encounterIds.toArray(UUID[]::new))
			.update();
	}

	public void addSent(Sent sent) {
		jdbc.sql("""
				insert into learning.digest_dissemination (id, period_from, period_to, team, sent_by, sent_at, recipients)
				values (:id, :from, :to, :team, :by, :at, :recipients)
				""")
			.param("id", sent.id())
			.param("from", sent.from())
			.param("to", sent.to())
			.param("team", sent.team())
			.param("by", sent.sentBy())
			.param("at", Timestamp.from(sent.sentAt()))
			.param("recipients", sent.recipients())
			.update();
	}

	/** The dissemination log, newest first. */
	public List<Sent> sent(int limit) {
		return jdbc.sql("select * from learning.digest_dissemination order by sent_at desc, id limit :limit")
			.param("limit", limit)
			.query((rs, n) -> new Sent(rs.getObject("id", UUID.class), rs.getObject("period_from", LocalDate.class),
					rs.getObject("period_to", LocalDate.class), rs.getString("team"), rs.getString("sent_by"),
					rs.getTimestamp("sent_at").toInstant(), rs.getInt("recipients")))
			.list();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		Array themes = rs.getArray("themes");
		return new Row(rs.getObject("id", UUID.class), rs.getObject("encounter_id", UUID.class),
				rs.getString("encounter_reference"), rs.getString("encounter_recorded_by"), rs.getString("kind"),
				rs.getString("bwv_reference"), rs.getString("went_well"), rs.getString("to_learn"), rs.getString("guideline"),
				themes == null ? List.of() : Arrays.asList((String[]) themes.getArray()), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant());
	}
}
