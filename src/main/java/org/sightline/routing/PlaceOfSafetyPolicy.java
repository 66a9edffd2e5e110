package org.sightline.routing;

import org.sightline.assessment.ResponseAction;
import org.sightline.shared.Fact;
import org.sightline.shared.Situation;

/**
 * Section 136 places of safety (REFERENCE §5): a police station is never a place of safety for
 * someone under 18; for an adult only when their behaviour poses an imminent risk of serious injury
 * or death, no other place can manage them, and an inspector or above authorises it.
 */
final class PlaceOfSafetyPolicy {

	void apply(Situation situation, RoutingCase routingCase, Subject subject, Findings findings) {
		if (situation != Situation.SECTION_136_PLACE_OF_SAFETY) {
			return;
		}
		if (subject.child()) {
			findings.action(ResponseAction.POLICE_STATION_NOT_PERMITTED_AS_PLACE_OF_SAFETY,
					"A child is never taken to a police station as a place of safety (MHA s136A).");
		}
		else if (routingCase.has(Fact.IMMINENT_RISK_OF_SERIOUS_INJURY_OR_DEATH) && routingCase.has(Fact.NO_OTHER_PLACE_OF_SAFETY)) {
			findings.action(ResponseAction.INSPECTOR_AUTHORITY_REQUIRED_FOR_POLICE_STATION,
					"A police station may be used for an adult only because their behaviour poses an imminent risk of "
							+ "serious injury or death and no other place of safety can manage them, with an inspector's "
							+ "authority (Mental Health Act 1983 (Places of Safety) Regulations 2017).");
		}
		else {
			findings.action(ResponseAction.POLICE_STATION_NOT_PERMITTED_AS_PLACE_OF_SAFETY,
					"A police station is not a place of safety here: there is no imminent risk of serious injury or death "
							+ "that only a police station can manage.");
		}
		if (routingCase.has(Fact.ARRIVED_AT_HEALTH_PLACE_OF_SAFETY)) {
			findings.action(ResponseAction.HANDOVER_WITHIN_60_MINUTES,
					"Arrived at a health place of safety: hand over to health staff within one hour, then officers resume "
							+ "(Right Care, Right Person phase 4).");
		}
	}
}
