package org.sightline.person;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sightline.shared.Situation;

/**
 * A person's recent contacts counted by kind, for the call handler at intake: "5 contacts in 90
 * days: 3 mental health, 1 domestic abuse victim, 1 missing".
 *
 * @param contacts how many contacts in the window
 * @param window   the window, ending now
 * @param byKind   count per kind, most first
 * @param total    contacts ever linked
 */
public record ContactSummary(int contacts, Duration window, Map<String, Long> byKind, int total) {

	/**
	 * The summary of a person's contacts, each encounter counted once (a person may be mentioned
	 * twice in one encounter, say as caller and subject), in the window ending at {@code now}.
	 */
	static ContactSummary ofContacts(List<PersonLink> contacts, Instant now, Duration window) {
		Map<java.util.UUID, PersonLink> byEncounter = new LinkedHashMap<>();
		contacts.forEach(c -> byEncounter.putIfAbsent(c.encounterId(), c));
		Instant from = now.minus(window);
		List<PersonLink> recent = byEncounter.values()
			.stream()
			.filter(c -> !c.occurredAt().isBefore(from) && !c.occurredAt().isAfter(now))
			.toList();
		return of(recent, window, byEncounter.size());
	}

	static ContactSummary of(List<PersonLink> recent, Duration window, int total) {
		Map<String, Long> counted = recent.stream()
			.collect(Collectors.groupingBy(ContactSummary::kind, Collectors.counting()));
		Map<String, Long> byKind = new LinkedHashMap<>();
		counted.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach(e -> byKind.put(e.getKey(), e.getValue()));
		return new ContactSummary(recent.size(), window, byKind, total);
	}

	/** The situation, with the role for domestic abuse, where it matters most: "domestic abuse victim". */
	static String kind(PersonLink link) {
		String kind = link.situation().shortName();
		if (link.situation() == Situation.DOMESTIC_ABUSE
				&& ("VICTIM".equals(link.role()) || "SUSPECT".equals(link.role()))) {
			return kind + " " + link.roleName();
		}
		return kind;
	}

	/** The sentence to show. */
	public String text() {
		long days = window.toDays();
		String head = contacts + (contacts == 1 ? " contact" : " contacts") + " in " + days + " days";
		if (contacts == 0) {
			return head + (total == 0 ? "" : " (" + total + " in all)");
		}
		return head + ": " + byKind.entrySet()
			.stream()
			.map(e -> e.getValue() + " " + e.getKey())
			.collect(Collectors.joining(", "));
	}
}
