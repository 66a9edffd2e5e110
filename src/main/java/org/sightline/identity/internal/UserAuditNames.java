package org.sightline.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sightline.audit.AuditNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** People's names for the usernames in the audit log (subject type {@value #USERS}): local accounts and single sign-on. */
@Component
public class UserAuditNames implements AuditNames {

	static final String USERS = "USER";

	private final JdbcClient jdbc;

	UserAuditNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Collection<String> subjectTypes() {
		// a team membership's id is the member's username (StaffTeams)
		return List.of(USERS, "TEAM");
	}

	@Override
	public Map<String, String> names(String subjectType, Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return Map.of();
		}
		// local accounts first: a single sign-on username is never a local account's (ClaimsPolicy refuses it)
		return jdbc.sql("""
				select username, display_name from identity.account where username in (:names)
				union all
				select username, display_name from identity.single_sign_on_person where username in (:names)
				""")
			.param("names", usernames)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (local, singleSignOn) -> local));
	}
}
