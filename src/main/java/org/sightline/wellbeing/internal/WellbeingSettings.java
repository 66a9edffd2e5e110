package org.sightline.wellbeing.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sightline.shared.Situation;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The wellbeing module's settings under {@code sightline.wellbeing}, with their defaults written here
 * once. Checked at start-up: situations here, incident features and vulnerabilities against the
 * force's catalogues by {@link ExposureCategories}. A force that lists its own {@code categories}
 * replaces them all, and one that lists its own {@code conversation-kinds} replaces both kinds.
 *
 * <p>The default categories count an exposure whenever in doubt: an offer of support nobody needed
 * costs a short conversation, a missed one can cost a colleague. So serious injury also counts a
 * death (whoever attends a death has usually dealt with serious injury first, or its aftermath);
 * suicide counts self-harm happening now (the same scene, often the attempt itself); sexual abuse of
 * a child counts a child sexual exploitation marker (what the attending officer heard or saw is the
 * abuse). A child's death is its own category because it is the exposure the guidelines and TRiM
 * practice single out. The death of an adult is counted under serious injury rather than in a
 * category of its own so that the default list stays the four the issue names; a force may add one.
 *
 * @param categories the exposure categories, by code (capitals and underscores): each counts an
 *        encounter when any of its incident features, situations or vulnerabilities is present in it;
 *        the message bundle's {@code wellbeing.category.<code>} label comes first, then {@code title}; by
 *        default CHILD_DEATH (incident feature DEATH_OF_A_CHILD), SERIOUS_INJURY (SERIOUS_INJURY, DEATH),
 *        SUICIDE (SUICIDE_OR_ATTEMPT; vulnerability SELF_HARM_IN_PROGRESS) and SEXUAL_ABUSE_OF_A_CHILD
 *        (SEXUAL_ABUSE_OF_A_CHILD; vulnerability CSE_MARKER)
 * @param periodMonths how many months back a person's and a team's exposures are counted
 * @param keepMonths how many months an exposure and its prompt are kept (from the encounter's time)
 *        before they are deleted; at least {@code period-months}
 * @param conversationKinds the supporting conversations a wellbeing lead records, by code: each one's
 *        name where the message bundle has no {@code wellbeing.conversation.<code>} label; by default
 *        DEFUSING (a short talk soon after the incident) and TRIM (a trauma risk management assessment)
 */
@ConfigurationProperties("sightline.wellbeing")
public record WellbeingSettings(Map<String, Category> categories, @DefaultValue("12") int periodMonths,
		@DefaultValue("24") int keepMonths, Map<String, String> conversationKinds) {

	/**
	 * One exposure category: present in an encounter when any one of its codes is.
	 *
	 * @param title the category's name, where the message bundle has no label for it
	 * @param incidentFeatures codes of the encounter catalogue's {@code incidentFeatures}
	 * @param situations situation codes (e.g. {@code CHILD_CONCERN})
	 * @param vulnerabilities vulnerability codes of the encounter catalogue, recorded about anyone in the encounter
	 */
	public record Category(String title, List<String> incidentFeatures, List<String> situations,
			List<String> vulnerabilities) {

		public Category {
			incidentFeatures = incidentFeatures == null ? List.of() : List.copyOf(incidentFeatures);
			situations = situations == null ? List.of() : List.copyOf(situations);
			vulnerabilities = vulnerabilities == null ? List.of() : List.copyOf(vulnerabilities);
		}
	}

	static final Map<String, Category> DEFAULT_CATEGORIES = defaultCategories();

	static final Map<String, String> DEFAULT_CONVERSATIONS = defaultConversations();

	static final String CODE = "[A-Z][A-Z0-9_]{1,62}";

	public WellbeingSettings {
		if (periodMonths < 1 || periodMonths > 120) {
			throw new IllegalArgumentException(
					"sightline.wellbeing.period-months is " + periodMonths + ": it must be from 1 to 120");
		}
		if (keepMonths < periodMonths || keepMonths > 120) {
			throw new IllegalArgumentException("sightline.wellbeing.keep-months is " + keepMonths
					+ ": it must be at least sightline.wellbeing.period-months (" + periodMonths + ") and at most 120");
		}
		categories = categories == null || categories.isEmpty() ? DEFAULT_CATEGORIES
				: Collections.unmodifiableMap(new LinkedHashMap<>(categories));
		conversationKinds = conversationKinds == null || conversationKinds.isEmpty() ? DEFAULT_CONVERSATIONS
				: Collections.unmodifiableMap(new LinkedHashMap<>(conversationKinds));
		for (var category : categories.entrySet()) {
			String setting = "sightline.wellbeing.categories." + category.getKey();
			if (!category.getKey().matches(CODE)) {
				throw new IllegalArgumentException(setting + ": a category's code is capitals, digits and underscores");
			}
			Category c = category.getValue();
			if (c == null || c.incidentFeatures().isEmpty() && c.situations().isEmpty() && c.vulnerabilities().isEmpty()) {
				throw new IllegalArgumentException(setting
						+ " names no incident-features, situations or vulnerabilities: it would never count anything");
			}
			for (String situation : c.situations()) {
				if (java.util.Arrays.stream(Situation.values()).noneMatch(s -> s.name().equals(situation))) {
					throw new IllegalArgumentException(setting + ".situations names " + situation + ", which is not a situation");
				}
			}
		}
		for (String kind : conversationKinds.keySet()) {
			if (!kind.matches(CODE)) {
				throw new IllegalArgumentException("sightline.wellbeing.conversation-kinds." + kind
						+ ": a conversation's code is capitals, digits and underscores");
			}
		}
	}

	private static Map<String, Category> defaultCategories() {
		Map<String, Category> categories = new LinkedHashMap<>();
		categories.put("CHILD_DEATH", new Category("Death of a child", List.of("DEATH_OF_A_CHILD"), List.of(), List.of()));
		categories.put("SERIOUS_INJURY",
				new Category("Serious injury or death", List.of("SERIOUS_INJURY", "DEATH"), List.of(), List.of()));
		categories.put("SUICIDE", new Category("Suicide or attempted suicide", List.of("SUICIDE_OR_ATTEMPT"), List.of(),
				List.of("SELF_HARM_IN_PROGRESS")));
		categories.put("SEXUAL_ABUSE_OF_A_CHILD", new Category("Sexual abuse of a child",
				List.of("SEXUAL_ABUSE_OF_A_CHILD"), List.of(), List.of("CSE_MARKER")));
		return Collections.unmodifiableMap(categories);
	}

	private static Map<String, String> defaultConversations() {
		Map<String, String> kinds = new LinkedHashMap<>();
		kinds.put("DEFUSING", "Defusing");
		kinds.put("TRIM", "TRiM (trauma risk management)");
		return Collections.unmodifiableMap(kinds);
	}
}
