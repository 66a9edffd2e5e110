package org.sightline.encounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class CataloguesTests {

	private final Catalogues catalogues = load();

	private static Catalogues load() {
		try {
			return new Catalogues(new ClassPathResource("encounter/catalogues.yml"));
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void every_vulnerability_is_tagged_personal_or_situational() {
		assertThat(catalogues.vulnerabilities()).isNotEmpty().allSatisfy(v -> assertThat(v.kind()).as(v.code()).isNotNull());
		// the guidelines' own examples: a learning disability is about the person, being in care about their situation
		assertThat(catalogues.vulnerabilities(VulnerabilityKind.PERSONAL)).extracting(CatalogueEntry::code)
			.contains("LEARNING_DISABILITY", "OLDER_PERSON")
			.doesNotContain("IN_CARE");
		assertThat(catalogues.vulnerabilities(VulnerabilityKind.SITUATIONAL)).extracting(CatalogueEntry::code)
			.contains("IN_CARE")
			.doesNotContain("LEARNING_DISABILITY");
		assertThat(catalogues.vulnerabilities(VulnerabilityKind.PERSONAL)).isNotEmpty();
		assertThat(catalogues.vulnerabilities(VulnerabilityKind.SITUATIONAL)).isNotEmpty();
	}

	@Test
	void the_catalogue_lists_exactly_the_facts_the_routing_rules_understand() {
		java.util.Set<String> listed = new java.util.TreeSet<>();
		catalogues.vulnerabilities().forEach(e -> listed.add(e.code()));
		catalogues.circumstances().forEach(e -> listed.add(e.code()));
		java.util.Set<String> facts = new java.util.TreeSet<>();
		for (org.sightline.shared.Fact fact : org.sightline.shared.Fact.values()) {
			facts.add(fact.name());
		}
		assertThat(listed).isEqualTo(facts);
	}

	@Test
	void every_fact_in_the_catalogue_means_itself() {
		assertThat(catalogues.facts("NEURODIVERGENCE")).containsExactly(org.sightline.shared.Fact.NEURODIVERGENCE);
		assertThat(catalogues.facts("CHILD_PRESENT")).containsExactly(org.sightline.shared.Fact.CHILD_PRESENT);
	}

	@Test
	void a_forces_own_code_means_the_facts_it_is_mapped_to() {
		Catalogues own = Catalogues.fromYaml(everyFact() + """
				  - { code: SELF_NEGLECT, kind: SITUATIONAL, label: "Self-neglect", means: [NEGLECT, UNABLE_TO_PROTECT_SELF] }
				""" + OTHER_LISTS);
		assertThat(own.facts("SELF_NEGLECT")).containsExactlyInAnyOrder(org.sightline.shared.Fact.NEGLECT,
				org.sightline.shared.Fact.UNABLE_TO_PROTECT_SELF);
	}

	@Test
	void a_forces_own_code_that_means_no_fact_stops_start_up() {
		assertThatThrownBy(() -> Catalogues.fromYaml(everyFact() + """
				  - { code: SELF_NEGLECT, kind: SITUATIONAL, label: "Self-neglect" }
				""" + OTHER_LISTS)).hasMessageContaining("SELF_NEGLECT").hasMessageContaining("means");
		assertThatThrownBy(() -> Catalogues.fromYaml(everyFact() + """
				  - { code: SELF_NEGLECT, kind: SITUATIONAL, label: "Self-neglect", means: [NEGLECTED] }
				""" + OTHER_LISTS)).hasMessageContaining("NEGLECTED").hasMessageContaining("not facts");
	}

	/** Every fact as a vulnerability, and an empty-enough circumstances list: a force file's skeleton. */
	private static String everyFact() {
		StringBuilder yaml = new StringBuilder("vulnerabilities:\n");
		for (org.sightline.shared.Fact fact : org.sightline.shared.Fact.values()) {
			if (fact != org.sightline.shared.Fact.CHILD_PRESENT) {
				yaml.append("  - { code: ").append(fact.name()).append(", kind: SITUATIONAL, label: \"").append(fact.name())
					.append("\" }\n");
			}
		}
		return yaml.toString();
	}

	private static final String OTHER_LISTS = """
			circumstances: [ { code: CHILD_PRESENT, label: "A child was present" } ]
			communicationNeeds: [ { code: INTERPRETER, label: "Interpreter" } ]
			adjustments: [ { code: INTERPRETER_USED, label: "Interpreter used" } ]
			checks: [ { code: PREVIOUS_CONTACTS, label: "Previous contacts" } ]
			""";

	@Test
	void a_vulnerability_is_a_fact_never_a_risk_level() {
		assertThat(catalogues.vulnerabilities()).extracting(CatalogueEntry::code)
			.noneMatch(code -> code.matches(".*(HIGH|MEDIUM|LOW|STANDARD)_RISK.*|NO_APPARENT_RISK"));
	}

	@Test
	void the_nine_published_disclosure_barriers_are_offered() {
		assertThat(catalogues.barriers()).extracting(CatalogueEntry::code)
			.containsExactly("FEAR_BULLYING_COERCION", "DISEMPOWERMENT", "DEPENDENCE", "NOT_RECOGNISING_ABUSE",
					"CULTURAL_SOCIETAL_INFLUENCES", "PERCEPTION_OF_AUTHORITY", "PAST_EXPERIENCE",
					"FEELING_BLAMED_OR_DISBELIEVED", "IMPACT_OF_TRAUMA");
	}

	@Test
	void being_well_supported_is_recorded_as_protective() {
		assertThat(catalogues.vulnerability("WELL_SUPPORTED")).get().extracting(CatalogueEntry::protective).isEqualTo(true);
		assertThat(catalogues.vulnerability("DEMENTIA")).get().extracting(CatalogueEntry::protective).isEqualTo(false);
	}

	@Test
	void a_force_catalogue_that_drops_a_fact_is_refused() {
		String yaml = """
				vulnerabilities:
				  - { code: DEMENTIA, kind: PERSONAL, label: "Dementia" }
				circumstances: [ { code: CHILD_PRESENT, label: "A child was present" } ]
				communicationNeeds: [ { code: INTERPRETER, label: "Interpreter" } ]
				adjustments: [ { code: INTERPRETER_USED, label: "Interpreter used" } ]
				checks: [ { code: PREVIOUS_CONTACTS, label: "Previous contacts" } ]
				""";
		assertThatThrownBy(() -> Catalogues.fromYaml(yaml)).hasMessageContaining("must list every fact")
			.hasMessageContaining("IN_CARE");
	}

	@Test
	void a_vulnerability_without_a_kind_is_refused() {
		String yaml = """
				vulnerabilities:
				  - { code: DEMENTIA, label: "Dementia" }
				communicationNeeds: [ { code: INTERPRETER, label: "Interpreter" } ]
				adjustments: [ { code: INTERPRETER_USED, label: "Interpreter used" } ]
				checks: [ { code: PREVIOUS_CONTACTS, label: "Previous contacts" } ]
				""";
		assertThatThrownBy(() -> Catalogues.fromYaml(yaml)).hasMessageContaining("PERSONAL or SITUATIONAL");
	}

	@Test
	void a_code_listed_twice_is_refused() {
		String yaml = """
				vulnerabilities:
				  - { code: DEMENTIA, kind: PERSONAL, label: "Dementia" }
				circumstances: [ { code: CHILD_PRESENT, label: "A child was present" } ]
				communicationNeeds: [ { code: INTERPRETER, label: "A" }, { code: INTERPRETER, label: "B" } ]
				adjustments: [ { code: INTERPRETER_USED, label: "Interpreter used" } ]
				checks: [ { code: PREVIOUS_CONTACTS, label: "Previous contacts" } ]
				""";
		assertThatThrownBy(() -> Catalogues.fromYaml(yaml)).hasMessageContaining("INTERPRETER twice");
	}

	@Test
	void labels_are_plain_english_for_every_catalogue() {
		assertThat(catalogues.label("FEAR_BULLYING_COERCION")).isEqualTo("Fear, bullying or coercion");
		assertThat(catalogues.label("INTERPRETER_USED")).isEqualTo("Interpreter used");
		assertThat(catalogues.label("NOT_A_CODE")).isEqualTo("NOT_A_CODE");
	}
}
