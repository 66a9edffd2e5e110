package org.sightline.person.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sightline.audit.AuditNames;
import org.sightline.person.PersonIndex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** People's names for the audit log's PERSON entries. */
@Component
public class PersonAuditNames implements AuditNames {

	private final JdbcClient jdbc;

	PersonAuditNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Collection<String> subjectTypes() {
		return List.of(PersonIndex.AUDIT_SUBJECT);
	}

	@Override
	public Map<String, String> names(String subjectType, Collection<String> ids) {
		List<UUID> uuids = ids.stream().map(AuditNamesSupport::uuid).filter(java.util.Objects::nonNull).toList();
		if (uuids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id::text, trim(coalesce(given_name, '') || ' ' || family_name) from person.person where id in (:ids)")
			.param("ids", uuids)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
