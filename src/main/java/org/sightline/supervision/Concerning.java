package org.sightline.supervision;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What case a review item concerns, as far as the raising module knows: the encounter, the person
 * in it (their mention in that encounter), and the risk of the case. Identifiers only; the queue
 * reads names through {@link CaseFiles}, so a correction or a disposal is never out of date here.
 */
public record Concerning(Optional<UUID> encounterId, Optional<UUID> personId, ReviewRisk risk) {

	public Concerning {
		Objects.requireNonNull(encounterId, "encounterId");
		Objects.requireNonNull(personId, "personId");
		Objects.requireNonNull(risk, "risk");
	}

	/** About no case: the audit log, say. */
	public static Concerning noCase() {
		return new Concerning(Optional.empty(), Optional.empty(), ReviewRisk.NOT_ASSESSED);
	}

	public static Concerning encounter(UUID encounterId, ReviewRisk risk) {
		return new Concerning(Optional.ofNullable(encounterId), Optional.empty(), risk);
	}

	/** A person in an encounter (the id of their mention in it), or only the encounter when person is null. */
	public static Concerning person(UUID encounterId, UUID personId, ReviewRisk risk) {
		return new Concerning(Optional.ofNullable(encounterId), Optional.ofNullable(personId), risk);
	}
}
