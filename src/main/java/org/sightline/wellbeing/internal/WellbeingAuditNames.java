package org.sightline.wellbeing.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.sightline.audit.AuditNames;
import org.sightline.identity.StaffDirectory;
import org.sightline.shared.Actor;
import org.sightline.wellbeing.WellbeingRecords;
import org.springframework.stereotype.Component;

/** People's names for the usernames the wellbeing module writes into the audit log as whose exposure it was. */
@Component
public class WellbeingAuditNames implements AuditNames {

	private final StaffDirectory directory;

	WellbeingAuditNames(StaffDirectory directory) {
		this.directory = directory;
	}

	@Override
	public Collection<String> subjectTypes() {
		return List.of(WellbeingRecords.AUDIT_SUBJECT);
	}

	@Override
	public Map<String, String> names(String subjectType, Collection<String> ids) {
		return ids.stream()
			.distinct()
			.map(id -> directory.find(id).map(Actor::displayName).map(name -> Map.entry(id, name)))
			.flatMap(Optional::stream)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
