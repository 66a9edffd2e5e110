package org.sightline.routing.internal;

import java.util.List;

import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterSection;
import org.sightline.encounter.EncounterView;
import org.sightline.routing.Attendance;
import org.sightline.routing.RoutingDecisionView;
import org.sightline.routing.RoutingManagement;
import org.sightline.shared.Actor;
import org.sightline.shared.Agency;
import org.sightline.shared.ReferralsDue;
import org.springframework.stereotype.Component;

/** Routing decisions on the encounter page: who responds, the caller notice, timers. */
@Component
public class RoutingSection implements EncounterSection {

	record Model(EncounterView encounter, List<RoutingDecisionView> newestFirst, List<Attendance> attendances,
			List<Agency> referralsDue) {

		/** Police attend under the latest decision, so officers' time can be recorded. */
		public boolean policeAttend() {
			return !newestFirst.isEmpty() && newestFirst.get(0).outcome().policeAttend();
		}
	}

	private final RoutingManagement routing;
	private final ReferralsDue referralsDue;

	RoutingSection(RoutingManagement routing, ReferralsDue referralsDue) {
		this.routing = routing;
		this.referralsDue = referralsDue;
	}

	@Override
	public String fragment() {
		return "routing/section :: section";
	}

	@Override
	public Object model(Actor actor, EncounterView encounter) {
		List<RoutingDecisionView> all = new java.util.ArrayList<>(
				routing.decisionsOfReadableEncounter(actor, new EncounterId(encounter.id())));
		java.util.Collections.reverse(all);
		return new Model(encounter, all, routing.attendancesOfReadableEncounter(new EncounterId(encounter.id())),
				referralsDue.forEncounter(actor, encounter.id()));
	}

	@Override
	public int order() {
		return 20;
	}
}
