package org.sightline;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.sightline.audit.AuditChain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar sightline.jar audit-verify [--data-dir data/pg] [--anchor position:hash]...}: walks
 * the audit log's hash chain without starting the application, and prints the first altered,
 * deleted or inserted entry by position and time, or that the chain is intact. Anchors copied from
 * the application log ("Audit anchor: 1200:9f86…") prove a cut tail. On an external database it
 * connects with SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD (read-only use); on the embedded one
 * it opens the data directory, which must not be in use by a running Sightline (use the admin page,
 * /audit/verify, then). Exit code 0: intact; 1: broken; 2: could not check.
 */
final class AuditVerifyCommand {

	private AuditVerifyCommand() {
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		return run(args, System.getenv(), out, err);
	}

	/** As {@link #run(String[], PrintStream, PrintStream)}, reading the connection settings from {@code env}. */
	static int run(String[] args, java.util.Map<String, String> env, PrintStream out, PrintStream err) {
		List<AuditChain.ExternalAnchor> anchors = new ArrayList<>();
		String dataDir = "data/pg";
		try {
			for (int i = 1; i < args.length; i++) {
				switch (args[i]) {
					case "--anchor" -> anchors.add(AuditChain.ExternalAnchor.parse(value(args, ++i)));
					case "--data-dir" -> dataDir = value(args, ++i);
					default -> throw new IllegalArgumentException("Unknown option " + args[i]);
				}
			}
		}
		catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			err.println("Usage: audit-verify [--data-dir data/pg] [--anchor position:hash]...");
			return 2;
		}
		String url = env.get("SPRING_DATASOURCE_URL");
		try {
			if (url != null && !url.isBlank()) {
				DataSource dataSource = new DriverManagerDataSource(url, env.get("SPRING_DATASOURCE_USERNAME"),
						env.get("SPRING_DATASOURCE_PASSWORD"));
				return verify(dataSource, anchors, out);
			}
			Path dir = Path.of(dataDir).toAbsolutePath();
			if (!Files.isRegularFile(dir.resolve("PG_VERSION"))) {
				err.println("No embedded database at " + dir + " (set --data-dir, or SPRING_DATASOURCE_URL for an external one)");
				return 2;
			}
			if (Files.isRegularFile(dir.resolve("postmaster.pid"))) {
				err.println("The embedded database at " + dir + " is in use by a running Sightline: verify on the admin page "
						+ "(/audit/verify), or stop the application first.");
				return 2;
			}
			try (EmbeddedPostgres postgres = EmbeddedPostgresConfig.start(dir.toString(), 0)) {
				return verify(postgres.getPostgresDatabase(), anchors, out);
			}
		}
		catch (Exception e) {
			err.println("Could not verify the audit log: " + e.getMessage());
			return 2;
		}
	}

	private static int verify(DataSource dataSource, List<AuditChain.ExternalAnchor> anchors, PrintStream out) {
		AuditChain chain = AuditChain.over(JdbcClient.create(dataSource), TimeConfig.systemClock());
		AuditChain.Verification result = new TransactionTemplate(new DataSourceTransactionManager(dataSource))
			.execute(status -> chain.verify(anchors));
		out.println("Audit log: " + result.entriesChecked() + " entries in the chain; head at position "
				+ result.headPosition() + (result.headHash() == null ? "" : " (" + result.headHash() + ")"));
		out.println("Anchors checked: " + (result.anchors().size() + anchors.size()));
		if (result.intact()) {
			out.println("INTACT: no entry was altered, deleted or inserted outside the chain.");
			return 0;
		}
		out.println("BROKEN: " + result.findings().size() + " problem(s). First:");
		result.findings().forEach(f -> out.println("  - " + (f.position() > 0 ? "position " + f.position() + ": " : "")
				+ f.what() + (f.at() == null ? "" : " [" + f.at() + "]")));
		return 1;
	}

	private static String value(String[] args, int i) {
		if (i >= args.length) {
			throw new IllegalArgumentException(args[i - 1] + " needs a value");
		}
		return args[i];
	}
}
