package org.sightline.person.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkageCliTests {

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun();

	private Path file(String name, String... lines) throws IOException {
		return Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
	}

	private Path splinkSample() throws IOException {
		return file("people.csv", "unique_id,first_name,surname,dob,city,email,cluster",
				"0,Robert,Alan,1971-06-24,,robert255@smith.net,0", "1,Robert,Allen,1971-05-24,,roberta25@smith.net,0",
				"2,Rob,Allen,1971-06-24,London,roberta25@smith.net,0", "3,Robert,Alen,1971-06-24,Lonon,,0",
				"4,Grace,,1997-04-26,Hull,grace.kelly52@jones.com,1", "5,Grace,Kelly,1991-04-26,,grace.kelly52@jones.com,1",
				"6,Logan,Murphy,1973-08-01,,,2", "7,Isla,Hall,1985-02-07,,islahall97@gutierrez-bennett.com,3",
				"8,Hall,Isla,1985-02-07,London,islahall97@gutierrez-bennett.com,3");
	}

	@Test
	@DisplayName("a file with an unknown header is refused naming the expected headers")
	void unknownHeaderIsRefused() throws IOException {
		Path input = file("odd.csv", "id,forename,lastname", "1,Ann,Lee");

		int exit = cli.run("link", "--input", input.toString(), "--output", dir.resolve("out.csv").toString());

		assertThat(exit).isEqualTo(2);
		assertThat(cli.err()).contains("unrecognised header id,forename,lastname")
				.contains("rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id")
				.contains("unique_id,first_name,surname,dob,city,email,cluster");
		assertThat(dir.resolve("out.csv")).doesNotExist();
	}

	@Test
	@DisplayName("a malformed row is reported with its line number and skipped, and the rest are linked")
	void malformedRowIsReportedAndSkipped() throws IOException {
		Path input = file("people.csv", "unique_id,first_name,surname,dob,city,email,cluster",
				"0,Robert,Allen,1971-06-24,,,0", "1,Robert,Allen,1971-06-24,London", "2,Rob,Allen,1971-06-24,,,0",
				"3,\"Ann, Marie\",Lee,1980-01-01,,,1", "4,\"broken,Lee,1980-01-01,,,1");
		Path output = dir.resolve("clusters.csv");

		int exit = cli.run("link", "--input", input.toString(), "--output", output.toString());

		assertThat(exit).isZero();
		assertThat(cli.err()).contains("people.csv line 3: expected 7 fields but found 5; row skipped")
				.contains("people.csv line 6: a quoted field is not closed before the end of the file; row skipped")
				.contains("2 malformed rows skipped");
		assertThat(Files.readAllLines(output)).containsExactly("record_id,cluster_id", "0,0", "2,0", "3,1");
	}

	@Test
	@DisplayName("an id a spreadsheet would run as a formula is written as text, in the output and the file name")
	void formulaIdsAreNeutralised() throws IOException {
		Path input = file("=HYPERLINK(x).csv", "unique_id,first_name,surname,dob,city,email,cluster",
				"\"=HYPERLINK(\"\"http://evil.example\"\")\",Robert,Allen,1971-06-24,,,0", "@SUM(1),Rob,Allen,1971-06-24,,,0");
		Path output = dir.resolve("clusters.csv");

		int exit = cli.run("link", "--input", input.toString(), "--input", input.toString(), "--output", output.toString());

		assertThat(exit).isZero();
		String written = Files.readString(output);
		assertThat(written).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"").contains("'@SUM(1)")
			.contains("'=HYPERLINK(x).csv")
			.doesNotContain("\n=").doesNotContain(",=").doesNotContain("\n@");
	}

	@Test
	@DisplayName("link writes a cluster for every record, the same one for records of one person")
	void linkWritesClusters() throws IOException {
		Path output = dir.resolve("clusters.csv");

		int exit = cli.run("link", "--input", splinkSample().toString(), "--output", output.toString(), "--review",
				dir.resolve("review.csv").toString());

		assertThat(exit).isZero();
		List<String> lines = Files.readAllLines(output);
		assertThat(lines).hasSize(10).first().isEqualTo("record_id,cluster_id");
		assertThat(lines.get(1).split(",")[1]).isEqualTo(lines.get(3).split(",")[1]); // Robert Alan, Rob Allen
		assertThat(lines.get(8).split(",")[1]).isEqualTo(lines.get(9).split(",")[1]); // Isla Hall, Hall Isla
		assertThat(lines.get(7).split(",")[1]).isNotEqualTo(lines.get(1).split(",")[1]); // Logan Murphy alone
		assertThat(Files.readAllLines(dir.resolve("review.csv")).get(0))
				.startsWith("record_id_l,record_id_r,match_weight,match_probability,prior_bits,given_name_level");
		assertThat(cli.err()).contains("wrote 9 records in");
	}

	@Test
	@DisplayName("with two inputs only records from different inputs are linked, and each row names its input")
	void linkageBetweenTwoInputs() throws IOException {
		Path left = file("left.csv", "unique_id,first_name,surname,dob,city,email,cluster",
				"a,Robert,Allen,1971-06-24,London,,0", "b,Robert,Allen,1971-06-24,London,,0");
		Path right = file("right.csv", "unique_id,first_name,surname,dob,city,email,cluster",
				"a,Rob,Allen,1971-06-24,London,,0", "c,Ann,Lee,1980-01-01,Hull,,1");
		Path output = dir.resolve("clusters.csv");

		int exit = cli.run("link", "--input", left.toString(), "--input", right.toString(), "--output", output.toString());

		assertThat(exit).isZero();
		List<String> lines = Files.readAllLines(output);
		assertThat(lines.get(0)).isEqualTo("record_id,cluster_id,source");
		assertThat(lines.get(1)).endsWith(",left.csv");
		assertThat(lines.get(3)).startsWith("a,").endsWith(",right.csv");
		// the two left records are one person, but they may only be joined through a right record
		assertThat(lines.get(1).split(",")[1]).isEqualTo(lines.get(3).split(",")[1]);
		assertThat(lines.get(4).split(",")[1]).isNotEqualTo(lines.get(1).split(",")[1]);
	}

	@Test
	@DisplayName("evaluate prints pairwise precision, recall and F1, pairs compared and records per second")
	void evaluatePrintsMeasures() throws IOException {
		int exit = cli.run("evaluate", "--input", splinkSample().toString());

		assertThat(exit).isZero();
		assertThat(cli.out()).containsPattern("pairs compared: +\\d+").containsPattern(
				"clusters: +precision \\d\\.\\d{4} +recall \\d\\.\\d{4} +F1 \\d\\.\\d{4}")
				.containsPattern("records per second: [\\d,]+");
	}

	@Test
	@DisplayName("a wrong command line is refused with the usage and exit code 2")
	void usage() {
		assertThat(cli.run("link", "--input", "x.csv")).isEqualTo(2);
		assertThat(cli.err()).contains("link needs --output").contains("usage:");
		assertThat(cli.run("merge")).isEqualTo(2);
		assertThat(cli.run("evaluate", "--input", "a.csv", "--link-above", "0.3", "--review-above", "0.6")).isEqualTo(2);
	}

	@Test
	@DisplayName("a keep-apart probability at or above the review threshold is refused with exit code 2")
	void keepApartMustStayBelowReview() {
		assertThat(cli.run("evaluate", "--input", "a.csv", "--review-above", "0.5", "--keep-apart-below", "0.5"))
			.isEqualTo(2);
		assertThat(cli.err()).contains("keep apart (0.5) must be at least 0 and below review (0.5)");
	}

	@Test
	@DisplayName("evaluate says how many clusters were kept apart and why; with keep-apart off, none are and links chain")
	void keptApartIsReportedAndCanBeTurnedOff() {
		String fake = LabelledDataTests.DATA.resolve("splink_fake_1000.csv").toString();
		assertThat(cli.run("evaluate", "--input", fake)).isZero();
		java.util.regex.Matcher kept = java.util.regex.Pattern
			.compile("clusters kept apart: (\\d+) \\((\\d+) links not followed").matcher(cli.out());
		assertThat(kept.find()).as(cli.out()).isTrue();
		assertThat(Integer.parseInt(kept.group(1))).isPositive();
		assertThat(cli.out()).containsPattern("\\n +\\d+  [a-z ]+: [a-z ,]+\\n");

		CliRun chaining = new CliRun();
		assertThat(chaining.run("evaluate", "--input", fake, "--keep-apart-below", "0")).isZero();
		assertThat(chaining.out()).contains("clusters kept apart: 0 (0 links not followed");
		assertThat(truePositives(chaining.out())).as("chained clusters hold the pairs kept apart before")
			.isGreaterThan(truePositives(cli.out()));
	}

	private static int truePositives(String report) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("clusters: .*\\(TP ([\\d,]+)").matcher(report);
		assertThat(m.find()).as(report).isTrue();
		return Integer.parseInt(m.group(1).replace(",", ""));
	}

	@Test
	@DisplayName("a missing input file fails with exit code 1 and says which")
	void missingFile() {
		assertThat(cli.run("evaluate", "--input", dir.resolve("absent.csv").toString())).isEqualTo(1);
		assertThat(cli.err()).contains("absent.csv");
	}

	/** The sample with two records of one Welsh man, recorded as Taff and as Dafydd, with the given ids. */
	private Path withTaffAndDafydd(String taffId, String dafyddId) throws IOException {
		List<String> lines = new ArrayList<>(Files.readAllLines(splinkSample()));
		lines.add(taffId + ",Taff,Pritchard,1966-03-02,Cardiff,,4");
		lines.add(dafyddId + ",Dafydd,Pritchard,1966-03-02,Cardiff,,4");
		return Files.write(dir.resolve("people.csv"), lines, StandardCharsets.UTF_8);
	}

	/** Runs link with thresholds so wide that every candidate pair goes to review, and reads the review file. */
	private List<Map<String, String>> reviewRows(Path input, String... more) throws IOException {
		Path review = dir.resolve("review.csv");
		List<String> args = new ArrayList<>(List.of("link", "--input", input.toString(), "--output",
				dir.resolve("clusters.csv").toString(), "--review", review.toString(), "--link-above", "0.9999999",
				"--review-above", "0.0000001"));
		args.addAll(List.of(more));
		assertThat(cli.run(args.toArray(String[]::new))).as(cli.err()).isZero();
		List<Map<String, String>> rows = new ArrayList<>();
		try (BufferedReader reader = Files.newBufferedReader(review, StandardCharsets.UTF_8)) {
			CsvLines csv = new CsvLines(reader);
			List<String> header = csv.next();
			for (List<String> row = csv.next(); row != null; row = csv.next()) {
				assertThat(row).hasSameSizeAs(header);
				Map<String, String> cells = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					cells.put(header.get(i), row.get(i));
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	private static Map<String, String> pair(List<Map<String, String>> rows, String left, String right) {
		return rows.stream().filter(r -> r.get("record_id_l").equals(left) && r.get("record_id_r").equals(right))
				.findFirst().orElseThrow(() -> new AssertionError("no review row for " + left + " and " + right));
	}

	@Test
	@DisplayName("the review file explains each pair: the prior and each field's bits add up to the total, which is the match weight")
	void reviewFileAddsUp() throws IOException {
		List<Map<String, String>> rows = reviewRows(withTaffAndDafydd("9", "10"));

		assertThat(rows).isNotEmpty();
		assertThat(rows.get(0).keySet()).containsExactly("record_id_l", "record_id_r", "match_weight",
				"match_probability", "prior_bits", "given_name_level", "given_name_bits", "surname_level", "surname_bits",
				"date_of_birth_level", "date_of_birth_bits", "address_level", "address_bits", "email_level", "email_bits",
				"national_id_level", "national_id_bits", "sex_level", "sex_bits", "free_text_level", "free_text_bits",
				"exact_value_level", "exact_value_bits", "total_bits", "explanation");
		for (Map<String, String> row : rows) {
			double sum = Double.parseDouble(row.get("prior_bits"));
			for (Field field : Field.ALL) {
				sum += Double.parseDouble(row.get(field.label.replace(' ', '_') + "_bits"));
			}
			double total = Double.parseDouble(row.get("total_bits"));
			assertThat(sum).as(row.toString()).isCloseTo(total, org.assertj.core.data.Offset.offset(0.01));
			assertThat(total).as(row.toString()).isCloseTo(Double.parseDouble(row.get("match_weight")),
					org.assertj.core.data.Offset.offset(0.002));
		}
		Map<String, String> robAndRobert = pair(rows, "2", "3");
		assertThat(robAndRobert.get("given_name_level")).isEqualTo("nickname");
		assertThat(robAndRobert.get("explanation")).startsWith("given name: nickname (rob / robert); surname: ")
				.contains("date of birth: same");
	}

	@Test
	@DisplayName("a force's nickname file (--nicknames) makes its local form a nickname in a run; without it, it is not")
	void nicknameFileMakesALocalFormANickname() throws IOException {
		Path input = withTaffAndDafydd("9", "10");
		Path local = file("local-nicknames.txt", "# Welsh forms used here", "dafydd taff");

		assertThat(pair(reviewRows(input), "9", "10").get("given_name_level")).isEqualTo("different");
		Map<String, String> withFile = pair(reviewRows(input, "--nicknames", local.toString()), "9", "10");
		assertThat(withFile.get("given_name_level")).isEqualTo("nickname");
		assertThat(withFile.get("explanation")).startsWith("given name: nickname (taff / dafydd)");
	}

	@Test
	@DisplayName("a nickname file that does not exist is refused with exit code 2, naming it")
	void missingNicknameFileIsRefused() throws IOException {
		Path missing = dir.resolve("absent-nicknames.txt");

		int exit = cli.run("evaluate", "--input", splinkSample().toString(), "--nicknames", missing.toString());

		assertThat(exit).isEqualTo(2);
		assertThat(cli.err()).contains("nickname file " + missing + " does not exist");
	}

	@Test
	@DisplayName("an id a spreadsheet would run as a formula is written as text in the review file too")
	void formulaIdsAreNeutralisedInTheReviewFile() throws IOException {
		Path input = withTaffAndDafydd("\"=HYPERLINK(\"\"http://evil.example\"\")\"", "@SUM(1)"); // quoted CSV cell

		List<Map<String, String>> rows = reviewRows(input);

		Map<String, String> row = pair(rows, "'=HYPERLINK(\"http://evil.example\")", "'@SUM(1)");
		assertThat(row.get("given_name_level")).isEqualTo("different");
		String written = Files.readString(dir.resolve("review.csv"));
		assertThat(written).doesNotContain("\n=").doesNotContain(",=").doesNotContain("\n@").doesNotContain(",@")
				.doesNotContain(",+").doesNotContain("\n+");
	}
}
