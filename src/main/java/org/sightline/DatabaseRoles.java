package org.sightline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;

import javax.sql.DataSource;

/**
 * Least privilege in the database (DPA 2018 s62 logs that can be relied on). Two roles:
 * <ul>
 * <li>an <b>owner</b> ({@value #OWNER_ROLE}) that owns the schemas and runs the Flyway migrations;</li>
 * <li>a <b>runtime</b> role ({@code sightline.database.runtime-role}, default {@code sightline_app})
 * that the application connects as: not a superuser, owns nothing, may read and write the operational
 * tables, and may only insert into and read the audit log; it cannot truncate it, change its
 * triggers or turn them off ({@code session_replication_role} needs a superuser).</li>
 * </ul>
 * The grants are kept by the migration callback {@code afterMigrate.sql}, so every new table gets
 * them. On an external server the operator creates the roles ({@code docs/database-roles.sql}); the
 * embedded database is set up here, with generated passwords kept in its data directory.
 */
public final class DatabaseRoles {

	public static final String OWNER_ROLE = "sightline_owner";
	static final String CREDENTIALS_FILE = "sightline-roles.properties";

	private DatabaseRoles() {
	}

	/** The two roles and their passwords. */
	public record Credentials(String ownerRole, String ownerPassword, String runtimeRole, String runtimePassword) {

		/**
		 * Reads the passwords from {@code file}, or generates them (and writes the file, readable by
		 * its owner only). A null file (a throw-away test cluster) keeps them in memory.
		 */
		static Credentials loadOrCreate(Path file, String ownerRole, String runtimeRole) throws IOException {
			Properties properties = new Properties();
			if (file != null && Files.isRegularFile(file)) {
				try (InputStream in = Files.newInputStream(file)) {
					properties.load(in);
				}
			}
			boolean changed = false;
			for (String key : new String[] { "owner.password", "runtime.password" }) {
				if (properties.getProperty(key, "").isBlank()) {
					properties.setProperty(key, generatedPassword());
					changed = true;
				}
			}
			if (file != null && changed) {
				Files.createDirectories(file.getParent());
				try (OutputStream out = Files.newOutputStream(file)) {
					properties.store(out, "Sightline embedded database roles: generated passwords (keep private)");
				}
				try {
					Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
				}
				catch (UnsupportedOperationException notPosix) {
					// the file stays with the directory's permissions
				}
			}
			return new Credentials(ownerRole, properties.getProperty("owner.password"), runtimeRole,
					properties.getProperty("runtime.password"));
		}

		private static String generatedPassword() {
			byte[] bytes = new byte[24];
			new SecureRandom().nextBytes(bytes);
			return HexFormat.of().formatHex(bytes);
		}
	}

	/**
	 * As a superuser on the embedded cluster: creates (or updates) both roles, makes the owner role
	 * the database's owner, and hands it the objects an earlier version created as the superuser.
	 */
	static void setUp(DataSource superuser, Credentials credentials) {
		requireRoleName(credentials.ownerRole());
		requireRoleName(credentials.runtimeRole());
		try (Connection connection = superuser.getConnection(); Statement sql = connection.createStatement()) {
			createOrUpdateRole(sql, credentials.ownerRole(), credentials.ownerPassword());
			createOrUpdateRole(sql, credentials.runtimeRole(), credentials.runtimePassword());
			sql.execute("alter database postgres owner to " + credentials.ownerRole());
			sql.execute(transferOwnership(credentials.ownerRole()));
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot set up the database roles of the embedded database", e);
		}
	}

	private static void createOrUpdateRole(Statement sql, String role, String password) throws SQLException {
		String literal = "'" + password.replace("'", "''") + "'";
		sql.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + role + "') then "
				+ "create role " + role + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls; "
				+ "end if; end $$");
		sql.execute("alter role " + role + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password "
				+ literal);
	}

	/** Objects the superuser owns in the application's schemas (an upgrade from before the roles) go to the owner. */
	private static String transferOwnership(String owner) {
		return """
				do $$
				declare r record;
				begin
				  for r in select n.nspname from pg_namespace n
				           where n.nspowner = 'postgres'::regrole and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
				             and n.nspname <> 'public'
				             and not exists (select from pg_depend d where d.objid = n.oid and d.deptype = 'e') loop
				    execute format('alter schema %I owner to %I', r.nspname, '$OWNER');
				  end loop;
				  for r in select n.nspname, c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
				           where c.relowner = 'postgres'::regrole and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
				             and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
				             and not exists (select from pg_depend d where d.objid = c.oid and d.deptype in ('e', 'i', 'a')) loop
				    execute format('alter %s %I.%I owner to %I',
				        case r.relkind when 'v' then 'view' when 'm' then 'materialized view' when 'f' then 'foreign table'
				                       when 'S' then 'sequence' else 'table' end,
				        r.nspname, r.relname, '$OWNER');
				  end loop;
				  for r in select p.oid::regprocedure as signature from pg_proc p join pg_namespace n on n.oid = p.pronamespace
				           where p.proowner = 'postgres'::regrole and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
				             and not exists (select from pg_depend d where d.objid = p.oid and d.deptype = 'e') loop
				    execute format('alter function %s owner to %I', r.signature, '$OWNER');
				  end loop;
				end $$""".replace("$OWNER", owner);
	}

	private static void requireRoleName(String role) {
		if (!role.matches("[a-z_][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("A database role name is lower-case letters, digits and _: " + role);
		}
	}
}
