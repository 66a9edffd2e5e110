package org.sightline.learning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Course completions, in the {@code learning} schema. */
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

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("course"),
				rs.getString("provider"), rs.getObject("completed_on", LocalDate.class),
				rs.getObject("renewal_due", LocalDate.class), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant());
	}
}
