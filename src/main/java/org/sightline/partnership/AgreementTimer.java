package org.sightline.partnership;

/**
 * A clock that a clause starts, e.g. the 60-minute handover at a health place of safety.
 *
 * @param code stable code, e.g. HANDOVER or S136_DETENTION_LIMIT
 * @param startsOn the fact that starts it, e.g. ARRIVED_AT_HEALTH_PLACE_OF_SAFETY; null when it starts with the decision
 * @param minutes how long until it is breached
 * @param label plain English for pages
 */
public record AgreementTimer(String code, String startsOn, int minutes, String label) {
}
