package org.sightline.wellbeing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.encounter.EncounterRecorded;
import org.sightline.encounter.IncidentFacts;
import org.sightline.identity.StaffTeams;
import org.sightline.wellbeing.WellbeingRecords;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records an exposure when an encounter is recorded: after the encounter has committed, in a
 * transaction of its own; the event publication registry holds the event until this has finished
 * and hands it over again after a crash or restart. Only the encounter's coded facts are read (no
 * names, no free text). The exposure is the recorder's: Sightline knows who recorded an encounter,
 * not everyone who attended. A redelivered event records nothing twice (one exposure for each person
 * and encounter, a unique key).
 */
@Component
public class ExposureListener {

	static final String SYSTEM = "system";

	private final IncidentFacts facts;
	private final ExposureCategories categories;
	private final StaffTeams teams;
	private final WellbeingStore store;
	private final AuditTrail audit;
	private final Clock clock;

	ExposureListener(IncidentFacts facts, ExposureCategories categories, StaffTeams teams, WellbeingStore store,
			AuditTrail audit, Clock clock) {
		this.facts = facts;
		this.categories = categories;
		this.teams = teams;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	@ApplicationModuleListener
	public void on(EncounterRecorded event) {
		facts.of(event.encounterId()).ifPresent(encounter -> {
			List<String> matched = categories.matching(encounter);
			if (matched.isEmpty() || encounter.recordedBy() == null) {
				return;
			}
			WellbeingStore.Row row = new WellbeingStore.Row(UUID.randomUUID(), encounter.recordedBy(),
					teams.teamOf(encounter.recordedBy()).orElse(null), encounter.encounterId().value(), matched,
					encounter.occurredAt(), Instant.now(clock), null, null, null, null, null, null);
			if (store.add(row)) {
				// the prompt's id only: whose it is and what it was stay in the wellbeing schema (supervisors read the log)
				audit.record(SYSTEM, AuditAction.COLLECTION, WellbeingRecords.AUDIT_SUBJECT, row.id().toString(),
						WellbeingRecords.SPECIAL_CATEGORY + "exposure to a potentially traumatic incident, prompt raised", "");
			}
		});
	}
}
