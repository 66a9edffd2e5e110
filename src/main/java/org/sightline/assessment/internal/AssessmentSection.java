package org.sightline.assessment.internal;

import java.util.List;

import org.sightline.assessment.AssessmentManagement;
import org.sightline.assessment.AssessmentView;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterSection;
import org.sightline.encounter.EncounterView;
import org.sightline.shared.Actor;
import org.sightline.shared.Agency;
import org.sightline.shared.ReferralsDue;
import org.sightline.shared.RoleGroup;
import org.springframework.stereotype.Component;

/** The THRIVE history on the encounter page: every version, newest first, with what changed. */
@Component
public class AssessmentSection implements EncounterSection {

	/** What the fragment shows. */
	record Model(EncounterView encounter, List<AssessmentView> newestFirst, boolean canAssess, List<Agency> referralsDue) {

		public AssessmentView latest() {
			return newestFirst.isEmpty() ? null : newestFirst.get(0);
		}
	}

	private final AssessmentManagement assessments;
	private final ReferralsDue referralsDue;

	AssessmentSection(AssessmentManagement assessments, ReferralsDue referralsDue) {
		this.assessments = assessments;
		this.referralsDue = referralsDue;
	}

	@Override
	public String fragment() {
		return "assessment/section :: section";
	}

	@Override
	public Object model(Actor actor, EncounterView encounter) {
		List<AssessmentView> history = assessments.historyOfReadableEncounter(actor, new EncounterId(encounter.id()));
		List<AssessmentView> newestFirst = new java.util.ArrayList<>(history);
		java.util.Collections.reverse(newestFirst);
		return new Model(encounter, newestFirst,
				RoleGroup.STAFF_WHO_RECORD.includes(actor),
				referralsDue.forEncounter(actor, encounter.id()));
	}

	@Override
	public int order() {
		return 10;
	}
}
