package org.sightline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL 17 when no {@code spring.datasource.url} is set, so that
 * {@code mvn spring-boot:run} needs nothing installed. With a directory set (the default,
 * {@code data/pg}) the cluster persists across restarts with fsync and synchronous commit on;
 * with an empty directory (tests) each context gets a throw-away cluster. The cluster is set up with
 * the same two roles as a production database ({@link DatabaseRoles}): migrations run as the owner,
 * the application as a runtime role that cannot rewrite the audit log.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfig.NoDatasourceUrl.class)
class EmbeddedPostgresConfig {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(ApplicationSettings settings) throws IOException {
		return start(settings.embeddedDb().dir(), settings.embeddedDb().port());
	}

	/** Starts the cluster: for the application, and for the command-line tools that run without it. */
	static EmbeddedPostgres start(String dir, int port) throws IOException {
		var builder = EmbeddedPostgres.builder()
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("max_connections", "50");
		if (StringUtils.hasText(dir)) {
			Path dataDir = Path.of(dir).toAbsolutePath();
			Files.createDirectories(dataDir.getParent());
			stopOrphanedPostmaster(dataDir);
			// zonky starts postgres with fsync and synchronous_commit off; later -c options win.
			builder.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on");
		}
		if (port > 0) {
			builder.setPort(port);
		}
		return builder.start();
	}

	/**
	 * The two roles, set up as in production: {@code sightline_owner} owns the schema and runs the
	 * migrations; the application runs as {@code sightline_app}, with only the grants it needs.
	 */
	@Bean
	DatabaseRoles.Credentials embeddedDatabaseRoles(EmbeddedPostgres postgres,
			ApplicationSettings settings) throws IOException {
		String dir = settings.embeddedDb().dir();
		String runtimeRole = settings.database().runtimeRole();
		Path file = StringUtils.hasText(dir) ? Path.of(dir).toAbsolutePath().resolve(DatabaseRoles.CREDENTIALS_FILE) : null;
		DatabaseRoles.Credentials credentials = DatabaseRoles.Credentials.loadOrCreate(file, DatabaseRoles.OWNER_ROLE,
				runtimeRole);
		DatabaseRoles.setUp(postgres.getPostgresDatabase(), credentials);
		return credentials;
	}

	/**
	 * What the application runs as: the runtime role, never a superuser or the schema's owner. The
	 * pool takes the same {@code spring.datasource.hikari.*} settings as on an external database (the
	 * short connection timeout that turns a stopped database into a quick 503).
	 */
	@Bean
	@org.springframework.context.annotation.Primary
	@org.springframework.boot.context.properties.ConfigurationProperties(prefix = "spring.datasource.hikari")
	DataSource dataSource(EmbeddedPostgres postgres, DatabaseRoles.Credentials roles) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl(roles.runtimeRole(), "postgres"));
		dataSource.setUsername(roles.runtimeRole());
		dataSource.setPassword(roles.runtimePassword());
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	/** What Flyway migrates as: the owner role. Not a candidate for anything else. */
	@Bean(defaultCandidate = false)
	@org.springframework.boot.flyway.autoconfigure.FlywayDataSource
	DataSource flywayDataSource(EmbeddedPostgres postgres, DatabaseRoles.Credentials roles) {
		return new org.springframework.jdbc.datasource.SimpleDriverDataSource(new org.postgresql.Driver(),
				postgres.getJdbcUrl(roles.ownerRole(), "postgres"), roles.ownerRole(), roles.ownerPassword());
	}

	/**
	 * After a crash (kill -9, an IDE stop) the postmaster outlives the JVM and holds the data
	 * directory; the next start would fail on the lock file. Stop it first.
	 */
	static void stopOrphanedPostmaster(Path dataDir) {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		try {
			String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
			long pid = Long.parseLong(firstLine);
			ProcessHandle.of(pid)
				.filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
				.ifPresent(p -> {
					log.warn("Stopping a postgres process (pid {}) left over from an earlier run", pid);
					p.destroy();
					try {
						p.onExit().get(30, TimeUnit.SECONDS);
					}
					catch (Exception e) {
						p.destroyForcibly();
					}
				});
		}
		catch (IOException | NumberFormatException e) {
			log.warn("Could not read {}: {}", pidFile, e.getMessage());
		}
	}

	static class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}
	}
}
