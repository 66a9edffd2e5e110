package org.sightline.learning.internal;

import java.util.UUID;

import org.sightline.encounter.EncounterSection;
import org.sightline.encounter.EncounterView;
import org.sightline.learning.PracticeReviews;
import org.sightline.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The link to record a debrief, on the encounter page, for those who may: the member of staff who recorded
 * the encounter and supervisors. Nobody else sees it (the form would refuse them).
 */
@Component
public class DebriefSection implements EncounterSection {

	record Model(UUID encounterId, boolean mayRecord) {
	}

	@Override
	public String fragment() {
		return "learning/debrief-section :: section";
	}

	@Override
	public Object model(Actor actor, EncounterView encounter) {
		return new Model(encounter.id(), PracticeReviews.mayRecord(actor, encounter));
	}

	@Override
	public int order() {
		return 90;
	}
}
