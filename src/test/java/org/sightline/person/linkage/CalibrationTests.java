package org.sightline.person.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The model's own expectations of a threshold: bounded, recall falling as the threshold rises,
 * and a threshold chosen for a precision that meets it and is the lowest that does.
 */
class CalibrationTests {

	/** Summing the same probabilities in another order may differ in the last bits. */
	private static final double ROUNDING = 1e-9;

	/** Candidate weights in quarter bits, so that many pairs share a weight, as real ones do. */
	private static Gen<float[]> weights() {
		return lists().of(integers().between(-160, 160).map(q -> q / 4f)).ofSizeBetween(0, 40).map(list -> {
			float[] out = new float[list.size()];
			for (int i = 0; i < out.length; i++) {
				out[i] = list.get(i);
			}
			return out;
		});
	}

	@Test
	void expected_precision_and_recall_are_between_0_and_1_at_every_threshold() {
		qt().forAll(weights(), doubles().between(-50, 50)).checkAssert((w, t) -> {
			Calibration.Expected e = Calibration.of(w).at(t);
			assertThat(e.precision()).isBetween(0.0, 1.0);
			assertThat(e.recall()).isBetween(0.0, 1.0);
			for (Calibration.Expected row : Calibration.of(w).table()) {
				assertThat(row.precision()).isBetween(0.0, 1.0);
				assertThat(row.recall()).isBetween(0.0, 1.0);
			}
		});
	}

	@Test
	void expected_recall_never_rises_as_the_threshold_rises() {
		qt().forAll(weights(), doubles().between(-50, 50), doubles().between(0, 20)).checkAssert((w, t, rise) -> {
			Calibration calibration = Calibration.of(w);
			assertThat(calibration.at(t + rise).recall()).isLessThanOrEqualTo(calibration.at(t).recall());
			assertThat(calibration.at(t + rise).pairs()).isLessThanOrEqualTo(calibration.at(t).pairs());
		});
	}

	@Test
	void the_threshold_chosen_for_a_precision_meets_it_and_no_lower_pair_weight_does() {
		qt().forAll(weights(), doubles().between(0.01, 0.999)).checkAssert((w, target) -> {
			Calibration calibration = Calibration.of(w);
			double chosen = calibration.thresholdFor(target);
			assertThat(calibration.at(chosen).precision()).isGreaterThanOrEqualTo(target - ROUNDING);
			for (float lower : w) {
				if (lower < chosen) {
					assertThat(calibration.at(lower).precision()).as("a lower weight %s also meets it", lower)
							.isLessThan(target + ROUNDING);
				}
			}
		});
	}

	@Test
	void each_row_of_the_table_is_what_the_model_expects_at_that_whole_bit() {
		qt().forAll(weights()).checkAssert(w -> {
			Calibration calibration = Calibration.of(w);
			List<Calibration.Expected> table = calibration.table();
			for (int i = 0; i < table.size(); i++) {
				Calibration.Expected row = table.get(i);
				assertThat(row.threshold()).isEqualTo(Math.rint(row.threshold()));
				if (i > 0) {
					assertThat(row.threshold()).isEqualTo(table.get(i - 1).threshold() - 1);
				}
				Calibration.Expected direct = calibration.at(row.threshold());
				assertThat(row.pairs()).isEqualTo(direct.pairs());
				assertThat(row.precision()).isCloseTo(direct.precision(), within(ROUNDING));
				assertThat(row.recall()).isCloseTo(direct.recall(), within(ROUNDING));
			}
			assertThat(table.isEmpty() || table.get(table.size() - 1).pairs() == w.length).isTrue();
		});
	}

	@Test
	void a_link_probability_for_a_chosen_weight_links_a_pair_at_exactly_that_weight() {
		qt().forAll(integers().between(-4000, 4000).map(q -> q / 100f)).checkAssert(w -> {
			double p = Calibration.linkAboveFor(w);
			assertThat(p).isGreaterThan(0).isLessThan(1);
			// as near as a double can say: near 1, one step of a probability is many steps of weight
			double nearest = 1e-8 * Math.pow(2, Math.max(0, w - 20));
			assertThat(LinkageModel.weightOf(p)).isLessThanOrEqualTo(w).isCloseTo(w, within(nearest));
		});
	}

	@Test
	void precision_is_the_mean_probability_above_the_threshold_and_recall_the_share_of_all_expected_matches() {
		// weights 10, 10, 0, 0, -10 bits: match probabilities 1024/1025 twice, 1/2 twice, 1/1025
		float[] w = { 10, 0, -10, 10, 0 };
		double sure = 1024.0 / 1025;
		double all = 2 * sure + 1 + 1.0 / 1025;
		Calibration calibration = Calibration.of(w);

		Calibration.Expected at5 = calibration.at(5);
		assertThat(at5.pairs()).isEqualTo(2);
		assertThat(at5.precision()).isCloseTo(sure, within(1e-12));
		assertThat(at5.recall()).isCloseTo(2 * sure / all, within(1e-12));
		assertThat(calibration.at(0).precision()).isCloseTo((2 * sure + 1) / 4, within(1e-12));
		assertThat(calibration.at(-10).recall()).isCloseTo(1, within(1e-12));

		// 0.99: only the two sure pairs; 0.6: the pairs at 0 bits bring the mean to 0.75, the one at -10 to 0.60
		assertThat(calibration.thresholdFor(0.99)).isEqualTo(10);
		assertThat(calibration.thresholdFor(0.6)).isEqualTo(0);
		assertThat(calibration.thresholdFor(0.5)).isEqualTo(-10);
		// more sure than any pair: a threshold above them all links none
		double none = calibration.thresholdFor(0.9999);
		assertThat(none).isGreaterThan(10);
		assertThat(calibration.at(none).pairs()).isZero();

		assertThat(calibration.table()).extracting(Calibration.Expected::threshold, Calibration.Expected::pairs)
				.startsWith(org.assertj.core.groups.Tuple.tuple(10.0, 2L), org.assertj.core.groups.Tuple.tuple(9.0, 2L))
				.endsWith(org.assertj.core.groups.Tuple.tuple(-10.0, 5L)).hasSize(21);
	}

	@Test
	void a_target_precision_replaces_the_link_threshold_and_lowers_the_review_threshold_below_it() {
		float[] w = { 10, 0, -10, 10, 0 };
		LinkageSettings settings = LinkageSettings.defaults().withTargetPrecision(0.6);

		LinkageSettings used = Calibration.chosen(settings, w);

		assertThat(LinkageModel.weightOf(used.linkAbove())).isLessThanOrEqualTo(0).isCloseTo(0, within(1e-9));
		assertThat(used.reviewAbove()).isEqualTo(used.linkAbove());
		assertThat(Calibration.chosen(LinkageSettings.defaults(), w)).isEqualTo(LinkageSettings.defaults());
	}

	@Test
	void a_run_with_a_target_precision_links_exactly_the_pairs_at_or_above_the_weight_the_model_chose() {
		PersonCsv.Loaded data = SyntheticData.people(3_000, 5);
		LinkageSettings settings = LinkageSettings.defaults().withTargetPrecision(0.999);
		assertThat(LinkageSettings.defaults().targetPrecision()).isEmpty();

		LinkageResult result = new Linker(settings).deduplicate(data.records(), m -> {
		});

		Calibration calibration = Calibration.of(result);
		double chosen = calibration.thresholdFor(0.999);
		assertThat(result.model().settings().linkAbove()).isEqualTo(Calibration.linkAboveFor(chosen))
				.isNotEqualTo(settings.linkAbove());
		assertThat(result.links()).isEqualTo(calibration.at(chosen).pairs());
		assertThat(calibration.at(chosen).precision()).isGreaterThanOrEqualTo(0.999);
	}
}
