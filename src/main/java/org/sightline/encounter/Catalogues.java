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

import org.sightline.encounter.internal.EncounterSettings;
import org.sightline.shared.Fact;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
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

	private final Map<String, CatalogueEntry> vulnerabilities;
	private final Map<String, CatalogueEntry> circumstances;
	private final Map<String, CatalogueEntry> communicationNeeds;
	private final Map<String, CatalogueEntry> adjustments;
	private final Map<String, CatalogueEntry> checks;
	private final Map<String, CatalogueEntry> barriers;
	private final Map<String, CatalogueEntry> areas;
	private final Map<String, CatalogueEntry> ethnicities;
	private final Map<String, CatalogueEntry> incidentFeatures;

	@Autowired
	Catalogues(EncounterSettings settings, ResourceLoader resources) throws IOException {
		this(resources.getResource(settings.catalogues().location()));
	}

	Catalogues(Resource location) throws IOException {
		Map<String, Map<String, CatalogueEntry>> loaded;
		try (InputStream in = location.getInputStream()) {
			loaded = parse(new Yaml(new SafeConstructor(new LoaderOptions())).load(in), location.getDescription());
		}
		this.vulnerabilities = loaded.get("vulnerabilities");
		this.circumstances = loaded.get("circumstances");
		this.communicationNeeds = loaded.get("communicationNeeds");
		this.adjustments = loaded.get("adjustments");
		this.checks = loaded.get("checks");
		this.areas = loaded.get("areas");
		this.ethnicities = loaded.get("ethnicities");
		this.incidentFeatures = loaded.get("incidentFeatures");
		this.barriers = Arrays.stream(DisclosureBarrier.values())
			.map(b -> new CatalogueEntry(b.name(), BARRIER_LABELS.get(b), null, false))
			.collect(Collectors.toMap(CatalogueEntry::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/** The catalogues Sightline ships (classpath {@code encounter/catalogues.yml}). */
	public static Catalogues bundled() {
		try {
			return new Catalogues(new org.springframework.core.io.ClassPathResource("encounter/catalogues.yml"));
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
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

	/**
	 * Lists a force may leave out: without areas no area is recorded, without ethnicities none is asked,
	 * without incident features none is asked (a file written before they were keeps working).
	 */
	private static final Set<String> OPTIONAL = Set.of("areas", "ethnicities", "incidentFeatures");

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, CatalogueEntry>> parse(Object document, String description) {
		if (!(document instanceof Map<?, ?> root)) {
			throw new IllegalStateException("The catalogue file " + description + " is empty or not a YAML map");
		}
		Map<String, Map<String, CatalogueEntry>> loaded = new LinkedHashMap<>();
		for (String name : List.of("vulnerabilities", "circumstances", "communicationNeeds", "adjustments", "checks",
				"areas", "ethnicities", "incidentFeatures")) {
			Object list = root.get(name);
			if (OPTIONAL.contains(name) && list == null) {
				loaded.put(name, new LinkedHashMap<>());
				continue;
			}
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
				List<String> means = means(name, code, map.get("means"));
				if (entries.putIfAbsent(code, new CatalogueEntry(code, label.toString(), kind, protective, means)) != null) {
					throw new IllegalStateException("Catalogue '" + name + "' lists " + code + " twice");
				}
			}
			loaded.put(name, entries);
		}
		checkOneVocabulary(loaded.get("vulnerabilities"), loaded.get("circumstances"));
		return loaded;
	}

	/**
	 * A code that is not a fact must say which facts it means; only vulnerabilities and
	 * circumstances are facts, so only they may carry {@code means}.
	 */
	private static List<String> means(String catalogue, String code, Object value) {
		if (value == null) {
			return List.of();
		}
		if (!catalogue.equals("vulnerabilities") && !catalogue.equals("circumstances")) {
			throw new IllegalStateException("Catalogue '" + catalogue + "' code " + code
					+ " has 'means', but only vulnerabilities and circumstances are facts");
		}
		if (!(value instanceof List<?> list) || list.isEmpty()) {
			throw new IllegalStateException("Catalogue code " + code + " has 'means' that is not a list of fact codes");
		}
		List<String> facts = list.stream().map(String::valueOf).toList();
		Set<String> unknown = new TreeSet<>(facts);
		unknown.removeIf(f -> Fact.fromCode(f).isPresent());
		if (!unknown.isEmpty()) {
			throw new IllegalStateException("Catalogue code " + code + " means " + unknown
					+ ", which are not facts the rules understand; see docs/facts.md");
		}
		return facts;
	}

	/**
	 * One vocabulary (issue: the catalogue and the routing preview accept the same codes): every
	 * fact is listed, so a recorder can pick it; every code listed is a fact or says which facts it
	 * means, so the rules understand everything a recorder picks.
	 */
	private static void checkOneVocabulary(Map<String, CatalogueEntry> vulnerabilities,
			Map<String, CatalogueEntry> circumstances) {
		Set<String> listed = new TreeSet<>(vulnerabilities.keySet());
		for (String code : circumstances.keySet()) {
			if (!listed.add(code)) {
				throw new IllegalStateException("Fact " + code + " is listed both as a vulnerability and as a circumstance");
			}
		}
		Set<String> missing = new TreeSet<>();
		for (Fact fact : Fact.values()) {
			if (!listed.contains(fact.name())) {
				missing.add(fact.name());
			}
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException("The catalogue must list every fact the routing rules understand, under "
					+ "vulnerabilities or circumstances; missing: " + missing);
		}
		List<String> unmapped = new java.util.ArrayList<>();
		for (Map<String, CatalogueEntry> catalogue : List.of(vulnerabilities, circumstances)) {
			catalogue.values()
				.stream()
				.filter(e -> Fact.fromCode(e.code()).isEmpty() && e.means().isEmpty())
				.forEach(e -> unmapped.add(e.code()));
		}
		if (!unmapped.isEmpty()) {
			throw new IllegalStateException("Catalogue codes " + unmapped + " are not facts the rules understand: "
					+ "add 'means: [FACT, ...]' to say which facts they stand for (docs/facts.md)");
		}
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

	/** Circumstances of the call (the police threshold, children around, places of safety, the call itself). */
	public List<CatalogueEntry> circumstances() {
		return List.copyOf(circumstances.values());
	}

	/**
	 * The facts a vulnerability or circumstance code means for the rules: the fact of the same code,
	 * or the facts a force's own code is mapped to. Empty for a code in neither catalogue.
	 */
	public Set<Fact> facts(String code) {
		CatalogueEntry entry = vulnerabilities.containsKey(code) ? vulnerabilities.get(code) : circumstances.get(code);
		if (entry == null) {
			return Fact.fromCode(code).map(f -> (Set<Fact>) java.util.EnumSet.of(f)).orElse(Set.of());
		}
		Set<Fact> facts = java.util.EnumSet.noneOf(Fact.class);
		Fact.fromCode(code).ifPresent(facts::add);
		entry.means().forEach(m -> Fact.fromCode(m).ifPresent(facts::add));
		return facts;
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

	/** The force's areas, for recording where an encounter happened and for the demand dashboard. */
	public List<CatalogueEntry> areas() {
		return List.copyOf(areas.values());
	}

	/** Self-defined ethnicity categories, for equality monitoring. */
	public List<CatalogueEntry> ethnicities() {
		return List.copyOf(ethnicities.values());
	}

	/**
	 * What the people who attended dealt with (someone had died, a child had died, ...): about the
	 * incident, not a person, and never a fact for the rules; the wellbeing module counts exposure by them.
	 */
	public List<CatalogueEntry> incidentFeatures() {
		return List.copyOf(incidentFeatures.values());
	}

	public boolean isIncidentFeature(String code) {
		return incidentFeatures.containsKey(code);
	}

	public boolean isArea(String code) {
		return areas.containsKey(code);
	}

	public boolean isEthnicity(String code) {
		return ethnicities.containsKey(code);
	}

	/**
	 * The label of an area, looked up among the areas only (a force's area code may also be a code of
	 * another list); the code itself when the force no longer lists it.
	 */
	public String areaLabel(String code) {
		CatalogueEntry entry = areas.get(code);
		return entry == null ? code : entry.label();
	}

	/** The label of an ethnicity, among the ethnicities only; the code itself when no longer listed. */
	public String ethnicityLabel(String code) {
		CatalogueEntry entry = ethnicities.get(code);
		return entry == null ? code : entry.label();
	}

	public Optional<CatalogueEntry> vulnerability(String code) {
		return Optional.ofNullable(vulnerabilities.get(code));
	}

	public boolean isVulnerability(String code) {
		return vulnerabilities.containsKey(code);
	}

	public boolean isBarrier(String code) {
		return barriers.containsKey(code);
	}

	public boolean isCommunicationNeed(String code) {
		return communicationNeeds.containsKey(code);
	}

	public boolean isAdjustment(String code) {
		return adjustments.containsKey(code);
	}

	public boolean isCheck(String code) {
		return checks.containsKey(code);
	}

	/** The plain-English label of any catalogue code, for pages; the code itself when unknown. */
	public String label(String code) {
		for (Map<String, CatalogueEntry> map : List.of(vulnerabilities, circumstances, barriers, communicationNeeds,
				adjustments, checks, areas, ethnicities, incidentFeatures)) {
			CatalogueEntry entry = map.get(code);
			if (entry != null) {
				return entry.label();
			}
		}
		return code;
	}
}
