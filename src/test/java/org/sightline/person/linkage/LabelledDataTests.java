package org.sightline.person.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs {@code evaluate} on every labelled file in the labelled linkage data (src/test/resources/linkage, copied with its licences), with the same default
 * settings for all of them (the thresholds are not tuned to any one file), and holds the matcher to
 * a modest floor of pairwise F1. A file of judged pairs ({@code X_labels.csv}) is used with the
 * records it judges ({@code X.csv}); a file with a settings file beside it ({@code X.yaml}) is read
 * through it ({@code --settings}). The figures it prints must be those published in BENCHMARKS.md's
 * table of labelled files, so the table cannot drift from what the code does: a change that moves
 * them must say so there.
 */
class LabelledDataTests {

	static final Path DATA = Path.of("src/test/resources/linkage");

	/** Pairwise F1 of the clusters written by link; well below what the matcher reaches on every file. */
	static final double F1_FLOOR = 0.85;

	private static final Pattern F1 = Pattern.compile("^(clusters|labelled): .* F1 (\\d\\.\\d+)", Pattern.MULTILINE);

	private static final Pattern MEASURES = Pattern.compile(
			"^(clusters|labelled): +precision (\\d\\.\\d+) +recall (\\d\\.\\d+) +F1 (\\d\\.\\d+)", Pattern.MULTILINE);

	private static final Pattern BLOCKING = Pattern.compile("blocking kept (\\d+\\.\\d)% of them");

	static final Path BENCHMARKS = Path.of("BENCHMARKS.md");

	@TestFactory
	@DisplayName("evaluate on every labelled file reaches the F1 floor with the same settings")
	Stream<DynamicTest> everyLabelledFile() throws IOException {
		assertThat(DATA).as("the labelled linkage data copied into the project").isDirectory();
		List<DynamicTest> tests = new ArrayList<>();
		try (Stream<Path> files = Files.list(DATA)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
				String name = file.getFileName().toString();
				if (name.endsWith("_labels.csv")) {
					Path records = file.resolveSibling(name.replace("_labels.csv", ".csv"));
					tests.add(DynamicTest.dynamicTest(name + " (judged pairs of " + records.getFileName() + ")",
							() -> assertMeasures(name, evaluate("--input", records.toString(), "--labels", file.toString()),
									"labelled")));
				}
				else if (Files.exists(file.resolveSibling(name.replace(".csv", ".yaml")))) {
					Path settings = file.resolveSibling(name.replace(".csv", ".yaml"));
					tests.add(DynamicTest.dynamicTest(name + " (read through " + settings.getFileName() + ")",
							() -> assertMeasures(name, evaluate("--input", file.toString(), "--settings", settings.toString()),
									"clusters")));
				}
				else {
					tests.add(DynamicTest.dynamicTest(name,
							() -> assertMeasures(name, evaluate("--input", file.toString()), "clusters")));
				}
			}
		}
		assertThat(tests).as("labelled files found in " + DATA).hasSizeGreaterThanOrEqualTo(4);
		return tests.stream();
	}

	private static String evaluate(String... options) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		String[] args = new String[options.length + 1];
		args[0] = "evaluate";
		System.arraycopy(options, 0, args, 1, options.length);
		int exit = LinkageCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
		return out.toString(StandardCharsets.UTF_8);
	}

	private static void assertMeasures(String file, String report, String measure) throws IOException {
		assertF1(report, measure);
		assertAsPublished(file, report, measure);
	}

	/**
	 * The row of BENCHMARKS.md's labelled-files table for this file: its first cell starts with the
	 * file name, its sixth holds the clusters' "precision / recall / **F1**" and, for a file of records,
	 * its fifth the share of true pairs blocking kept.
	 */
	static void assertAsPublished(String file, String report, String measure) throws IOException {
		String[] row = Files.readAllLines(BENCHMARKS).stream()
			.filter(line -> line.startsWith("| " + file + " ") || line.startsWith("| " + file + "|"))
			.findFirst()
			.map(line -> line.split("\\|"))
			.orElseThrow(() -> new AssertionError("BENCHMARKS.md has no row for " + file
					+ " in its table of labelled files; evaluate printed:%n".formatted() + report));
		String[] published = row[6].replace("*", "").replaceAll("\\(.*\\)", "").trim().split(" / ");
		Matcher m = MEASURES.matcher(report);
		String[] measured = null;
		while (m.find()) {
			if (m.group(1).equals(measure)) {
				measured = new String[] { m.group(2), m.group(3), m.group(4) };
			}
		}
		assertThat(measured).as("%s measures in%n%s", measure, report).isNotNull();
		assertThat(measured).as("%s: precision / recall / F1 printed by evaluate against BENCHMARKS.md", file)
			.containsExactly(published);
		if (measure.equals("clusters")) {
			Matcher blocking = BLOCKING.matcher(report);
			assertThat(blocking.find()).as("blocking recall in%n%s", report).isTrue();
			assertThat(blocking.group(1) + "%").as("%s: blocking kept, against BENCHMARKS.md", file)
				.isEqualTo(row[5].trim());
		}
	}

	private static void assertF1(String report, String measure) {
		Matcher m = F1.matcher(report);
		Double f1 = null;
		while (m.find()) {
			if (m.group(1).equals(measure)) {
				f1 = Double.valueOf(m.group(2));
			}
		}
		assertThat(f1).as("%s F1 in%n%s", measure, report).isNotNull().isGreaterThanOrEqualTo(F1_FLOOR);
	}
}
