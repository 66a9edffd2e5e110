package org.sightline.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Set;

import org.sightline.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The people who signed in with single sign-on, by username: so the audit log can name them, and so
 * that they are staff like any other (teams, learning, wellbeing) with the roles of their last sign-in.
 */
@Repository
public class SingleSignOnPeople {

	private final JdbcClient jdbc;
	private final Clock clock;

	SingleSignOnPeople(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void signedIn(String username, String displayName, Set<Role> roles) {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into identity.single_sign_on_person (username, display_name, first_signed_in, last_signed_in, roles)
				values (:username, :displayName, :now, :now, :roles)
				on conflict (username) do update set display_name = excluded.display_name,
				    last_signed_in = excluded.last_signed_in, roles = excluded.roles
				""")
			.param("username", username)
			.param("displayName", displayName)
			.param("now", now)
			.param("roles", roles.stream().map(Role::name).sorted().toArray(String[]::new))
			.update();
	}
}
