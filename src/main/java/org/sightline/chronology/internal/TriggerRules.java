package org.sightline.chronology.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sightline.shared.Situation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The repeat and cumulative triggers in force, read from YAML ({@code sightline.triggers.location},
 * by default {@code classpath:chronology/triggers.yml}) so a force or a partnership can set its
 * own thresholds. A file with a mistake stops the application at start-up, naming the rule and
 * the field, rather than running without the rule.
 */
@Component
public class TriggerRules {

	private static final Set<String> ROLES = Set.of("SUBJECT", "VICTIM", "SUSPECT", "CALLER", "WITNESS",
			"CHILD_PRESENT", "OTHER");

	private final List<TriggerRule> rules;

	@Autowired
	TriggerRules(ChronologySettings settings, ResourceLoader resources) throws IOException {
		this(resources.getResource(settings.triggers().location()));
	}

	TriggerRules(Resource location) throws IOException {
		try (InputStream in = location.getInputStream()) {
			this.rules = parse(new Yaml(new SafeConstructor(new LoaderOptions())).load(in), location.getDescription());
		}
	}

	static TriggerRules fromYaml(String yaml) {
		try {
			return new TriggerRules(new ByteArrayResource(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8),
					"test triggers"));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	List<TriggerRule> all() {
		return rules;
	}

	@SuppressWarnings("unchecked")
	private static List<TriggerRule> parse(Object document, String source) {
		if (!(document instanceof Map<?, ?> root) || !(root.get("rules") instanceof List<?> list)) {
			throw new IllegalStateException(source + ": expected a list under 'rules'");
		}
		List<TriggerRule> rules = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (Object item : list) {
			if (!(item instanceof Map<?, ?> raw)) {
				throw new IllegalStateException(source + ": each rule must be a map");
			}
			Map<String, Object> rule = (Map<String, Object>) raw;
			String code = text(rule, "code", source, "?");
			String where = source + ", rule " + code;
			if (!codes.add(code)) {
				throw new IllegalStateException(where + ": the code is used twice");
			}
			Set<Situation> situations = new HashSet<>();
			for (Object s : list(rule.get("situations"))) {
				try {
					situations.add(Situation.valueOf(String.valueOf(s)));
				}
				catch (IllegalArgumentException e) {
					throw new IllegalStateException(where + ": unknown situation " + s);
				}
			}
			Set<String> roles = new HashSet<>();
			for (Object r : list(rule.get("roles"))) {
				if (!ROLES.contains(String.valueOf(r))) {
					throw new IllegalStateException(where + ": unknown role " + r + "; expected one of " + ROLES);
				}
				roles.add(String.valueOf(r));
			}
			Period after = rule.containsKey("afterMaracReferral") ? period(rule.get("afterMaracReferral"), where) : null;
			int count = 0;
			Period within = null;
			if (after == null) {
				if (!(rule.get("count") instanceof Integer n) || n < 1) {
					throw new IllegalStateException(where + ": 'count' must be a whole number of 1 or more");
				}
				count = n;
				within = period(rule.get("within"), where);
			}
			else if (rule.containsKey("count") || rule.containsKey("within")) {
				throw new IllegalStateException(where + ": a rule is either a count (count, within) or afterMaracReferral, not both");
			}
			rules.add(new TriggerRule(code, text(rule, "name", source, code), text(rule, "reason", source, code),
					situations, roles, count, within, after));
		}
		return List.copyOf(rules);
	}

	private static Period period(Object value, String where) {
		try {
			Period period = Period.parse(String.valueOf(value));
			if (period.isNegative() || period.isZero()) {
				throw new IllegalStateException(where + ": the period must be more than zero");
			}
			return period;
		}
		catch (DateTimeParseException e) {
			throw new IllegalStateException(where + ": '" + value + "' is not a period such as P90D or P12M");
		}
	}

	private static List<?> list(Object value) {
		return value instanceof List<?> list ? list : List.of();
	}

	private static String text(Map<String, Object> rule, String key, String source, String code) {
		Object value = rule.get(key);
		if (value == null || String.valueOf(value).isBlank()) {
			throw new IllegalStateException(source + ", rule " + code + ": '" + key + "' is required");
		}
		return String.valueOf(value).strip();
	}
}
