package org.sightline.chronology.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sightline.shared.Situation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The force's review periods (Management of Police Information), as a rule table read from YAML
 * ({@code chronology/retention.yml}, or {@code sightline.retention.rules-location}): review years
 * for each group of situations, and a default. Checked at start-up.
 */
@Component
public class RetentionRules {

	record Group(String code, String label, int reviewYears, List<Situation> situations) {
	}

	private final int defaultReviewYears;
	private final List<Group> groups;

	@Autowired
	RetentionRules(ChronologySettings settings, ResourceLoader resources) throws IOException {
		this(resources.getResource(settings.retention().rulesLocation()));
	}

	RetentionRules(Resource location) throws IOException {
		Map<?, ?> root;
		try (InputStream in = location.getInputStream()) {
			Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			if (!(document instanceof Map<?, ?> map)) {
				throw new IllegalStateException("The retention rules " + location.getDescription() + " are not a YAML map");
			}
			root = map;
		}
		this.defaultReviewYears = years(root.get("defaultReviewYears"), "defaultReviewYears");
		List<Group> read = new ArrayList<>();
		if (root.get("groups") instanceof List<?> list) {
			for (Object item : list) {
				Map<?, ?> group = (Map<?, ?>) item;
				List<Situation> situations = new ArrayList<>();
				for (Object s : (List<?>) group.get("situations")) {
					situations.add(Situation.valueOf(String.valueOf(s)));
				}
				read.add(new Group(String.valueOf(group.get("code")), String.valueOf(group.get("label")),
						years(group.get("reviewYears"), "reviewYears of " + group.get("code")), List.copyOf(situations)));
			}
		}
		this.groups = List.copyOf(read);
	}

	private static int years(Object value, String what) {
		if (!(value instanceof Integer years) || years < 1 || years > 100) {
			throw new IllegalStateException("Retention rules: " + what + " must be a whole number of years from 1 to 100");
		}
		return years;
	}

	int defaultReviewYears() {
		return defaultReviewYears;
	}

	List<Group> groups() {
		return groups;
	}

	/** Review years by situation code: the longest of any group a situation is in. */
	Map<String, Integer> yearsBySituation() {
		Map<String, Integer> years = new LinkedHashMap<>();
		for (Group group : groups) {
			group.situations().forEach(s -> years.merge(s.name(), group.reviewYears(), Math::max));
		}
		return years;
	}
}
