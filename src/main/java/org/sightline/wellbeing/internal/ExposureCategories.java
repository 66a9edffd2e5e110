package org.sightline.wellbeing.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.sightline.encounter.Catalogues;
import org.sightline.encounter.IncidentFacts;
import org.sightline.shared.Situation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The configured exposure categories, checked against the force's catalogues at start-up (an unknown
 * incident feature or vulnerability stops the start, naming the setting), and which of them an
 * encounter's facts match.
 */
@Component
public class ExposureCategories {

	private final WellbeingSettings settings;
	private final MessageSource messages;

	ExposureCategories(WellbeingSettings settings, Catalogues catalogues, MessageSource messages) {
		this.settings = settings;
		this.messages = messages;
		for (var category : settings.categories().entrySet()) {
			String setting = "sightline.wellbeing.categories." + category.getKey();
			for (String feature : category.getValue().incidentFeatures()) {
				if (!catalogues.isIncidentFeature(feature)) {
					throw new IllegalStateException(setting + ".incident-features names " + feature
							+ ", which is not in the catalogue's incidentFeatures (sightline.catalogues.location)");
				}
			}
			for (String vulnerability : category.getValue().vulnerabilities()) {
				if (!catalogues.isVulnerability(vulnerability)) {
					throw new IllegalStateException(setting + ".vulnerabilities names " + vulnerability
							+ ", which is not in the catalogue's vulnerabilities (sightline.catalogues.location)");
				}
			}
		}
	}

	/** The categories an encounter's facts match, in the configured order; empty when none does. */
	public List<String> matching(IncidentFacts.Facts facts) {
		return matching(settings.categories(), facts.incidentFeatures(), facts.situation(), facts.vulnerabilities());
	}

	/**
	 * The categories of which any one code is present: an incident feature, the situation or a
	 * vulnerability recorded about anyone. Nothing else counts, and nothing is weighed: one code is enough.
	 */
	static List<String> matching(Map<String, WellbeingSettings.Category> categories, Collection<String> features,
			Situation situation, Collection<String> vulnerabilities) {
		return categories.entrySet().stream()
			.filter(c -> c.getValue().incidentFeatures().stream().anyMatch(features::contains)
					|| situation != null && c.getValue().situations().contains(situation.name())
					|| c.getValue().vulnerabilities().stream().anyMatch(vulnerabilities::contains))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** The category codes, in the configured order. */
	public List<String> codes() {
		return List.copyOf(settings.categories().keySet());
	}

	/** A category's label: the message bundle's, else the configured title, else a plain version of its code. */
	public String label(String code) {
		WellbeingSettings.Category category = settings.categories().get(code);
		String fallback = category != null && category.title() != null && !category.title().isBlank() ? category.title()
				: plain(code);
		return messages.getMessage("wellbeing.category." + code, null, fallback, LocaleContextHolder.getLocale());
	}

	/** The supporting conversations a lead records, in the configured order. */
	public List<String> conversationKinds() {
		return List.copyOf(settings.conversationKinds().keySet());
	}

	public boolean isConversationKind(String code) {
		return code != null && settings.conversationKinds().containsKey(code);
	}

	/** A conversation's label: the message bundle's, else the configured name. */
	public String conversationLabel(String code) {
		String fallback = settings.conversationKinds().getOrDefault(code, plain(code));
		return messages.getMessage("wellbeing.conversation." + code, null, fallback == null || fallback.isBlank() ? plain(code)
				: fallback, LocaleContextHolder.getLocale());
	}

	/** How many months back exposures are counted. */
	public int periodMonths() {
		return settings.periodMonths();
	}

	private static String plain(String code) {
		String words = code == null ? "" : code.replace('_', ' ').toLowerCase(java.util.Locale.UK);
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
