package org.sightline.encounter;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The intake catalogues: vulnerabilities (each PERSONAL or SITUATIONAL), communication needs,
 * adjustments and curiosity checks, read from a YAML file that a force may replace
 * ({@code sightline.catalogues.location}). Disclosure barriers are the nine published ones and
 * are not configurable.
 */
@Component
public class Catalogues {

	/**
	 * Fact codes of the routing-preview contract that describe a person or their situation: the
	 * vulnerability catalogue must contain every one of them, whatever a force configures.
	 */
	static final Set<String> REQUIRED_VULNERABILITY_CODES = Set.of("IN_CARE", "CARE_LEAVER", "LEARNING_DISABILITY",
			"DEMENTIA", "MENTAL_ILL_HEALTH", "SUICIDAL_IDEATION", "SELF_HARM_IN_PROGRESS", "SUBSTANCE_MISUSE",
			"PHYSICAL_DISABILITY", "COMMUNICATION_NEEDS", "PREGNANT", "CARE_AND_SUPPORT_NEEDS",
			"UNABLE_TO_PROTECT_SELF", "WELL_SUPPORTED", "CSE_MARKER", "CCE_MARKER", "DETAINED_UNDER_MHA",
			"INFORMAL_PATIENT", "CARER_ABSENT", "NEGLECT", "EXPLOITATION", "FINANCIAL_ABUSE", "ADVERSE_WEATHER",
			"NO_ACCESS_TO_MEDICATION", "ENVIRONMENTAL_HAZARD", "MISSED_APPOINTMENT", "NOT_IN_SCHOOL",
			"FALLEN_AT_HOME", "NOT_ANSWERING_DOOR", "REPEAT_MISSING_RETURNED_SAFELY_BEFORE", "COERCIVE_CONTROL",
			"NON_FATAL_STRANGULATION", "STALKING", "THREATS_TO_KILL", "RECENT_SEPARATION", "HONOUR_BASED_ABUSE");

	private final Map<String, CatalogueEntry> vulnerabilities;
	private final Map<String, CatalogueEntry> communicationNeeds;
	private final Map<String, CatalogueEntry> adjustments;
	private final Map<String, CatalogueEntry> checks;
	private final Map<String, CatalogueEntry> barriers;

	Catalogues(@Value("${sightline.catalogues.location:classpath:encounter/catalogues.yml}") Resource location)
			throws IOException {
		Map<String, Map<String, CatalogueEntry>> loaded;
		try (InputStream in = location.getInputStream()) {
			loaded = parse(new Yaml(new SafeConstructor(new LoaderOptions())).load(in), location.getDescription());
		}
		this.vulnerabilities = loaded.get("vulnerabilities");
		this.communicationNeeds = loaded.get("communicationNeeds");
		this.adjustments = loaded.get("adjustments");
		this.checks = loaded.get("checks");
		this.barriers = Arrays.stream(DisclosureBarrier.values())
			.map(b -> new CatalogueEntry(b.name(), BARRIER_LABELS.get(b), null, false))
			.collect(Collectors.toMap(CatalogueEntry::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/** Reads the catalogues from YAML text; used by tests to check a force's own file. */
	static Catalogues fromYaml(String yaml) {
		try {
			return new Catalogues(new org.springframework.core.io.ByteArrayResource(yaml.getBytes(), "test catalogue"));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, CatalogueEntry>> parse(Object document, String description) {
		if (!(document instanceof Map<?, ?> root)) {
			throw new IllegalStateException("The catalogue file " + description + " is empty or not a YAML map");
		}
		Map<String, Map<String, CatalogueEntry>> loaded = new LinkedHashMap<>();
		for (String name : List.of("vulnerabilities", "communicationNeeds", "adjustments", "checks")) {
			Object list = root.get(name);
			if (!(list instanceof List<?> items) || items.isEmpty()) {
				throw new IllegalStateException("The catalogue file " + description + " has no list '" + name + "'");
			}
			Map<String, CatalogueEntry> entries = new LinkedHashMap<>();
			for (Object item : items) {
				Map<String, Object> map = (Map<String, Object>) item;
				String code = String.valueOf(map.get("code"));
				if (!code.matches("[A-Z][A-Z0-9_]*")) {
					throw new IllegalStateException(
							"Catalogue '" + name + "' has a code that is not UPPER_SNAKE_CASE: " + code);
				}
				Object label = map.get("label");
				if (label == null || label.toString().isBlank()) {
					throw new IllegalStateException("Catalogue '" + name + "' code " + code + " has no label");
				}
				VulnerabilityKind kind = null;
				if (name.equals("vulnerabilities")) {
					Object kindValue = map.get("kind");
					if (kindValue == null) {
						throw new IllegalStateException("Vulnerability " + code + " must be tagged PERSONAL or SITUATIONAL");
					}
					kind = VulnerabilityKind.valueOf(kindValue.toString());
				}
				boolean protective = Boolean.TRUE.equals(map.get("protective"));
				if (entries.putIfAbsent(code, new CatalogueEntry(code, label.toString(), kind, protective)) != null) {
					throw new IllegalStateException("Catalogue '" + name + "' lists " + code + " twice");
				}
			}
			loaded.put(name, entries);
		}
		Set<String> missing = new TreeSet<>(REQUIRED_VULNERABILITY_CODES);
		missing.removeAll(loaded.get("vulnerabilities").keySet());
		if (!missing.isEmpty()) {
			throw new IllegalStateException(
					"The vulnerability catalogue must include the routing-preview fact codes " + missing);
		}
		return loaded;
	}

	private static final Map<DisclosureBarrier, String> BARRIER_LABELS = Map.of(
			DisclosureBarrier.FEAR_BULLYING_COERCION, "Fear, bullying or coercion",
			DisclosureBarrier.DISEMPOWERMENT, "Feeling powerless",
			DisclosureBarrier.DEPENDENCE, "Depends on the person causing harm",
			DisclosureBarrier.NOT_RECOGNISING_ABUSE, "Does not recognise it as abuse",
			DisclosureBarrier.CULTURAL_SOCIETAL_INFLUENCES, "Cultural or community pressures",
			DisclosureBarrier.PERCEPTION_OF_AUTHORITY, "Distrust of police or authority",
			DisclosureBarrier.PAST_EXPERIENCE, "Bad past experience with agencies",
			DisclosureBarrier.FEELING_BLAMED_OR_DISBELIEVED, "Feels blamed or not believed",
			DisclosureBarrier.IMPACT_OF_TRAUMA, "Affected by trauma");

	public List<CatalogueEntry> vulnerabilities() {
		return List.copyOf(vulnerabilities.values());
	}

	public List<CatalogueEntry> vulnerabilities(VulnerabilityKind kind) {
		return vulnerabilities.values().stream().filter(e -> e.kind() == kind).toList();
	}

	public List<CatalogueEntry> barriers() {
		return List.copyOf(barriers.values());
	}

	public List<CatalogueEntry> communicationNeeds() {
		return List.copyOf(communicationNeeds.values());
	}

	public List<CatalogueEntry> adjustments() {
		return List.copyOf(adjustments.values());
	}

	public List<CatalogueEntry> checks() {
		return List.copyOf(checks.values());
	}

	public Optional<CatalogueEntry> vulnerability(String code) {
		return Optional.ofNullable(vulnerabilities.get(code));
	}

	boolean isVulnerability(String code) {
		return vulnerabilities.containsKey(code);
	}

	boolean isBarrier(String code) {
		return barriers.containsKey(code);
	}

	boolean isCommunicationNeed(String code) {
		return communicationNeeds.containsKey(code);
	}

	boolean isAdjustment(String code) {
		return adjustments.containsKey(code);
	}

	boolean isCheck(String code) {
		return checks.containsKey(code);
	}

	/** The plain-English label of any catalogue code, for pages; the code itself when unknown. */
	public String label(String code) {
		for (Map<String, CatalogueEntry> map : List.of(vulnerabilities, barriers, communicationNeeds, adjustments,
				checks)) {
			CatalogueEntry entry = map.get(code);
			if (entry != null) {
				return entry.label();
			}
		}
		return code;
	}
}
