package org.sightline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Says so at start-up when the application connects as a superuser or as the owner of the audit
 * log: it then could rewrite the log, and the least-privilege set-up (README, "Database roles") was
 * not followed.
 */
@Component
class DatabaseRoleCheck {

	private static final Logger log = LoggerFactory.getLogger(DatabaseRoleCheck.class);

	private final JdbcClient jdbc;

	DatabaseRoleCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	void check() {
		boolean privileged = jdbc.sql("""
				select r.rolsuper or pg_get_userbyid(c.relowner) = current_user
				from pg_roles r, pg_class c where r.rolname = current_user and c.oid = 'audit.audit_entry'::regclass
				""").query(Boolean.class).single();
		if (privileged) {
			log.warn("Sightline connects to the database as {}, a superuser or the audit log's owner: it could rewrite the "
					+ "audit log. Run it as a separate runtime role (README, 'Database roles'; docs/database-roles.sql).",
					jdbc.sql("select current_user").query(String.class).single());
		}
	}
}
