package org.sightline.assessment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a domestic abuse case goes to MARAC beyond a high DASH score, under {@code sightline.marac}
 * (SafeLives' escalation guidance; the figures are local and set by the force). Checked at start-up.
 *
 * @param escalationIncidents incidents within the escalation window that send a case to MARAC
 * @param escalationWindowMonths the window those incidents are counted in
 * @param repeatReferralWindowMonths a new incident within this long of a MARAC referral is a repeat
 * @param minimumAge MARAC considers victims from this age
 */
@ConfigurationProperties("sightline.marac")
public record MaracSettings(Integer escalationIncidents, Integer escalationWindowMonths, Integer repeatReferralWindowMonths,
		Integer minimumAge) {

	public MaracSettings {
		escalationIncidents = escalationIncidents == null ? 3 : escalationIncidents;
		escalationWindowMonths = escalationWindowMonths == null ? 12 : escalationWindowMonths;
		repeatReferralWindowMonths = repeatReferralWindowMonths == null ? 12 : repeatReferralWindowMonths;
		minimumAge = minimumAge == null ? MaracReferralPolicy.DEFAULT_MINIMUM_AGE : minimumAge;
		AssessmentSettings.within("sightline.marac.escalation-incidents", escalationIncidents, 1, 50);
		AssessmentSettings.within("sightline.marac.escalation-window-months", escalationWindowMonths, 1, 120);
		AssessmentSettings.within("sightline.marac.repeat-referral-window-months", repeatReferralWindowMonths, 1, 120);
		AssessmentSettings.within("sightline.marac.minimum-age", minimumAge, 10, 21);
	}

	/** Every default, as a force that sets nothing gets. */
	public static MaracSettings defaults() {
		return new MaracSettings(null, null, null, null);
	}
}
