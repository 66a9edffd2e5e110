package org.sightline.supervision;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sightline.shared.Actor;
import org.sightline.shared.Agency;
import org.sightline.shared.Situation;

/**
 * What the queue shows of the cases behind its items, provided by a module that can read
 * encounters, assessments and referrals (this module depends on none of them: they raise items
 * here). Every reading checks the actor's need to know and is audited by the module that owns the
 * record.
 */
public interface CaseFiles {

	/** One line per encounter the actor may read, for the queue's rows; encounters they may not read are left out. */
	Map<UUID, CaseLine> lines(Actor actor, Collection<UUID> encounterIds);

	/** The summary of one case for the item page, if the actor may read the encounter. */
	Optional<CaseSummary> summary(Actor actor, UUID encounterId);

	/** A queue row's case: who, which encounter, and what it was about. */
	record CaseLine(UUID encounterId, String reference, Situation situation, Instant occurredAt, List<String> people) {
	}

	/**
	 * A case at a glance. Codes are kept as codes for the page to label ({@code personRole.},
	 * {@code risk.}, {@code agency.}, {@code status.} messages); facts are already in words.
	 *
	 * @param highestRisk the highest risk level of the latest THRIVE assessment (RiskLevel code), empty before one
	 * @param grade the response grade in words with the force's display code (Grade 1: Emergency), empty before one
	 * @param link the encounter page
	 */
	record CaseSummary(UUID encounterId, String reference, Situation situation, Instant occurredAt,
			List<CasePerson> people, Optional<String> highestRisk, Optional<String> grade, Optional<Integer> assessmentVersion,
			List<String> keyFacts, List<ReferralMade> referrals, String link) {

		/** The open referral to MARAC made from this encounter, if there is one. */
		public Optional<ReferralMade> maracReferral() {
			return referrals.stream().filter(r -> r.agency() == Agency.MARAC && r.live()).findFirst();
		}
	}

	/** A person in the case: name, role code, age, and THRIVE risk level code (empty before an assessment). */
	record CasePerson(UUID id, String name, String role, Optional<Integer> ageYears, Optional<String> riskLevel) {
	}

	/** A referral made from the case: reference, agency, status code, and whether it is still live (not revoked). */
	record ReferralMade(UUID id, String reference, Agency agency, String status, boolean live, String link) {
	}
}
