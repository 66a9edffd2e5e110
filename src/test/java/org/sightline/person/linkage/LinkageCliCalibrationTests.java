package org.sightline.person.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** link and evaluate say what the model expects of the link threshold, and can let it choose one. */
class LinkageCliCalibrationTests {

	private static final String FEBRL = LabelledDataTests.DATA.resolve("febrl_dataset1.csv").toString();

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun();

	private static double number(String text, String pattern) {
		Matcher m = Pattern.compile(pattern).matcher(text);
		assertThat(m.find()).as(pattern + " in " + text).isTrue();
		return Double.parseDouble(m.group(1));
	}

	@Test
	void link_prints_the_expected_precision_and_recall_of_the_link_threshold() {
		int exit = cli.run("link", "--input", FEBRL, "--output", dir.resolve("clusters.csv").toString());

		assertThat(exit).isZero();
		assertThat(number(cli.out(), "expected precision: (\\d\\.\\d{4})")).isBetween(0.9, 1.0);
		assertThat(number(cli.out(), "expected recall: +(\\d\\.\\d{4})")).isBetween(0.9, 1.0);
		assertThat(cli.out()).doesNotContain("chosen by the model");
	}

	@Test
	void a_target_precision_lets_the_model_choose_the_link_threshold_and_evaluate_reports_the_one_used() {
		int exit = cli.run("evaluate", "--input", FEBRL, "--target-precision", "0.99");

		assertThat(exit).isZero();
		String text = cli.out();
		double weight = number(text, "link threshold: +(-?\\d+\\.\\d{2}) bits");
		assertThat(text).contains("chosen by the model for an expected precision of at least 0.99");
		assertThat(number(text, "expected precision: (\\d\\.\\d{4})")).isGreaterThanOrEqualTo(0.99);
		// the thresholds line names the probability actually used, not the default 0.95
		double used = number(text, "thresholds: +link at p >= ([0-9.E-]+)");
		assertThat(used).isNotEqualTo(0.95);
		assertThat(LinkageModel.weightOf(used)).isCloseTo(weight, org.assertj.core.api.Assertions.within(0.01));
		assertThat(text).containsPattern("links: +precision \\d\\.\\d{4}");
	}

	@Test
	void a_higher_target_precision_never_links_more_pairs() {
		CliRun lenientRun = new CliRun();
		lenientRun.run("evaluate", "--input", FEBRL, "--target-precision", "0.9");
		double lenient = number(lenientRun.out(), "links: .*\\(TP ([\\d,]+)");
		cli.run("evaluate", "--input", FEBRL, "--target-precision", "0.99999");
		double strict = number(cli.out(), "links: .*\\(TP ([\\d,]+)");

		assertThat(strict).isLessThan(lenient);
	}

	@Test
	void link_above_and_target_precision_together_are_a_usage_error() {
		int exit = cli.run("evaluate", "--input", FEBRL, "--link-above", "0.9", "--target-precision", "0.99");

		assertThat(exit).isEqualTo(2);
		assertThat(cli.err()).contains("give either --link-above or --target-precision, not both").contains("usage:");
		assertThat(cli.out()).isEmpty();
	}

	@Test
	void a_target_precision_outside_0_to_1_is_a_usage_error() {
		assertThat(cli.run("evaluate", "--input", FEBRL, "--target-precision", "1")).isEqualTo(2);
		assertThat(cli.err()).contains("--target-precision takes a number above 0 and below 1");
	}
}
