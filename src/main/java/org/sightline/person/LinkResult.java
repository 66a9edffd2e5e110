package org.sightline.person;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What linking a mention did.
 *
 * @param personId    the person the mention is now linked to
 * @param method      how
 * @param matchWeight the match weight against that person (or the best candidate, for a new person)
 * @param evidence    the per-field evidence
 * @param reviewId    the match review raised, when the best candidate was between the thresholds
 */
public record LinkResult(PersonId personId, LinkMethod method, Double matchWeight, List<String> evidence,
		Optional<UUID> reviewId) {
}
