package org.sightline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import org.junit.jupiter.api.Test;

/** The demo-force command's arguments and progress bar, without starting the application. */
class DemoForceCommandTests {

	int run(ByteArrayOutputStream err, String... args) {
		return DemoForceCommand.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
	}

	@Test
	void bad_arguments_are_explained_and_exit_2() {
		for (String[] args : new String[][] { { "demo-force" }, { "demo-force", "--encounters" },
				{ "demo-force", "--encounters", "many" }, { "demo-force", "--encounters", "0" },
				{ "demo-force", "--encounters", "10", "--months", "0" }, { "demo-force", "--encounters", "10", "--colour" } }) {
			var err = new ByteArrayOutputStream();
			assertThat(run(err, args)).as(String.join(" ", args)).isEqualTo(2);
			assertThat(err.toString()).contains("Usage: demo-force --encounters N");
		}
	}

	@Test
	void options_and_spring_settings_are_read() {
		var options = DemoForceCommand.parse(new String[] { "demo-force", "--encounters", "1,000,000", "--seed", "7",
				"--months", "6", "--sightline.embedded-db.dir=/tmp/pg" });
		assertThat(options).isEqualTo(new DemoForceCommand.Options(1_000_000, 7, 6, java.util.List.of(
				"--sightline.embedded-db.dir=/tmp/pg")));
	}

	@Test
	void the_progress_bar_shows_how_far_and_how_long() {
		assertThat(DemoForceCommand.bar(500_000, 1_000_000, 42))
			.isEqualTo("[###############...............] 500,000 / 1,000,000 encounters  42 s");
	}
}
