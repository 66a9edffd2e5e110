package org.sightline.identity.internal;

import java.util.List;
import java.util.Optional;

import org.sightline.shared.Actor;
import org.sightline.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Police staff accounts (every account but a partner practitioner's), as the people they are, without secrets. */
@Repository
public class StaffAccounts {

	private final JdbcClient jdbc;

	StaffAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Actor> enabled(boolean demoOnly) {
		return jdbc.sql("""
				select * from identity.account
				where enabled and not ('PARTNER_PRACTITIONER' = any(roles)) and (demo or not :demoOnly)
				order by display_name, username
				""")
			.param("demoOnly", demoOnly)
			.query((rs, n) -> actor(Accounts.map(rs, n)))
			.list();
	}

	public Optional<Actor> find(String username) {
		return Optional.ofNullable(username)
			.flatMap(name -> jdbc.sql("select * from identity.account where username = :username and enabled")
				.param("username", name)
				.query((rs, n) -> Accounts.map(rs, n))
				.optional())
			.filter(account -> !account.roles().contains(Role.PARTNER_PRACTITIONER))
			.map(StaffAccounts::actor);
	}

	private static Actor actor(Account account) {
		return new Actor(account.username(), account.displayName(), account.roles(), Optional.empty());
	}
}
