package org.sightline.identity.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

	public Optional<String> teamOf(String username) {
		return jdbc.sql("select team from identity.account where username = :username and team is not null")
			.param("username", username)
			.query(String.class)
			.optional();
	}

	/** The enabled members of staff in a team, each with their roles, in one query. */
	public List<Actor> membersOf(String team) {
		return jdbc.sql("""
				select * from identity.account
				where team = :team and enabled and not ('PARTNER_PRACTITIONER' = any(roles))
				""")
			.param("team", team)
			.query((rs, n) -> actor(Accounts.map(rs, n)))
			.list();
	}

	/** Each team's enabled members of staff, teams in name order, in one query. */
	public Map<String, List<Actor>> teams() {
		return jdbc.sql("""
				select * from identity.account
				where team is not null and enabled and not ('PARTNER_PRACTITIONER' = any(roles))
				""")
			.query((rs, n) -> Map.entry(rs.getString("team"), actor(Accounts.map(rs, n))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, java.util.TreeMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/**
	 * Puts a member of staff in the team (moving them from any other); the team they were in before.
	 * Who set it and when are in the audit log. A partner practitioner's account is never changed.
	 */
	public Optional<String> assign(String username, String team) {
		Optional<String> before = teamOf(username);
		jdbc.sql("update identity.account set team = :team where username = :username and not ('PARTNER_PRACTITIONER' = any(roles))")
			.param("username", username)
			.param("team", team)
			.update();
		return before;
	}

	public boolean anyTeam() {
		return jdbc.sql("select exists (select from identity.account where team is not null)").query(Boolean.class).single();
	}

	private static Actor actor(Account account) {
		return new Actor(account.username(), account.displayName(), account.roles(), Optional.empty());
	}
}
