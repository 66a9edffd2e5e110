package org.sightline;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar sightline.jar demo-force --encounters N [--seed S] [--months 12]}: generates an
 * invented force into the configured database (SPRING_DATASOURCE_URL, or the embedded one in
 * {@code data/pg}, which must not be in use by a running Sightline) with a progress bar, starting
 * the application without its web server. Exit code 0: written; 1: failed; 2: bad arguments.
 * The same seed twice into one database fails (the same records again): use another seed to add more.
 * Spring settings may follow, e.g. {@code --sightline.embedded-db.dir=/tmp/pg}.
 */
final class DemoForceCommand {

	static final String USAGE = "Usage: demo-force --encounters N [--seed S] [--months 12] [--sightline.setting=value]...";

	/** @param settings Spring settings passed through, e.g. {@code --sightline.embedded-db.dir=/tmp/pg} */
	record Options(long encounters, long seed, int months, List<String> settings) {
	}

	private DemoForceCommand() {
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		Options options;
		try {
			options = parse(args);
		}
		catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			err.println(USAGE);
			return 2;
		}
		long started = System.nanoTime();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("spring.main.banner-mode=off")
			.run(arguments(options))) {
			DemoForce generator = context.getBean(DemoForce.class);
			out.println("Generating " + String.format(Locale.UK, "%,d", options.encounters()) + " encounters over "
					+ options.months() + " months (seed " + options.seed() + ")");
			DemoForce.Result result = generator.generate(
					new DemoForce.Settings(options.encounters(), options.seed(), options.months(), Instant.now(context.getBean(Clock.class))),
					done -> out.print("\r" + bar(done, options.encounters(), (System.nanoTime() - started) / 1_000_000_000L)));
			out.println();
			result.rows().forEach((table, rows) -> out.printf(Locale.UK, "  %-28s %,12d rows%n", table, rows));
			out.printf(Locale.UK, "Generated %,d encounters in %.1f s (%.1f s with start-up)%n", result.encounters(),
					result.took().toMillis() / 1000.0, (System.nanoTime() - started) / 1e9);
			return 0;
		}
		catch (Exception e) {
			out.println();
			String message = String.valueOf(e.getMessage());
			if (message.contains("duplicate key")) {
				err.println("This database already holds a force generated with seed " + options.seed()
						+ ": use another --seed to add more.");
			}
			else {
				err.println("Could not generate the demo force: " + message);
			}
			return 1;
		}
	}

	/** Command-line settings win over application.properties: the first-start force must not run as well. */
	private static String[] arguments(Options options) {
		List<String> args = new ArrayList<>(options.settings());
		for (String fallback : List.of("--logging.level.root=WARN", "--logging.level.org.sightline.DemoForce=INFO")) {
			String key = fallback.substring(0, fallback.indexOf('=') + 1);
			if (args.stream().noneMatch(a -> a.startsWith(key))) {
				args.add(fallback);
			}
		}
		args.add("--sightline.demo-force.encounters=0");
		return args.toArray(String[]::new);
	}

	static Options parse(String[] args) {
		Long encounters = null;
		long seed = 42;
		int months = 12;
		List<String> settings = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			if (args[i].matches("--(spring|sightline|server|logging)\\.[^=]+=.*")) {
				settings.add(args[i]);
				continue;
			}
			switch (args[i]) {
				case "--encounters" -> encounters = number(args, ++i, "--encounters", 1, 100_000_000);
				case "--seed" -> seed = number(args, ++i, "--seed", Long.MIN_VALUE, Long.MAX_VALUE);
				case "--months" -> months = (int) number(args, ++i, "--months", 1, 120);
				default -> throw new IllegalArgumentException("Unknown option " + args[i]);
			}
		}
		if (encounters == null) {
			throw new IllegalArgumentException("--encounters is required");
		}
		return new Options(encounters, seed, months, settings);
	}

	private static long number(String[] args, int i, String option, long min, long max) {
		if (i >= args.length) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		long value;
		try {
			value = Long.parseLong(args[i].replace("_", "").replace(",", ""));
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException(option + " must be a whole number, not " + args[i]);
		}
		if (value < min || value > max) {
			throw new IllegalArgumentException(option + " must be between " + min + " and " + max + ", not " + args[i]);
		}
		return value;
	}

	/** [#####.....] 500,000 / 1,000,000 encounters  42 s */
	static String bar(long done, long total, long seconds) {
		return ProgressBar.of(done, total, "encounters", seconds);
	}
}
