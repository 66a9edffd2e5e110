/**
 * The person index (to come): one person across many records. Today it holds the linkage engine
 * ({@code linkage}): a Fellegi–Sunter matcher with EM-estimated m and u probabilities,
 * term-frequency adjustment, several blocking rules joined by OR, explainable comparisons, and
 * the batch {@code link} / {@code evaluate} commands. Owns no data yet and publishes no events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package org.sightline.person;
