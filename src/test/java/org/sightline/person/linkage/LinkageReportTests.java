package org.sightline.person.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** link --report writes one self-contained, well-formed HTML report of the run. */
class LinkageReportTests {

	private static final Path FEBRL = LabelledDataTests.DATA.resolve("febrl_dataset1.csv");

	@TempDir
	Path dir;

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return LinkageCli.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private Document link(Path input, String... more) throws IOException {
		Path report = dir.resolve("report.html");
		String[] args = { "link", "--input", input.toString(), "--output", dir.resolve("clusters.csv").toString(),
				"--report", report.toString() };
		String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
		System.arraycopy(more, 0, all, args.length, more.length);
		assertThat(run(all)).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(report).exists();
		return Jsoup.parse(Files.readString(report), "", Parser.htmlParser().setTrackErrors(100));
	}

	@Test
	void the_report_is_well_formed_html_in_english_with_a_title_headings_and_captioned_tables() throws IOException {
		Path report = dir.resolve("report.html");
		assertThat(run("link", "--input", FEBRL.toString(), "--output", dir.resolve("c.csv").toString(), "--report",
				report.toString())).isZero();
		Parser parser = Parser.htmlParser().setTrackErrors(100);

		Document html = Jsoup.parse(Files.readString(report), "", parser);

		assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
		assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(html.title()).isEqualTo("Person linkage report");
		assertThat(html.select("h1").text()).isEqualTo("Person linkage report");
		assertThat(html.select("h2").eachText()).contains("Inputs", "The model", "Thresholds", "Match weights",
				"Calibration");
		for (Element table : html.select("table")) {
			assertThat(table.select("caption")).as("a table without a caption").hasSize(1);
			assertThat(table.select("thead th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
		}
	}

	@Test
	void the_report_names_the_input_its_records_and_the_prior() throws IOException {
		Document html = link(FEBRL);

		assertThat(html.select("table").first().text()).contains(FEBRL.toString()).contains("1,000");
		assertThat(html.text()).containsPattern("gives two compared records a [0-9.e-]+ probability")
				.containsPattern("prior weight of [-+][0-9.]+ bits");
	}

	@Test
	void the_report_tabulates_m_u_and_weight_for_every_field_and_level() throws IOException {
		Document html = link(FEBRL);

		Element parameters = html.getElementById("parameters");
		for (Field field : Field.ALL) {
			for (int l = 1; l < field.levels.length; l++) {
				String level = field.levels[l].label;
				assertThat(parameters.select("tbody tr").stream()
						.anyMatch(tr -> tr.child(0).text().equals(field.label) && tr.child(1).text().equals(level)))
						.as(field.label + " " + level).isTrue();
			}
		}
		assertThat(parameters.select("tbody tr td:eq(2)").eachText()).allMatch(m -> m.matches("\\d\\.\\d{4}"));
	}

	@Test
	void the_report_draws_the_weight_histogram_with_both_thresholds_and_repeats_its_counts_in_a_table()
			throws IOException {
		Document html = link(FEBRL);

		Element svg = html.selectFirst("svg#histogram");
		assertThat(svg).isNotNull();
		assertThat(svg.attr("role")).isEqualTo("img");
		String label = svg.getElementById(svg.attr("aria-labelledby")).text();
		java.util.regex.Matcher pairs = java.util.regex.Pattern.compile("^Candidate pairs by match weight: ([\\d,]+) pairs")
			.matcher(label);
		assertThat(pairs.find()).as(label).isTrue();
		long compared = Long.parseLong(pairs.group(1).replace(",", ""));
		assertThat(compared).as("FEBRL dataset 1 has 500 true pairs, all blocked together").isGreaterThanOrEqualTo(500);
		assertThat(svg.select("rect")).isNotEmpty();
		assertThat(svg.select("text").eachText()).anyMatch(t -> t.startsWith("link "))
				.anyMatch(t -> t.startsWith("review "));
		long counted = html.select("table:has(caption:contains(Candidate pairs by match weight)) tbody td:eq(1)")
				.eachText().stream().mapToLong(t -> Long.parseLong(t.replace(",", ""))).sum();
		assertThat(counted).as("the table repeats the histogram's counts").isEqualTo(compared);
	}

	@Test
	void the_report_gives_the_thresholds_their_expected_precision_and_the_calibration_table() throws IOException {
		Document html = link(FEBRL, "--target-precision", "0.99");

		Element thresholds = html.getElementById("thresholds");
		assertThat(thresholds.select("tbody th").eachText()).containsExactly("Link", "Review");
		double precision = Double.parseDouble(thresholds.select("tbody tr").first().child(4).text());
		assertThat(precision).isGreaterThanOrEqualTo(0.99);
		assertThat(html.text()).contains("chosen by the model").contains("precision of at least 0.99");
		assertThat(html.getElementById("calibration").select("tbody tr")).hasSizeGreaterThan(5);
	}

	@Test
	void the_report_fetches_nothing_runs_nothing_and_an_input_file_name_with_markup_stays_text() throws IOException {
		Path hostile = dir.resolve("people<script>alert(1)<b>x.csv");
		Files.copy(FEBRL, hostile);

		Document html = link(hostile);

		assertThat(html.select("script")).isEmpty();
		assertThat(html.select("b")).isEmpty();
		assertThat(html.text()).contains("people<script>alert(1)<b>x.csv");
		assertThat(html.select("link, img, iframe, object, [src], [href]")).isEmpty();
		assertThat(html.select("style").html()).doesNotContain("url(").doesNotContain("@import");
	}

	@Test
	void evaluate_writes_the_report_too() throws IOException {
		Path report = dir.resolve("evaluated.html");

		assertThat(run("evaluate", "--input", FEBRL.toString(), "--report", report.toString())).isZero();

		assertThat(Jsoup.parse(Files.readString(report)).select("svg#histogram")).hasSize(1);
	}
}
