/**
 * Demand insight for chief officers, partnership boards and analysts: where vulnerability-related
 * demand comes from and where it goes, in encounters and officer hours, by situation, strand, grade,
 * routing outcome, area and time; the share partners lead; partner performance; repeat demand;
 * equality. Aggregates only, never a named person, with small counts withheld. Owns the
 * {@code demand} schema: read models kept up to date from the other modules' events through the
 * event publication registry (so a crash loses nothing) and rebuilt from the operational records by
 * {@code demand-rebuild}; the dashboard never reads operational tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "encounter", "person",
		"assessment", "routing", "referral", "chronology" })
package org.sightline.demand;
