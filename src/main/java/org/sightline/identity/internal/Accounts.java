package org.sightline.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Collectors;

import org.sightline.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Accounts {

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> findByUsername(String username) {
		return jdbc.sql("select * from identity.account where username = :username")
			.param("username", username)
			.query(Accounts::map)
			.optional();
	}

	void save(Account account) {
		jdbc.sql("""
				insert into identity.account (username, display_name, password_hash, roles, agency_code, demo, enabled)
				values (:username, :displayName, :passwordHash, :roles, :agencyCode, :demo, :enabled)
				on conflict (username) do update set display_name = excluded.display_name,
				    password_hash = excluded.password_hash, roles = excluded.roles,
				    agency_code = excluded.agency_code, demo = excluded.demo, enabled = excluded.enabled
				""")
			.param("username", account.username())
			.param("displayName", account.displayName())
			.param("passwordHash", account.passwordHash())
			.param("roles", account.roles().stream().map(Role::name).sorted().toArray(String[]::new))
			.param("agencyCode", account.agencyCode().orElse(null))
			.param("demo", account.demo())
			.param("enabled", account.enabled())
			.update();
	}

	int deleteDemoAccounts() {
		return jdbc.sql("delete from identity.account where demo").update();
	}

	static Account map(ResultSet rs, int row) throws SQLException {
		Array roles = rs.getArray("roles");
		var roleSet = Arrays.stream((String[]) roles.getArray())
			.map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
		return new Account(rs.getString("username"), rs.getString("display_name"), rs.getString("password_hash"),
				roleSet, Optional.ofNullable(rs.getString("agency_code")), rs.getBoolean("demo"),
				rs.getBoolean("enabled"));
	}
}
