package org.sightline.partnership;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sightline.shared.Agency;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Situation;
import org.sightline.shared.Violations;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a partnership agreement from YAML (the import format, and how the national agreement
 * ships). Structural problems (unknown situation or agency, missing fields) are reported all at
 * once with their place in the file; whether a complete agreement may be published is checked
 * separately.
 */
public final class AgreementYaml {

	public static final String NATIONAL_RCRP = "partnership/national-rcrp.yml";

	private AgreementYaml() {
	}

	public static PartnershipAgreement nationalRcrp() {
		try (InputStream in = AgreementYaml.class.getClassLoader().getResourceAsStream(NATIONAL_RCRP)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + NATIONAL_RCRP);
			}
			return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** @throws InvalidInputException naming each problem by its place in the file (e.g. {@code clauses[3].primary}) */
	@SuppressWarnings("unchecked")
	public static PartnershipAgreement read(String yaml) {
		var problems = new Violations();
		Object document;
		try {
			document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		}
		catch (YAMLException e) {
			throw new InvalidInputException(List.of(new org.sightline.shared.Violation("yaml",
					"This is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""))));
		}
		if (!(document instanceof Map<?, ?> root)) {
			throw new InvalidInputException(List.of(new org.sightline.shared.Violation("yaml",
					"An agreement must be a YAML map with id, version, title and clauses")));
		}
		String id = text(root, "id", "id", problems, true);
		String version = text(root, "version", "version", problems, true);
		String title = text(root, "title", "title", problems, true);
		String source = text(root, "source", "source", problems, false);
		String escalation = text(root, "escalationRoute", "escalationRoute", problems, false);
		LocalDate effectiveFrom = null;
		String effective = root.get("effectiveFrom") instanceof java.util.Date date
				? date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString()
				: text(root, "effectiveFrom", "effectiveFrom", problems, false);
		if (effective != null) {
			try {
				effectiveFrom = LocalDate.parse(effective);
			}
			catch (DateTimeParseException e) {
				problems.add("effectiveFrom", "effectiveFrom must be a date like 2023-07-26");
			}
		}
		List<Clause> clauses = new ArrayList<>();
		Object clauseList = root.get("clauses");
		if (!(clauseList instanceof List<?> items) || items.isEmpty()) {
			problems.add("clauses", "An agreement needs at least one clause");
		}
		else {
			for (int i = 0; i < items.size(); i++) {
				String at = "clauses[" + i + "]";
				if (!(items.get(i) instanceof Map<?, ?> clause)) {
					problems.add(at, "Each clause must be a map");
					continue;
				}
				clause((Map<String, Object>) clause, at, problems).ifPresent(clauses::add);
			}
		}
		problems.throwIfAny();
		return new PartnershipAgreement(id, version, title, AgreementStatus.DRAFT, effectiveFrom, source, escalation,
				clauses);
	}

	/**
	 * The agreement in {@code baseYaml} with some clauses changed: each given clause (a map in the
	 * import format) replaces the clause with its id, or is added when no clause has that id. Problems
	 * are named by the given clause's place ({@code clauses[i]...}), as the caller sent it.
	 * @throws InvalidInputException naming each problem
	 */
	@SuppressWarnings("unchecked")
	public static PartnershipAgreement withClauses(String baseYaml, List<?> changed) {
		Map<String, Object> root = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(baseYaml);
		List<Object> clauses = new ArrayList<>(root.get("clauses") instanceof List<?> list ? list : List.of());
		var problems = new Violations();
		if (changed == null || changed.isEmpty()) {
			problems.add("clauses", "Give at least one clause to change");
		}
		Map<Integer, Integer> sentAt = new java.util.HashMap<>();
		for (int i = 0; changed != null && i < changed.size(); i++) {
			if (!(changed.get(i) instanceof Map<?, ?> clause)) {
				problems.add("clauses[" + i + "]", "Each clause must be an object");
				continue;
			}
			Object id = clause.get("id");
			if (id == null || String.valueOf(id).isBlank()) {
				problems.add("clauses[" + i + "].id", "Give the id of the clause to change (or a new id to add one)");
				continue;
			}
			int at = -1;
			for (int j = 0; j < clauses.size(); j++) {
				if (clauses.get(j) instanceof Map<?, ?> existing && String.valueOf(id).equals(String.valueOf(existing.get("id")))) {
					at = j;
				}
			}
			if (at < 0) {
				clauses.add(clause);
				at = clauses.size() - 1;
			}
			else {
				clauses.set(at, clause);
			}
			sentAt.put(at, i);
		}
		problems.throwIfAny();
		root.put("clauses", clauses);
		try {
			return read(new Yaml().dump(root));
		}
		catch (InvalidInputException e) {
			throw new InvalidInputException(e.violations().stream().map(v -> {
				var place = java.util.regex.Pattern.compile("^clauses\\[(\\d+)\\]").matcher(v.field());
				if (place.find() && sentAt.containsKey(Integer.parseInt(place.group(1)))) {
					return new org.sightline.shared.Violation(
							"clauses[" + sentAt.get(Integer.parseInt(place.group(1))) + "]" + v.field().substring(place.end()),
							v.message());
				}
				return v;
			}).toList());
		}
	}

	@SuppressWarnings("unchecked")
	private static Optional<Clause> clause(Map<String, Object> map, String at, Violations problems) {
		String id = text(map, "id", at + ".id", problems, true);
		Situation situation = enumValue(map.get("situation"), Situation.class, at + ".situation", "situation", problems);
		Optional<Agency> primary = Optional.empty();
		if (!map.containsKey("primary") || map.get("primary") == null) {
			problems.add(at + ".primary", "Clause " + id + " has no primary agency: name one, or NONE for advice only");
		}
		else if (!"NONE".equals(String.valueOf(map.get("primary")))) {
			primary = Optional.ofNullable(enumValue(map.get("primary"), Agency.class, at + ".primary", "agency", problems));
		}
		List<Agency> supporting = new ArrayList<>();
		Object supportingList = map.get("supporting");
		if (supportingList instanceof List<?> list) {
			for (int j = 0; j < list.size(); j++) {
				Agency agency = enumValue(list.get(j), Agency.class, at + ".supporting[" + j + "]", "agency", problems);
				if (agency != null) {
					supporting.add(agency);
				}
			}
		}
		List<String> when = new ArrayList<>();
		if (map.get("whenAnyFact") instanceof List<?> facts) {
			facts.forEach(f -> when.add(String.valueOf(f)));
			for (int j = 0; j < when.size(); j++) {
				if (org.sightline.shared.Fact.fromCode(when.get(j)).isEmpty()) {
					problems.add(at + ".whenAnyFact[" + j + "]", "Unknown fact ‘" + when.get(j) + "’");
				}
			}
		}
		PoliceAttendance attendance = map.get("policeAttendance") == null ? null
				: enumValue(map.get("policeAttendance"), PoliceAttendance.class, at + ".policeAttendance",
						"police attendance", problems);
		if (map.get("policeAttendance") == null) {
			problems.add(at + ".policeAttendance", "Say when police attend: ALWAYS, SUPPORTING or WHEN_THRESHOLD_MET");
		}
		List<AgreementTimer> timers = new ArrayList<>();
		if (map.get("timers") instanceof List<?> list) {
			for (int j = 0; j < list.size(); j++) {
				String tat = at + ".timers[" + j + "]";
				if (!(list.get(j) instanceof Map<?, ?> timer)) {
					problems.add(tat, "Each timer must be a map");
					continue;
				}
				Map<String, Object> t = (Map<String, Object>) timer;
				String code = text(t, "code", tat + ".code", problems, true);
				String startsOn = t.get("startsOn") == null ? null : String.valueOf(t.get("startsOn"));
				if (startsOn != null && org.sightline.shared.Fact.fromCode(startsOn).isEmpty()) {
					problems.add(tat + ".startsOn", "Unknown fact ‘" + startsOn + "’");
				}
				int minutes = 0;
				if (!(t.get("minutes") instanceof Integer m) || m <= 0) {
					problems.add(tat + ".minutes", "A timer needs a whole number of minutes above 0");
				}
				else {
					minutes = m;
				}
				timers.add(new AgreementTimer(code, startsOn, minutes, text(t, "label", tat + ".label", problems, true)));
			}
		}
		if (situation == null || attendance == null) {
			return Optional.empty();
		}
		return Optional.of(new Clause(id, situation, when, primary, supporting, attendance, timers,
				map.get("escalationRoute") == null ? null : String.valueOf(map.get("escalationRoute")),
				map.get("note") == null ? null : String.valueOf(map.get("note"))));
	}

	private static String text(Map<?, ?> map, String key, String field, Violations problems, boolean required) {
		Object value = map.get(key);
		if (value == null || String.valueOf(value).isBlank()) {
			if (required) {
				problems.add(field, "Enter " + key);
			}
			return null;
		}
		return String.valueOf(value).strip();
	}

	private static <E extends Enum<E>> E enumValue(Object value, Class<E> type, String field, String what,
			Violations problems) {
		if (value == null) {
			problems.add(field, "Enter a " + what);
			return null;
		}
		try {
			return Enum.valueOf(type, String.valueOf(value));
		}
		catch (IllegalArgumentException e) {
			problems.add(field, "Unknown " + what + " ‘" + value + "’; use one of "
					+ String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
			return null;
		}
	}
}
