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
		assertThat(catalogues.vulnerabilities()).isNotEmpty()
			.allSatisfy(v -> assertThat(v.kind()).isIn(VulnerabilityKind.PERSONAL, VulnerabilityKind.SITUATIONAL));
		assertThat(catalogues.vulnerabilities(VulnerabilityKind.PERSONAL)).isNotEmpty();
		assertThat(catalogues.vulnerabilities(VulnerabilityKind.SITUATIONAL)).isNotEmpty();
	}

	@Test
	void the_vulnerability_catalogue_includes_every_person_fact_code_of_the_routing_preview_contract() {
		assertThat(catalogues.vulnerabilities()).extracting(CatalogueEntry::code)
			.containsAll(Catalogues.REQUIRED_VULNERABILITY_CODES);
	}

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
	void a_force_catalogue_that_drops_a_contract_code_is_refused() {
		String yaml = """
				vulnerabilities:
				  - { code: DEMENTIA, kind: PERSONAL, label: "Dementia" }
				communicationNeeds: [ { code: INTERPRETER, label: "Interpreter" } ]
				adjustments: [ { code: INTERPRETER_USED, label: "Interpreter used" } ]
				checks: [ { code: PREVIOUS_CONTACTS, label: "Previous contacts" } ]
				""";
		assertThatThrownBy(() -> Catalogues.fromYaml(yaml)).hasMessageContaining("routing-preview fact codes")
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
