package org.sightline.demand.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sightline.shared.Situation;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The force's public protection strands ({@code demand/strands.yml}): an encounter counts in every
 * strand its situation or any recorded fact belongs to.
 */
@Component
public class Strands {

	record Strand(String code, Set<String> situations, Set<String> facts) {
	}

	private final List<Strand> strands;

	@org.springframework.beans.factory.annotation.Autowired
	Strands(DemandSettings settings, org.springframework.core.io.ResourceLoader resources) throws IOException {
		this(resources.getResource(settings.strandsLocation()), true);
	}

	@SuppressWarnings("unchecked")
	Strands(org.springframework.core.io.Resource resource, boolean checked) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			List<Strand> loaded = new ArrayList<>();
			for (Map<String, Object> s : (List<Map<String, Object>>) root.get("strands")) {
				Set<String> situations = Set.copyOf((List<String>) s.getOrDefault("situations", List.of()));
				for (String situation : situations) {
					Situation.valueOf(situation); // a typo fails at start, not silently
				}
				loaded.add(new Strand((String) s.get("code"), situations,
						Set.copyOf((List<String>) s.getOrDefault("facts", List.of()))));
			}
			this.strands = List.copyOf(loaded);
		}
	}

	List<String> codes() {
		return strands.stream().map(Strand::code).toList();
	}

	/** The strands an encounter belongs to, in the configured order. */
	public List<String> of(Situation situation, Set<String> facts) {
		Set<String> found = new LinkedHashSet<>();
		for (Strand strand : strands) {
			if (strand.situations().contains(situation.name()) || strand.facts().stream().anyMatch(facts::contains)) {
				found.add(strand.code());
			}
		}
		return List.copyOf(found);
	}
}
