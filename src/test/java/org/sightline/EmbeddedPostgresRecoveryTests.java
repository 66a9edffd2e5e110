package org.sightline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a crash (kill -9) the postmaster outlives the JVM and holds the data directory; the next
 * start must stop it and come up on the same data, not fail on the lock file.
 */
class EmbeddedPostgresRecoveryTests {

	@TempDir
	Path dataDir;

	/** Runs in a separate JVM: starts the database, writes a row, then waits to be killed. */
	public static void main(String[] args) throws Exception {
		EmbeddedPostgres postgres = EmbeddedPostgresConfig.start(args[0], 0);
		try (var connection = postgres.getPostgresDatabase().getConnection()) {
			connection.createStatement().execute("create table kept (id int); insert into kept values (42)");
		}
		System.out.println("ready");
		System.out.flush();
		Thread.sleep(Duration.ofMinutes(5).toMillis());
	}

	@Test
	void a_postmaster_left_over_from_a_crash_is_stopped_and_the_database_starts_on_the_same_data() throws Exception {
		Path dir = dataDir.resolve("pg");
		Process crashing = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), EmbeddedPostgresRecoveryTests.class.getName(), dir.toString())
			.redirectErrorStream(true)
			.start();
		try (var out = new BufferedReader(new InputStreamReader(crashing.getInputStream()))) {
			String line;
			while ((line = out.readLine()) != null && !line.equals("ready")) {
				// skip start-up logging
			}
			assertThat(line).as("child JVM started its database").isEqualTo("ready");
			crashing.destroyForcibly();
			assertThat(crashing.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		long orphanPid = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).as("postmaster orphaned").contains(true);

		try (EmbeddedPostgres restarted = EmbeddedPostgresConfig.start(dir.toString(), 0)) {
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			try (var connection = restarted.getPostgresDatabase().getConnection();
					var rs = connection.createStatement().executeQuery("select id from kept")) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getInt(1)).isEqualTo(42);
			}
			try (var connection = restarted.getPostgresDatabase().getConnection();
					var rs = connection.createStatement().executeQuery("show fsync")) {
				rs.next();
				assertThat(rs.getString(1)).isEqualTo("on");
			}
		}
	}
}
