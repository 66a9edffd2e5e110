package org.sightline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar sightline.jar demand-rebuild}: rebuilds the demand figures without the web server. */
class DemandRebuildCommandTests {

	record Run(int exitCode, String out, String err) {
	}

	static Run rebuild(String... args) {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		String[] all = new String[args.length + 1];
		all[0] = "demand-rebuild";
		System.arraycopy(args, 0, all, 1, args.length);
		int code = DemandRebuildCommand.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void an_unknown_option_is_explained_with_the_usage() {
		Run run = rebuild("--everything");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("Unknown option --everything").contains("Usage: demand-rebuild");
	}

	@Test
	void it_rebuilds_the_figures_of_a_database_with_progress(@TempDir Path dir) {
		Run run = rebuild("--sightline.embedded-db.dir=" + dir.resolve("pg"),
				"--sightline.test.database-name=rebuild_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12),
				"--spring.jmx.enabled=false", "--sightline.demo-records=true");
		assertThat(run.exitCode()).as(run.err()).isZero();
		// demo mode records six encounters on an empty database; the rebuild counts them all
		assertThat(run.out()).contains("Rebuilding the demand figures from 6 encounters").contains("[").contains("Rebuilt: 6 encounters");
	}
}
