package org.sightline.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sightline.shared.CsvCells;
import org.springframework.stereotype.Component;

/**
 * Audit entries as people read them: the action in plain words, the person who acted by name, and
 * the record by its name or reference where the owning module can give one (through
 * {@link AuditNames}), never a bare identifier where a name exists.
 */
@Component
public class AuditReading {

	/** One entry, in words. */
	public record Line(AuditEntry entry, String who, String what, String record) {

		/** Why, with any code in it in words. */
		public String why() {
			return org.sightline.shared.Words.inText(entry.reason());
		}

		/** The detail, with any code in it in words. */
		public String detail() {
			return org.sightline.shared.Words.inText(entry.detail());
		}

		/** The kind of record, in words. */
		public String kind() {
			return entry.subjectType().toLowerCase(Locale.ROOT).replace('_', ' ');
		}
	}

	private static final Map<AuditAction, String> WORDS = Map.of(AuditAction.COLLECTION, "Recorded",
			AuditAction.ALTERATION, "Changed", AuditAction.CONSULTATION, "Looked at", AuditAction.DISCLOSURE, "Shared",
			AuditAction.ERASURE, "Erased", AuditAction.REFUSAL, "Refused", AuditAction.ACCESS, "Signed in or out");
	private static final String USERS = "USER";

	private final List<AuditNames> names;

	AuditReading(List<AuditNames> names) {
		this.names = names;
	}

	public static String words(AuditAction action) {
		return WORDS.get(action);
	}

	public List<Line> lines(List<AuditEntry> entries) {
		Map<String, Set<String>> idsByType = new HashMap<>();
		Set<String> users = new LinkedHashSet<>();
		for (AuditEntry entry : entries) {
			idsByType.computeIfAbsent(type(entry), t -> new LinkedHashSet<>()).add(record(entry.subjectId()));
			users.add(entry.actor());
		}
		Map<String, String> people = lookUp(USERS, users);
		Map<String, Map<String, String>> recordNames = new HashMap<>();
		idsByType.forEach((type, ids) -> recordNames.put(type, lookUp(type, ids)));
		List<Line> lines = new ArrayList<>();
		for (AuditEntry entry : entries) {
			String who = people.containsKey(entry.actor()) ? people.get(entry.actor()) + " (" + entry.actor() + ")"
					: entry.actor();
			String id = record(entry.subjectId());
			String name = recordNames.getOrDefault(type(entry), Map.of()).get(id);
			String kind = entry.subjectType().toLowerCase(Locale.ROOT).replace('_', ' ');
			String record = name != null ? (entry.subjectId().startsWith("chronology:") ? kind + "s in the chronology of " + name
					: entry.subjectType().equals("PERSON") ? "person: " + name : name)
					: kind + " " + org.sightline.shared.Words.inText(entry.subjectId());
			lines.add(new Line(entry, who, WORDS.get(entry.action()), record));
		}
		return lines;
	}

	/** The lines as CSV, safe to open in a spreadsheet. */
	public String csv(List<AuditEntry> entries) {
		StringBuilder csv = new StringBuilder(CsvCells.row("when", "who", "username", "what", "record", "record_type",
				"record_id", "why", "detail"));
		for (Line line : lines(entries)) {
			AuditEntry e = line.entry();
			csv.append(CsvCells.row(e.occurredAt().toString(), line.who(), e.actor(), line.what(), line.record(),
					line.kind(), e.subjectId(), line.why(), line.detail()));
		}
		return csv.toString();
	}

	private Map<String, String> lookUp(String type, Collection<String> ids) {
		for (AuditNames source : names) {
			if (source.subjectTypes().contains(type)) {
				return source.names(type, ids);
			}
		}
		return Map.of();
	}

	/** Readings of a person's chronology are named after the person, whichever module logged them. */
	private static String type(AuditEntry entry) {
		return entry.subjectId().startsWith("chronology:") ? "PERSON" : entry.subjectType();
	}

	/** A chronology reading is logged as "chronology:&lt;person id&gt;". */
	private static String record(String subjectId) {
		return subjectId.startsWith("chronology:") ? subjectId.substring("chronology:".length()) : subjectId;
	}
}
