package org.sightline.wellbeing.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Exposures and their prompts, in the {@code wellbeing} schema. */
@Repository
public class WellbeingStore {

	/** One exposure as stored, with its prompt's state; the categories and answers are codes. */
	public record Row(UUID id, String username, String team, UUID encounterId, List<String> categories,
			Instant occurredAt, Instant recordedAt, String answer, Instant answeredAt, String conversationKind,
			String conversationOutcome, String conversationBy, Instant conversationAt) {

		/** Open until a conversation was held or the person said not now. */
		public boolean open() {
			return !"HELD".equals(conversationOutcome) && !"NOT_NOW".equals(answer);
		}
	}

	private final JdbcClient jdbc;

	WellbeingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records an exposure; false (and nothing changed) when this person's exposure to this encounter is already recorded. */
	public boolean add(Row row) {
		return jdbc.sql("""
				insert into wellbeing.exposure (id, username, team, encounter_id, categories, occurred_at, recorded_at)
				values (:id, :username, :team, :encounterId, :categories, :occurredAt, :recordedAt)
				on conflict (username, encounter_id) do nothing
				""")
			.param("id", row.id())
			.param("username", row.username())
			.param("team", row.team())
			.param("encounterId", row.encounterId())
			.param("categories", row.categories().toArray(String[]::new))
			.param("occurredAt", Timestamp.from(row.occurredAt()))
			.param("recordedAt", Timestamp.from(row.recordedAt()))
			.update() == 1;
	}

	public Optional<Row> find(UUID id) {
		return jdbc.sql("select * from wellbeing.exposure where id = :id").param("id", id).query(WellbeingStore::row)
			.optional();
	}

	/** These people's exposures since a time, newest first. */
	public List<Row> of(Collection<String> usernames, Instant since) {
		if (usernames.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from wellbeing.exposure where username = any(:names) and occurred_at >= :since
				order by occurred_at desc, id
				""")
			.param("names", usernames.toArray(String[]::new))
			.param("since", Timestamp.from(since))
			.query(WellbeingStore::row)
			.list();
	}

	/** How many exposures of each category a team had since a time (its members' when each was recorded). */
	public Map<String, Integer> countsOfTeam(String team, Instant since) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		jdbc.sql("""
				select c, count(*) as n from wellbeing.exposure, unnest(categories) c
				where team = :team and occurred_at >= :since group by c
				""")
			.param("team", team)
			.param("since", Timestamp.from(since))
			.query((rs, n) -> counts.put(rs.getString("c"), rs.getInt("n")))
			.list();
		return counts;
	}

	public void answer(UUID id, String answer, Instant at) {
		jdbc.sql("update wellbeing.exposure set answer = :answer, answered_at = :at where id = :id")
			.param("id", id)
			.param("answer", answer)
			.param("at", Timestamp.from(at))
			.update();
	}

	public void conversation(UUID id, String kind, String outcome, String by, Instant at) {
		jdbc.sql("""
				update wellbeing.exposure set conversation_kind = :kind, conversation_outcome = :outcome,
				    conversation_by = :by, conversation_at = :at where id = :id
				""")
			.param("id", id)
			.param("kind", kind)
			.param("outcome", outcome)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Deletes exposures of encounters before this time; how many. */
	public int deleteBefore(Instant before) {
		return jdbc.sql("delete from wellbeing.exposure where occurred_at < :before")
			.param("before", Timestamp.from(before))
			.update();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("team"),
				rs.getObject("encounter_id", UUID.class), codes(rs.getArray("categories")),
				rs.getTimestamp("occurred_at").toInstant(), rs.getTimestamp("recorded_at").toInstant(),
				rs.getString("answer"), instant(rs.getTimestamp("answered_at")), rs.getString("conversation_kind"),
				rs.getString("conversation_outcome"), rs.getString("conversation_by"),
				instant(rs.getTimestamp("conversation_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static List<String> codes(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
