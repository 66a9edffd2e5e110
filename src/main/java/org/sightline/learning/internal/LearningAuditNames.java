package org.sightline.learning.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.sightline.audit.AuditNames;
import org.sightline.identity.StaffDirectory;
import org.sightline.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * People's names for the usernames the learning module writes into the audit log: whose learning
 * record was read or added ({@code LEARNING_RECORD}). A team's view ({@code TEAM_LEARNING}) is named by
 * the team's own short name.
 */
@Component
public class LearningAuditNames implements AuditNames {

	private final StaffDirectory directory;

	LearningAuditNames(StaffDirectory directory) {
		this.directory = directory;
	}

	@Override
	public Collection<String> subjectTypes() {
		return List.of("LEARNING_RECORD");
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
