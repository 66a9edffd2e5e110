package org.sightline.person.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextTests {

	/** Every title and honorific, as people write them: capitalised, some with a full stop. */
	private static final List<String> TITLES = titles();

	private static List<String> titles() {
		List<String> out = new ArrayList<>();
		for (String title : Text.HONORIFICS) {
			out.add(Character.toUpperCase(title.charAt(0)) + title.substring(1));
			out.add(title.toUpperCase() + ".");
		}
		for (String title : Text.TITLES_ALSO_NAMES) {
			out.add(Character.toUpperCase(title.charAt(0)) + title.substring(1));
		}
		return List.copyOf(out);
	}

	@Test
	@DisplayName("a name with a title or honorific before or after it normalises as it does without")
	void titlesAreDropped() {
		qt().forAll(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12),
				strings().betweenCodePoints('a', 'z').ofLengthBetween(0, 12), integers().between(0, TITLES.size() - 1),
				integers().between(0, 2))
				.assuming((first, second, t, where) -> isName(first) && (second.isBlank() || isName(second)))
				.check((first, second, t, where) -> {
					String name = second.isBlank() ? first : first + " " + second;
					String title = TITLES.get(t);
					String titled = switch (where) {
					case 0 -> title + " " + name;
					case 1 -> name + " " + title;
					default -> title + " " + name + " " + title;
					};
					return Text.name(name) != null && Text.name(name).equals(Text.name(titled));
				});
	}

	/** A value with letters that is not itself a title once normalised. */
	private static boolean isName(String word) {
		String normalised = Text.name(word);
		return normalised != null && normalised.split(" ").length == 1 && !Text.isTitle(normalised);
	}

	@Test
	@DisplayName("titles go from either end only; words between them are the name")
	void titlesGoFromEitherEndOnly() {
		assertThat(Text.name("Mr John A. Smith")).isEqualTo("john a smith");
		assertThat(Text.name("Rev. Dr Jane Smith-Jones III")).isEqualTo("jane smith jones");
		assertThat(Text.name("John Smith Jnr")).isEqualTo("john smith");
		assertThat(Text.name("Misra")).isEqualTo("misra");
	}

	@Test
	@DisplayName("a value that is only an honorific is missing, but a title that is also a surname is kept")
	void onlyTitles() {
		assertThat(Text.name("Mr")).isNull();
		assertThat(Text.name("Mrs.")).isNull();
		assertThat(Text.name("Dr Mrs")).isNull();
		assertThat(Text.name("Lord")).isEqualTo("lord");
		assertThat(Text.name("Mr Lord")).isEqualTo("lord");
		assertThat(Text.name("Lady")).isEqualTo("lady");
	}
}
