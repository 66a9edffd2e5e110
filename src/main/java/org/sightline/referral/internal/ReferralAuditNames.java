package org.sightline.referral.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sightline.audit.AuditNames;
import org.sightline.referral.ReferralManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Referral references for the audit log's REFERRAL entries. */
@Component
public class ReferralAuditNames implements AuditNames {

	private final JdbcClient jdbc;

	ReferralAuditNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Collection<String> subjectTypes() {
		return List.of(ReferralManagement.AUDIT_SUBJECT);
	}

	@Override
	public Map<String, String> names(String subjectType, Collection<String> ids) {
		List<UUID> uuids = ids.stream().map(ReferralAuditNames::uuid).filter(java.util.Objects::nonNull).toList();
		if (uuids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id::text, reference from referral.referral where id in (:ids)")
			.param("ids", uuids)
			.query((rs, n) -> Map.entry(rs.getString(1), "referral " + rs.getString(2)))
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
