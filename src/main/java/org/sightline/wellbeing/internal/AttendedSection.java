package org.sightline.wellbeing.internal;

import java.util.UUID;

import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterSection;
import org.sightline.encounter.EncounterView;
import org.sightline.shared.Actor;
import org.sightline.shared.RoleGroup;
import org.sightline.wellbeing.WellbeingRecords;
import org.springframework.stereotype.Component;

/**
 * On the page of an encounter in one of the exposure categories, an offer to everyone who attended but
 * did not record it: "I attended this incident" puts the exposure and its prompt on their own wellbeing
 * page. Not shown to the person who recorded it (theirs is recorded already), nor to anyone who does not
 * attend incidents. Shows nothing the page does not: the incident features are on the page already.
 */
@Component
public class AttendedSection implements EncounterSection {

	record Model(UUID encounterId, boolean offered) {
	}

	private final WellbeingRecords records;

	AttendedSection(WellbeingRecords records) {
		this.records = records;
	}

	@Override
	public String fragment() {
		return "wellbeing/attended-section :: section";
	}

	@Override
	public Object model(Actor actor, EncounterView encounter) {
		boolean offered = RoleGroup.STAFF_WHO_RECORD.includes(actor) && !actor.username().equals(encounter.recordedBy())
				&& records.isExposure(new EncounterId(encounter.id()));
		return new Model(encounter.id(), offered);
	}

	@Override
	public int order() {
		return 95;
	}
}
