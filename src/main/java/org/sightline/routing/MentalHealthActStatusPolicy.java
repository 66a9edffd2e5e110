package org.sightline.routing;

import org.sightline.assessment.ResponseAction;
import org.sightline.shared.Fact;
import org.sightline.shared.Situation;

/**
 * What a patient's status under the Mental Health Act means for the situation (REFERENCE §5, MHA
 * s18, Code of Practice ch. 28):
 * <ul>
 * <li>AWOL applies only to detained patients. A voluntary (informal) patient who walks out is not
 * AWOL: it is a walk-out, and police have no power to return them; having no power to return
 * someone does not remove the duty to protect life.</li>
 * <li>A detained patient (Part III patients are detained) who walks out of any health setting is
 * AWOL in law, whatever the call was recorded as: they may be retaken under s18, but entering
 * premises needs a s135(2) warrant.</li>
 * <li>A detained patient reported missing stays a missing person (police lead, the safer route),
 * with the same warrant reminder.</li>
 * </ul>
 */
final class MentalHealthActStatusPolicy {

	Situation apply(RoutingCase c, Findings findings) {
		boolean detained = c.has(Fact.DETAINED_UNDER_MHA) || c.has(Fact.PART_III_PATIENT);
		boolean informal = c.has(Fact.INFORMAL_PATIENT) && !detained;
		Situation situation = c.situation();
		if (informal && (situation == Situation.AWOL_FROM_MENTAL_HEALTH_UNIT
				|| situation == Situation.WALKOUT_FROM_HEALTH_SETTING || situation == Situation.MISSING_PERSON)) {
			findings.action(ResponseAction.NO_POWER_TO_RETURN_INFORMAL_PATIENT,
					"A voluntary (informal) patient who walks out is not AWOL: AWOL applies only to patients detained "
							+ "under the Mental Health Act, and police have no power to return them (MHA s18"
							+ (situation == Situation.AWOL_FROM_MENTAL_HEALTH_UNIT ? "; treated as a walk-out" : "")
							+ "). Having no power to return someone does not remove the duty to protect life: police still "
							+ "attend a real and immediate risk to life or of serious harm.");
			return situation == Situation.AWOL_FROM_MENTAL_HEALTH_UNIT ? Situation.WALKOUT_FROM_HEALTH_SETTING : situation;
		}
		if (situation == Situation.AWOL_FROM_MENTAL_HEALTH_UNIT || detained
				&& (situation == Situation.WALKOUT_FROM_HEALTH_SETTING || situation == Situation.MISSING_PERSON)) {
			findings.action(ResponseAction.WARRANT_REQUIRED_FOR_ENTRY,
					"A detained patient who is absent without leave may be retaken under MHA s18, but there is no power of "
							+ "entry: a s135(2) warrant is needed to enter premises.");
			if (situation == Situation.WALKOUT_FROM_HEALTH_SETTING) {
				findings.reason("A detained patient who leaves a health setting without leave is AWOL in law, whatever the "
						+ "call was recorded as: treated as AWOL from a mental health unit (MHA s18).");
				return Situation.AWOL_FROM_MENTAL_HEALTH_UNIT;
			}
		}
		return situation;
	}
}
