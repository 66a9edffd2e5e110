package org.sightline.partnership;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.sightline.shared.Actor;

/**
 * What a draft would change over recent encounters, for the person about to publish it. Partnership
 * defines the question; the routing module answers it (it owns the rules and the simulation), so
 * partnership never depends on routing. Figures come with small counts already withheld.
 */
public interface AgreementImpact {

	/** Empty when there is nothing to replay (no encounters assessed in the period). */
	Optional<Summary> recentImpact(Actor actor, PartnershipAgreement draft);

	record Summary(Instant from, Instant to, List<Line> lines) {
	}

	/** One situation (or, with a null situation, the total), as people may see it. */
	record Line(String situation, String encounters, String routedDifferently, String movedToPartners,
			String movedToPolice, String netOfficerHoursSaved) {
	}
}
