package org.sightline.person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.sightline.shared.Situation;

/**
 * One mention linked to a person: a contact the person had. Never changed once made.
 *
 * @param id                 the link
 * @param linkedTo           the person record the mention was linked to (which may since have been merged)
 * @param sourceId           the mention (the encounter person's id)
 * @param encounterId        the encounter
 * @param encounterReference its reference
 * @param occurredAt         when the encounter happened
 * @param situation          what it was about
 * @param role               the person's role in it
 * @param method             how the link was made
 * @param matchWeight        the match weight in bits, or null when there was nothing to compare
 * @param evidence           per-field evidence for the match
 * @param linkedBy           who recorded the mention
 * @param linkedAt           when
 */
public record PersonLink(UUID id, PersonId linkedTo, UUID sourceId, UUID encounterId, String encounterReference,
		Instant occurredAt, Situation situation, String role, LinkMethod method, Double matchWeight,
		List<String> evidence, String linkedBy, Instant linkedAt) {

	public PersonLink {
		evidence = List.copyOf(evidence);
	}

	/** How alike the records were, in words ("a strong match"); empty when no weight was worked out. */
	public String likeness() {
		return matchWeight == null ? "" : PersonIndex.likeness(matchWeight);
	}

	/** "victim", "child present": the role as words. */
	public String roleName() {
		return role.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}
}
