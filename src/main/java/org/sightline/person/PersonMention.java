package org.sightline.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.sightline.shared.Situation;

/**
 * A person as one record mentions them: a person in an encounter, with what the recorder knew of
 * them and the encounter they were in. The mention itself stays in the encounter; the index keeps
 * only the link from it to a person.
 *
 * @param sourceId           the mention (the encounter person's id)
 * @param encounterId        the encounter
 * @param encounterReference the encounter's reference, ENC-2026-000123
 * @param occurredAt         when the encounter happened
 * @param situation          what it was about
 * @param role               the person's role in it (VICTIM, SUSPECT, ...)
 * @param givenName          as typed, or null
 * @param familyName         as typed, or null
 * @param description        how to recognise them when the name is not known, or null
 * @param dateOfBirth        or null
 * @param estimatedAgeYears  when the date of birth is not known, or null
 */
public record PersonMention(UUID sourceId, UUID encounterId, String encounterReference, Instant occurredAt,
		Situation situation, String role, String givenName, String familyName, String description,
		LocalDate dateOfBirth, Integer estimatedAgeYears) {
}
