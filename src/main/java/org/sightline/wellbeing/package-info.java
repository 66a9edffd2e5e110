/**
 * Staff wellbeing (#18): exposure to potentially traumatic incidents (child death, serious injury,
 * suicide, sexual abuse of a child: configurable categories taken from an encounter's incident
 * features, situation and vulnerabilities), recorded for the member of staff who recorded the
 * encounter and for anyone who says, on its page, that they attended it, with a prompt to offer a defusing or TRiM (trauma risk management) conversation. The
 * person reads their own and answers (opt-in); their team's wellbeing lead reads the team's counts
 * and open prompts and records the conversations offered and held. Health-related special-category
 * data about staff: nobody else reads it, nothing ranks anyone, and the demand figures never see it.
 * Owns the {@code wellbeing} schema; listens to {@link org.sightline.encounter.EncounterRecorded};
 * publishes no events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "identity", "ui",
		"encounter" })
package org.sightline.wellbeing;
