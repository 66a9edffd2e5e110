package org.sightline.learning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Teams and course completions, in the {@code learning} schema. */
@Repository
public class LearningStore {

	/** One completion as stored: the course is its code. */
	public record Row(UUID id, String username, String course, String provider, LocalDate completedOn,
			LocalDate renewalDue, String recordedBy, Instant recordedAt) {
	}

	private final JdbcClient jdbc;

	LearningStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(Row row) {
		jdbc.sql("""
				insert into learning.course_completion
				    (id, username, course, provider, completed_on, renewal_due, recorded_by, recorded_at)
				values (:id, :username, :course, :provider, :completedOn, :renewalDue, :by, :at)
				""")
			.param("id", row.id())
			.param("username", row.username())
			.param("course", row.course())
			.param("provider", row.provider())
			.param("completedOn", row.completedOn())
			.param("renewalDue", row.renewalDue())
			.param("by", row.recordedBy())
			.param("at", Timestamp.from(row.recordedAt()))
			.update();
	}

	/** Everything recorded for these people, newest completion first. */
	public List<Row> completionsOf(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from learning.course_completion where username = any(:names)
				order by completed_on desc, recorded_at desc
				""")
			.param("names", usernames.toArray(String[]::new))
			.query(LearningStore::row)
			.list();
	}

	public Optional<String> teamOf(String username) {
		return jdbc.sql("select team from learning.staff_team where username = :username")
			.param("username", username)
			.query(String.class)
			.optional();
	}

	public List<String> membersOf(String team) {
		return jdbc.sql("select username from learning.staff_team where team = :team order by username")
			.param("team", team)
			.query(String.class)
			.list();
	}

	/** Each team's members' usernames, teams in name order. */
	public Map<String, List<String>> teams() {
		return jdbc.sql("select team, username from learning.staff_team order by team, username")
			.query((rs, n) -> Map.entry(rs.getString("team"), rs.getString("username")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, java.util.TreeMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	public boolean anyTeam() {
		return jdbc.sql("select exists (select from learning.staff_team)").query(Boolean.class).single();
	}

	/** Puts the person in the team (moving them from any other); the team they were in before, if any. */
	public Optional<String> assign(String username, String team, String by, Instant at) {
		Optional<String> before = teamOf(username);
		jdbc.sql("""
				insert into learning.staff_team (username, team, assigned_by, assigned_at) values (:username, :team, :by, :at)
				on conflict (username) do update set team = excluded.team, assigned_by = excluded.assigned_by,
				    assigned_at = excluded.assigned_at
				""")
			.param("username", username)
			.param("team", team)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
		return before;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("course"),
				rs.getString("provider"), rs.getObject("completed_on", LocalDate.class),
				rs.getObject("renewal_due", LocalDate.class), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant());
	}
}
