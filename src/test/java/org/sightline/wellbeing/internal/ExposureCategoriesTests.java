package org.sightline.wellbeing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.sightline.shared.Situation;

/**
 * The category matcher counts an exposure whenever any one configured code of a category is present
 * in an encounter (an incident feature, the situation, a vulnerability of anyone in it), and never
 * when none is: generated categories over a small vocabulary, generated encounters.
 */
class ExposureCategoriesTests {

	static final List<String> FEATURES = List.of("DEATH", "DEATH_OF_A_CHILD", "SERIOUS_INJURY", "SUICIDE_OR_ATTEMPT",
			"SEXUAL_ABUSE_OF_A_CHILD", "SERIOUS_VIOLENCE");

	static final List<String> VULNERABILITIES = List.of("SELF_HARM_IN_PROGRESS", "CSE_MARKER", "CHILD", "DEMENTIA",
			"MENTAL_ILL_HEALTH");

	static final Situation[] SITUATIONS = Situation.values();

	/** Some of a list's codes, picked by the bits of a number. */
	static List<String> some(List<String> codes, int bits) {
		List<String> picked = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			if ((bits & (1 << i)) != 0) {
				picked.add(codes.get(i));
			}
		}
		return picked;
	}

	static Gen<WellbeingSettings.Category> categories() {
		return integers().between(0, 63).zip(integers().between(0, 31), integers().between(0, (1 << 4) - 1),
				(f, v, s) -> new WellbeingSettings.Category(null, some(FEATURES, f), situations(s), some(VULNERABILITIES, v)));
	}

	/** Up to four situations, picked by bits from a rotating start so that every situation can appear. */
	static List<String> situations(int bits) {
		List<String> picked = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			if ((bits & (1 << i)) != 0) {
				picked.add(SITUATIONS[(bits + i * 3) % SITUATIONS.length].name());
			}
		}
		return picked;
	}

	record Encounter(Set<String> features, Situation situation, Set<String> vulnerabilities) {
	}

	static Gen<Encounter> encounters() {
		return integers().between(0, 63).zip(integers().between(0, SITUATIONS.length - 1), integers().between(0, 31),
				(f, s, v) -> new Encounter(new HashSet<>(some(FEATURES, f)), SITUATIONS[s],
						new HashSet<>(some(VULNERABILITIES, v))));
	}

	static List<String> codesOf(WellbeingSettings.Category category) {
		List<String> codes = new ArrayList<>(category.incidentFeatures());
		codes.addAll(category.situations());
		codes.addAll(category.vulnerabilities());
		return codes;
	}

	/** The encounter with one code of the category put in it, wherever that code belongs. */
	static Encounter with(Encounter encounter, WellbeingSettings.Category category, int pick) {
		List<String> codes = codesOf(category);
		String code = codes.get(pick % codes.size());
		Set<String> features = new HashSet<>(encounter.features());
		Set<String> vulnerabilities = new HashSet<>(encounter.vulnerabilities());
		Situation situation = encounter.situation();
		if (category.incidentFeatures().contains(code)) {
			features.add(code);
		}
		else if (category.situations().contains(code)) {
			situation = Situation.valueOf(code);
		}
		else {
			vulnerabilities.add(code);
		}
		return new Encounter(features, situation, vulnerabilities);
	}

	/** The encounter with none of the category's codes: its features and vulnerabilities removed, another situation. */
	static Encounter without(Encounter encounter, WellbeingSettings.Category category) {
		Set<String> features = new HashSet<>(encounter.features());
		features.removeAll(category.incidentFeatures());
		Set<String> vulnerabilities = new HashSet<>(encounter.vulnerabilities());
		vulnerabilities.removeAll(category.vulnerabilities());
		Situation situation = java.util.Arrays.stream(SITUATIONS)
			.filter(s -> !category.situations().contains(s.name()))
			.filter(s -> s == encounter.situation())
			.findFirst()
			.orElse(null);
		return new Encounter(features, situation, vulnerabilities);
	}

	static Map<String, WellbeingSettings.Category> configured(WellbeingSettings.Category a, WellbeingSettings.Category b) {
		Map<String, WellbeingSettings.Category> categories = new LinkedHashMap<>();
		categories.put("FIRST", a);
		categories.put("SECOND", b);
		return categories;
	}

	static List<String> matching(Map<String, WellbeingSettings.Category> categories, Encounter e) {
		return ExposureCategories.matching(categories, e.features(), e.situation(), e.vulnerabilities());
	}

	@Test
	void an_exposure_is_counted_whenever_any_configured_code_of_a_category_is_present() {
		qt().forAll(categories().assuming(c -> !codesOf(c).isEmpty()), categories(), encounters(),
				integers().between(0, 100))
			.checkAssert((category, other, encounter, pick) -> assertThat(
					matching(configured(category, other), with(encounter, category, pick))).contains("FIRST"));
	}

	@Test
	void an_exposure_is_never_counted_when_no_code_of_the_category_is_present() {
		qt().forAll(categories(), categories(), encounters())
			.checkAssert((category, other, encounter) -> assertThat(
					matching(configured(category, other), without(encounter, category))).doesNotContain("FIRST"));
	}

	@Test
	void the_categories_matched_are_in_the_configured_order_and_each_once() {
		qt().forAll(categories(), categories(), encounters())
			.checkAssert((first, second, encounter) -> {
				List<String> matched = matching(configured(first, second), encounter);
				assertThat(matched).doesNotHaveDuplicates();
				assertThat(matched).isSubsetOf("FIRST", "SECOND");
				if (matched.size() == 2) {
					assertThat(matched).containsExactly("FIRST", "SECOND");
				}
			});
	}

	@Test
	void the_default_categories_count_what_the_issue_names() {
		Map<String, WellbeingSettings.Category> defaults = WellbeingSettings.DEFAULT_CATEGORIES;
		assertThat(ExposureCategories.matching(defaults, Set.of("DEATH_OF_A_CHILD"), Situation.CHILD_CONCERN, Set.of()))
			.containsExactly("CHILD_DEATH");
		assertThat(ExposureCategories.matching(defaults, Set.of("DEATH"), Situation.OTHER, Set.of()))
			.containsExactly("SERIOUS_INJURY");
		assertThat(ExposureCategories.matching(defaults, Set.of(), Situation.CONCERN_FOR_WELFARE,
				Set.of("SELF_HARM_IN_PROGRESS"))).containsExactly("SUICIDE");
		assertThat(ExposureCategories.matching(defaults, Set.of(), Situation.CHILD_CONCERN, Set.of("CSE_MARKER")))
			.containsExactly("SEXUAL_ABUSE_OF_A_CHILD");
		assertThat(ExposureCategories.matching(defaults, Set.of(), Situation.DOMESTIC_ABUSE, Set.of("CHILD", "DEMENTIA")))
			.isEmpty();
	}

	@Test
	void a_setting_that_cannot_work_stops_the_start_naming_it() {
		assertThatThrownBy(() -> new WellbeingSettings(Map.of("X_Y", new WellbeingSettings.Category(null, List.of(),
				List.of("NOT_A_SITUATION"), List.of())), 12, 24, null))
			.hasMessageContaining("sightline.wellbeing.categories.X_Y.situations").hasMessageContaining("NOT_A_SITUATION");
		assertThatThrownBy(() -> new WellbeingSettings(Map.of("EMPTY", new WellbeingSettings.Category(null, null, null,
				null)), 12, 24, null)).hasMessageContaining("sightline.wellbeing.categories.EMPTY");
		assertThatThrownBy(() -> new WellbeingSettings(null, 12, 6, null))
			.hasMessageContaining("sightline.wellbeing.keep-months");
		assertThatThrownBy(() -> new WellbeingSettings(null, 0, 24, null))
			.hasMessageContaining("sightline.wellbeing.period-months");
		var unknownFeature = new WellbeingSettings(Map.of("MINE", new WellbeingSettings.Category(null,
				List.of("NO_SUCH_FEATURE"), List.of(), List.of())), 12, 24, null);
		assertThatThrownBy(() -> new ExposureCategories(unknownFeature, org.sightline.encounter.Catalogues.bundled(),
				new org.springframework.context.support.StaticMessageSource()))
			.hasMessageContaining("sightline.wellbeing.categories.MINE.incident-features").hasMessageContaining("NO_SUCH_FEATURE");
		var unknownVulnerability = new WellbeingSettings(Map.of("MINE", new WellbeingSettings.Category(null,
				List.of(), List.of(), List.of("NO_SUCH_VULNERABILITY"))), 12, 24, null);
		assertThatThrownBy(() -> new ExposureCategories(unknownVulnerability, org.sightline.encounter.Catalogues.bundled(),
				new org.springframework.context.support.StaticMessageSource()))
			.hasMessageContaining("sightline.wellbeing.categories.MINE.vulnerabilities");
		// the defaults name codes the bundled catalogue has
		new ExposureCategories(new WellbeingSettings(null, 12, 24, null), org.sightline.encounter.Catalogues.bundled(),
				new org.springframework.context.support.StaticMessageSource());
	}
}
