/**
 * Who responds and why: applies the partnership agreement in force, the Right Care, Right Person
 * threshold and the assessment policies to a situation, giving an outcome (police primary, partner
 * primary with police supporting, partner only, no agency action) with a plain-English reason for
 * every rule that fired. One rule set serves the routing preview for command-and-control systems
 * and the recorded routing decision. Owns the {@code routing} schema.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "encounter", "assessment",
		"partnership", "supervision" })
package org.sightline.routing;
