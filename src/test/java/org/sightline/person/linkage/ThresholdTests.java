package org.sightline.person.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ThresholdTests {

	private final LinkageSettings settings = LinkageSettings.defaults().withThresholds(0.95, 0.5);

	@Test
	@DisplayName("at or above the link threshold a pair is linked; between the thresholds it is for review; below, no link")
	void decisions() {
		assertThat(MatchDecision.of(0.95, settings)).isEqualTo(MatchDecision.LINK);
		assertThat(MatchDecision.of(0.9499, settings)).isEqualTo(MatchDecision.REVIEW);
		assertThat(MatchDecision.of(0.5, settings)).isEqualTo(MatchDecision.REVIEW);
		assertThat(MatchDecision.of(0.4999, settings)).isEqualTo(MatchDecision.NO_LINK);
	}

	@Test
	@DisplayName("the review threshold may not be above the link threshold")
	void thresholdsInOrder() {
		assertThatThrownBy(() -> settings.withThresholds(0.5, 0.9)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("thresholds");
		assertThatThrownBy(() -> settings.withThresholds(1.0, 0.5)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	@DisplayName("a stricter link threshold links fewer pairs and leaves more for review")
	void stricterThresholdLinksFewer() {
		PersonCsv.Loaded data = SyntheticData.people(3_000, 5);

		LinkageResult lenient = new Linker(settings.withThresholds(0.6, 0.1)).deduplicate(data.records(), m -> {
		});
		LinkageResult strict = new Linker(settings.withThresholds(0.9999, 0.1)).deduplicate(data.records(), m -> {
		});

		assertThat(strict.links()).isLessThan(lenient.links());
		assertThat(strict.reviewPairs().size()).isGreaterThan(lenient.reviewPairs().size());
		assertThat(strict.clusterCount()).isGreaterThan(lenient.clusterCount());
	}
}
