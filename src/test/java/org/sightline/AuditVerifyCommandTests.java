package org.sightline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code java -jar sightline.jar audit-verify} on an embedded data directory, without the application. */
class AuditVerifyCommandTests {

	record Run(int exitCode, String out, String err) {
	}

	static Run verify(String... args) {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		String[] all = new String[args.length + 1];
		all[0] = "audit-verify";
		System.arraycopy(args, 0, all, 1, args.length);
		// The embedded data directory is what is under test, whatever external database the suite runs against.
		int code = AuditVerifyCommand.run(all, java.util.Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void it_reports_an_intact_log_then_the_position_of_an_altered_entry(@TempDir Path dir) throws Exception {
		Path data = dir.resolve("pg");
		try (EmbeddedPostgres postgres = EmbeddedPostgresConfig.start(data.toString(), 0)) {
			Flyway.configure()
				.dataSource(postgres.getPostgresDatabase())
				.locations("classpath:db/migration")
				.placeholders(java.util.Map.of("runtime_role", "sightline_app"))
				.load()
				.migrate();
			JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
			for (int i = 0; i < 3; i++) {
				jdbc.sql("insert into audit.audit_entry (occurred_at, actor, action, subject_type, subject_id) "
						+ "values (now(), 'handler', 'CONSULTATION', 'ENCOUNTER', :id)").param("id", "e" + i).update();
			}
		}

		Run intact = verify("--data-dir", data.toString());
		assertThat(intact.exitCode()).as(intact.err()).isZero();
		assertThat(intact.out()).contains("3 entries in the chain").contains("INTACT");

		try (EmbeddedPostgres postgres = EmbeddedPostgresConfig.start(data.toString(), 0)) {
			JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
			jdbc.sql("alter table audit.audit_entry disable trigger user").update();
			jdbc.sql("update audit.audit_entry set actor = 'supervisor' where subject_id = 'e1'").update();
		}
		Run broken = verify("--data-dir", data.toString());
		assertThat(broken.exitCode()).isEqualTo(1);
		assertThat(broken.out()).contains("BROKEN").contains("position 2: the entry at position 2");
	}

	@Test
	void a_bad_anchor_or_a_missing_directory_is_explained(@TempDir Path dir) {
		Run badAnchor = verify("--anchor", "12:not-a-hash");
		assertThat(badAnchor.exitCode()).isEqualTo(2);
		assertThat(badAnchor.err()).contains("position:hash");
		Run missing = verify("--data-dir", dir.resolve("nothing").toString());
		assertThat(missing.exitCode()).isEqualTo(2);
		assertThat(missing.err()).contains("No embedded database");
	}
}
