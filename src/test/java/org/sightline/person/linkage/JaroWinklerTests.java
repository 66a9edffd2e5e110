package org.sightline.person.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JaroWinklerTests {

	private static final JaroWinklerSimilarity COMMONS_TEXT = new JaroWinklerSimilarity();

	private static String randomWord(SplittableRandom random, int maxLength) {
		StringBuilder word = new StringBuilder();
		int length = random.nextInt(maxLength + 1);
		for (int i = 0; i < length; i++) {
			// few distinct letters, so that words share letters, repeat them and transpose them
			word.append((char) ('a' + random.nextInt(6)));
		}
		return word.toString();
	}

	@Test
	@DisplayName("our Jaro-Winkler gives exactly commons-text's similarity, on names and on random words")
	void sameAsCommonsText() {
		String[][] names = { { "martha", "marhta" }, { "dixon", "dicksonx" }, { "robert", "rob" }, { "allen", "alan" },
				{ "pmurphy", "murphy" }, { "", "" }, { "", "a" }, { "a", "a" },
				{ "robert255@smith.net", "roberta25@smith.net" } };
		for (String[] pair : names) {
			assertThat(JaroWinkler.similarity(pair[0], pair[1])).as(pair[0] + " / " + pair[1])
					.isEqualTo(COMMONS_TEXT.apply(pair[0], pair[1]));
		}
		SplittableRandom random = new SplittableRandom(17);
		for (int i = 0; i < 200_000; i++) {
			String a = randomWord(random, i % 100 == 0 ? 80 : 14);
			String b = random.nextInt(4) == 0 ? a.substring(0, a.length() / 2) + randomWord(random, 3)
					: randomWord(random, 14);
			assertThat(JaroWinkler.similarity(a, b)).as(a + " / " + b).isEqualTo(COMMONS_TEXT.apply(a, b));
		}
	}

	@Test
	@DisplayName("given a floor, Jaro-Winkler is exact at or above it and below it otherwise")
	void floorOnlyCutsShortWhatFallsBelowIt() {
		SplittableRandom random = new SplittableRandom(23);
		int exact = 0;
		for (int i = 0; i < 200_000; i++) {
			String a = randomWord(random, 12);
			String b = random.nextInt(2) == 0 ? a.substring(0, a.length() / 2) + randomWord(random, 4)
					: randomWord(random, 12);
			double floor = new double[] { 0.85, 0.88, 0.9, 0.92 }[i % 4];
			double expected = COMMONS_TEXT.apply(a, b);
			double actual = JaroWinkler.similarity(a, b, floor);
			if (expected >= floor) {
				assertThat(actual).as(a + " / " + b + " floor " + floor).isEqualTo(expected);
				exact++;
			}
			else {
				assertThat(actual).as(a + " / " + b + " floor " + floor).isLessThan(floor);
			}
		}
		assertThat(exact).isGreaterThan(10_000);
	}
}
