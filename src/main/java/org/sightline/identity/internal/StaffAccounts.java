package org.sightline.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.sightline.shared.Actor;
import org.sightline.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Police staff (everyone but partner practitioners), as the people they are, without secrets: the
 * enabled local accounts, and the people who signed in with single sign-on, with the roles they had
 * at their last sign-in. The two never share a username (single sign-on refuses a username a local
 * account has), so each person appears once.
 */
@Repository
public class StaffAccounts {

	/**
	 * Staff as one relation: {@code username, display_name, roles, team, demo}. A person who
	 * signed in with single sign-on whose roles mapped to nothing is not staff.
	 */
	private static final String STAFF = """
			with staff as (
			    select username, display_name, roles, team, demo from identity.account
			    where enabled and not ('PARTNER_PRACTITIONER' = any(roles))
			    union all
			    select username, display_name, roles, team, false from identity.single_sign_on_person
			    where cardinality(roles) > 0 and not ('PARTNER_PRACTITIONER' = any(roles))
			)
			""";

	private final JdbcClient jdbc;

	StaffAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Actor> enabled(boolean demoOnly) {
		return jdbc.sql(STAFF + "select * from staff where demo or not :demoOnly order by display_name, username")
			.param("demoOnly", demoOnly)
			.query((rs, n) -> actor(rs))
			.list();
	}

	public Optional<Actor> find(String username) {
		return Optional.ofNullable(username)
			.flatMap(name -> jdbc.sql(STAFF + "select * from staff where username = :username")
				.param("username", name)
				.query((rs, n) -> actor(rs))
				.optional());
	}

	public Optional<String> teamOf(String username) {
		return jdbc.sql(STAFF + "select team from staff where username = :username and team is not null")
			.param("username", username)
			.query(String.class)
			.optional();
	}

	/** The enabled members of staff in a team, each with their roles, in one query. */
	public List<Actor> membersOf(String team) {
		return jdbc.sql(STAFF + "select * from staff where team = :team")
			.param("team", team)
			.query((rs, n) -> actor(rs))
			.list();
	}

	/** Each team's enabled members of staff, teams in name order, in one query. */
	public Map<String, List<Actor>> teams() {
		return jdbc.sql(STAFF + "select * from staff where team is not null")
			.query((rs, n) -> Map.entry(rs.getString("team"), actor(rs)))
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
		int changed = jdbc.sql("update identity.account set team = :team where username = :username and not ('PARTNER_PRACTITIONER' = any(roles))")
			.param("username", username)
			.param("team", team)
			.update();
		if (changed == 0) {
			jdbc.sql("""
					update identity.single_sign_on_person set team = :team
					where username = :username and not ('PARTNER_PRACTITIONER' = any(roles))
					""")
				.param("username", username)
				.param("team", team)
				.update();
		}
		return before;
	}

	public boolean anyTeam() {
		return jdbc.sql("""
				select exists (select from identity.account where team is not null)
				    or exists (select from identity.single_sign_on_person where team is not null)
				""").query(Boolean.class).single();
	}

	/** A row of {@link #STAFF}; a role this version does not know (left by a newer one) is skipped. */
	private static Actor actor(ResultSet rs) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String role : (String[]) rs.getArray("roles").getArray()) {
			Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().ifPresent(roles::add);
		}
		return new Actor(rs.getString("username"), rs.getString("display_name"), roles, Optional.empty());
	}
}
