package org.sightline;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A connection as the schema's owner role, for tests that play a hostile insider with the owner's
 * password (disable a trigger, rewrite a row): on the embedded database through its cluster, on an
 * external one through the Flyway credentials. The application itself never connects like this.
 */
public final class OwnerDatabase {

	private OwnerDatabase() {
	}

	public static JdbcClient jdbc(ApplicationContext context) {
		return JdbcClient.create(dataSource(context));
	}

	public static DataSource dataSource(ApplicationContext context) {
		if (context.getBeanNamesForType(EmbeddedPostgres.class).length > 0) {
			EmbeddedPostgres postgres = context.getBean(EmbeddedPostgres.class);
			return postgres.getDatabase(DatabaseRoles.OWNER_ROLE, "postgres");
		}
		Environment env = context.getEnvironment();
		return new DriverManagerDataSource(env.getRequiredProperty("spring.datasource.url"),
				env.getRequiredProperty("spring.flyway.user"), env.getProperty("spring.flyway.password", ""));
	}
}
