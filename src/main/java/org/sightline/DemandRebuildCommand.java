package org.sightline;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sightline.demand.DemandRebuild;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar sightline.jar demand-rebuild [--sightline.setting=value]...}: rebuilds the demand
 * read model from scratch from the operational records, with progress, starting the application
 * without its web server (on the embedded database in {@code data/pg}, which must not be in use, or
 * on SPRING_DATASOURCE_URL). A running Sightline on the same database reloads its figures when it
 * sees the rebuild. Exit code 0: rebuilt; 1: failed; 2: bad arguments.
 */
final class DemandRebuildCommand {

	static final String USAGE = "Usage: demand-rebuild [--sightline.setting=value]...";

	private DemandRebuildCommand() {
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		List<String> settings = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			if (!args[i].matches("--(spring|sightline|server|logging)\\.[^=]+=.*")) {
				err.println("Unknown option " + args[i]);
				err.println(USAGE);
				return 2;
			}
			settings.add(args[i]);
		}
		if (settings.stream().noneMatch(s -> s.startsWith("--logging.level.root="))) {
			settings.add("--logging.level.root=WARN");
		}
		// a rebuild must not be preceded by a first-start demo force of its own
		settings.add("--sightline.demo-force.encounters=0");
		long started = System.nanoTime();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("spring.main.banner-mode=off")
			.run(settings.toArray(String[]::new))) {
			long total = context.getBean(org.sightline.encounter.EncounterDemandFacts.class).count();
			out.println(String.format(Locale.UK, "Rebuilding the demand figures from %,d encounters", total));
			long encounters = context.getBean(DemandRebuild.class).run((stage, done) -> out.print("\r"
					+ (stage.startsWith("encounters") ? ProgressBar.of(done, total, "encounters", (System.nanoTime() - started) / 1_000_000_000L)
							: String.format(Locale.UK, "%s: %,d", stage, done))
					+ "        "));
			out.println();
			out.printf(Locale.UK, "Rebuilt: %,d encounters in %.1f s%n", encounters, (System.nanoTime() - started) / 1e9);
			return 0;
		}
		catch (Exception e) {
			out.println();
			err.println("Could not rebuild the demand figures: " + e.getMessage());
			return 1;
		}
	}
}
