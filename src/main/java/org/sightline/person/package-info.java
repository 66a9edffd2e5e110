/**
 * The person index: one person across many records. Owns the {@code person} schema (people and
 * the other names, addresses, phone numbers and identifiers they are recorded under) and
 * {@link org.sightline.person.PersonIndex}, which registers people and searches for them at the
 * point of call, ranking candidates with the linkage engine ({@code linkage}): a Fellegi–Sunter
 * matcher with explainable, field-by-field evidence. Publishes no events yet.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.sightline.person;
