package org.sightline;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL that a fault test owns, on a fixed data directory and port, so the test can stop it
 * and start it again under a running Sightline (or keep it while Sightline is killed). It is always
 * the embedded one, also in CI's pass on an external server: the test must be able to stop its
 * database without stopping everyone else's. Its database name starts with
 * {@code sightline_test_}, so {@link IsolatedTestDatabase} leaves the address alone.
 */
final class StoppableDatabase implements AutoCloseable {

	static final String DATABASE = IsolatedTestDatabase.PREFIX + "faults";

	private final Path dataDir;
	private final int port;
	private final DatabaseRoles.Credentials roles;
	private EmbeddedPostgres postgres;

	StoppableDatabase(Path dataDir) throws IOException {
		this.dataDir = dataDir;
		this.port = freePort();
		this.roles = DatabaseRoles.Credentials.loadOrCreate(null, DatabaseRoles.OWNER_ROLE, "sightline_app");
		start();
		DatabaseRoles.setUp(postgres.getPostgresDatabase(), roles);
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement sql = connection.createStatement()) {
			sql.execute("create database " + DATABASE + " owner " + roles.ownerRole());
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * A free port below the kernel's range for outgoing connections (32768 and up on Linux): a client
	 * that retries while nothing listens on an ephemeral port can be given that same port as its own
	 * and connect to itself (TCP simultaneous open), holding the port, so the server cannot start again.
	 */
	static int freePort() throws IOException {
		var random = new java.util.Random();
		for (int attempt = 0; attempt < 100; attempt++) {
			int candidate = 20_000 + random.nextInt(12_000);
			try (ServerSocket socket = new ServerSocket(candidate)) {
				return socket.getLocalPort();
			}
			catch (IOException taken) {
				// try another
			}
		}
		throw new IOException("No free port found between 20000 and 32000");
	}

	/** Starts the server on the same directory and port (after {@link #stop()}: as after an outage). */
	void start() throws IOException {
		postgres = EmbeddedPostgres.builder()
			.setPGStartupWait(Duration.ofSeconds(60))
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setServerConfig("max_connections", "50")
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.start();
	}

	/** Stops the server (pg_ctl stop, fast mode): every connection to it is cut. */
	void stop() throws IOException {
		postgres.close();
		postgres = null;
	}

	String url() {
		return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
	}

	/** Sightline's settings for this database: migrations as the owner, the application as the runtime role. */
	List<String> arguments() {
		return List.of("--spring.datasource.url=" + url(), "--spring.datasource.username=" + roles.runtimeRole(),
				"--spring.datasource.password=" + roles.runtimePassword(), "--spring.flyway.user=" + roles.ownerRole(),
				"--spring.flyway.password=" + roles.ownerPassword());
	}

	/** A connection as the owner, for the test's own checks. */
	Connection connect() throws SQLException {
		return java.sql.DriverManager.getConnection(url(), roles.ownerRole(), roles.ownerPassword());
	}

	@Override
	public void close() throws IOException {
		if (postgres != null) {
			stop();
		}
	}
}
