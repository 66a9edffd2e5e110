/**
 * The whole person: one page per person, newest first, of every encounter, assessment, routing
 * decision, referral and missing episode across all the records linked to them, opened only with a
 * reason that is audited; and the repeat and cumulative triggers (configurable rules such as a
 * third domestic abuse incident in 12 months) that put a person in front of a supervisor. Reads the
 * other modules through their public services; owns the {@code chronology} schema (trigger firings).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "person", "encounter",
		"assessment", "routing", "referral", "supervision" })
package org.sightline.chronology;
