package org.sightline.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The people who signed in with single sign-on, by username, so the audit log can name them. */
@Repository
public class SingleSignOnPeople {

	private final JdbcClient jdbc;
	private final Clock clock;

	SingleSignOnPeople(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void signedIn(String username, String displayName) {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into identity.single_sign_on_person (username, display_name, first_signed_in, last_signed_in)
				values (:username, :displayName, :now, :now)
				on conflict (username) do update set display_name = excluded.display_name,
				    last_signed_in = excluded.last_signed_in
				""")
			.param("username", username)
			.param("displayName", displayName)
			.param("now", now)
			.update();
	}
}
