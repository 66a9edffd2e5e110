package org.sightline.shared;

/**
 * Operational records were written in bulk, outside the modules' own commands (the demo force
 * generator): nothing published the usual per-record events, so read models built from those events
 * (the demand projections) must be rebuilt from the operational records. Published synchronously;
 * a listener's work is done when {@code publishEvent} returns.
 *
 * @param encounters how many encounters were written
 */
public record OperationalRecordsLoaded(long encounters) {
}
