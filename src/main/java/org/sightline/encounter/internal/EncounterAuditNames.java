package org.sightline.encounter.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sightline.audit.AuditNames;
import org.sightline.encounter.EncounterManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Encounter references for the audit log's ENCOUNTER entries. */
@Component
public class EncounterAuditNames implements AuditNames {

	private final JdbcClient jdbc;

	EncounterAuditNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Collection<String> subjectTypes() {
		return List.of(EncounterManagement.AUDIT_SUBJECT);
	}

	@Override
	public Map<String, String> names(String subjectType, Collection<String> ids) {
		List<UUID> uuids = ids.stream().map(EncounterAuditNames::uuid).filter(java.util.Objects::nonNull).toList();
		if (uuids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id::text, reference from encounter.encounter where id in (:ids)")
			.param("ids", uuids)
			.query((rs, n) -> Map.entry(rs.getString(1), "encounter " + rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static UUID uuid(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}
}
