/**
 * The person index: one person across many records. Owns the {@code person} schema (people and
 * the other names, addresses, phone numbers and identifiers they are recorded under) and
 * {@link org.sightline.person.PersonIndex}, which registers people and searches for them at the
 * point of call, ranking candidates with the linkage engine ({@code linkage}): a Fellegi–Sunter
 * matcher with explainable, field-by-field evidence. {@link org.sightline.person.PersonLinking} links
 * every person mentioned in an encounter to a person (or creates one), and
 * {@link org.sightline.person.PersonMerging} merges and unmerges records with full history. Possible
 * matches go to the supervision queue. Publishes {@link org.sightline.person.PersonsMerged} and {@link org.sightline.person.PersonsUnmerged}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "supervision" })
package org.sightline.person;
