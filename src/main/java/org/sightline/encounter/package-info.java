/**
 * Intake: a call or an on-scene contact about one or more people, and what the call handler or
 * responder learned about each of them (vulnerabilities as facts, disclosure barriers,
 * communication needs and adjustments, the person's own words, what was checked, whether next
 * steps were explained). Owns the {@code encounter} schema and the intake catalogues.
 * Publishes {@link org.sightline.encounter.EncounterRecorded}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "person" })
package org.sightline.encounter;
