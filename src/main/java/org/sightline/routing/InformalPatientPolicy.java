package org.sightline.routing;

import org.sightline.assessment.ResponseAction;
import org.sightline.shared.Fact;
import org.sightline.shared.Situation;

/**
 * AWOL applies only to patients detained under the Mental Health Act. A voluntary (informal)
 * patient who walks out is not AWOL: it is a walk-out from a health setting, and police have no
 * power to return them (REFERENCE §5, MHA s18).
 */
final class InformalPatientPolicy {

	Situation apply(RoutingCase routingCase, Findings findings) {
		if (routingCase.situation() != Situation.AWOL_FROM_MENTAL_HEALTH_UNIT) {
			return routingCase.situation();
		}
		if (routingCase.has(Fact.INFORMAL_PATIENT) && !routingCase.has(Fact.DETAINED_UNDER_MHA)) {
			findings.action(ResponseAction.NO_POWER_TO_RETURN_INFORMAL_PATIENT,
					"A voluntary (informal) patient who walks out is not AWOL: AWOL applies only to patients detained "
							+ "under the Mental Health Act, and police have no power to return them (MHA s18; treated as a walk-out). "
							+ "Having no power to return someone does not remove the duty to protect life: police still attend a real "
							+ "and immediate risk to life or of serious harm.");
			return Situation.WALKOUT_FROM_HEALTH_SETTING;
		}
		findings.action(ResponseAction.WARRANT_REQUIRED_FOR_ENTRY,
				"A detained patient who is AWOL may be retaken under MHA s18, but there is no power of entry: a s135(2) "
						+ "warrant is needed to enter premises.");
		return Situation.AWOL_FROM_MENTAL_HEALTH_UNIT;
	}
}
