package org.sightline.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.sightline.shared.Fact;

/** docs/facts.md explains every fact in plain words, so the one vocabulary stays documented. */
class FactsDocumentedTests {

	@Test
	void every_fact_the_rules_understand_is_explained_in_docs_facts() throws Exception {
		String facts = Files.readString(Path.of("docs/facts.md"));
		for (Fact fact : Fact.values()) {
			assertThat(facts).as(fact.name()).contains("| `" + fact.name() + "`");
		}
	}
}
