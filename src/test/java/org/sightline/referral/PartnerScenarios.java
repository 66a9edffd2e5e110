package org.sightline.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.sightline.encounter.EncounterFixtures;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.encounter.RecordEncounter;
import org.sightline.shared.Actor;
import org.sightline.shared.Role;

/**
 * Referrals to children's social care about people with names no other test uses, so a test can
 * say a name is, or is not, on a page.
 */
final class PartnerScenarios {

	static final Actor RESPONDER = ReferralIntegrationTests.RESPONDER;
	static final Actor PARTNER_CSC = ReferralIntegrationTests.PARTNER_CSC;
	static final Actor PARTNER_ASC = ReferralIntegrationTests.PARTNER_ASC;
	static final Actor ADMIN = new Actor("admin", "admin", Set.of(Role.ADMIN), Optional.empty());

	private PartnerScenarios() {
	}

	/** A family name no other test uses (letters only). */
	static String uniqueName() {
		StringBuilder name = new StringBuilder("Q");
		for (int i = 0; i < 9; i++) {
			name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return name.toString();
	}

	/** A domestic abuse encounter with a victim and a six-year-old child, both of this family name. */
	static EncounterView encounter(EncounterManagement encounters, String family) {
		RecordEncounter command = EncounterFixtures.encounter(Instant.now().minus(1, ChronoUnit.HOURS),
				new RecordEncounter.PersonDetails("VICTIM", "Robin", family, null, LocalDate.of(1990, 3, 4), null, List.of(),
						List.of(), List.of(), List.of(), null, null, List.of(), null),
				new RecordEncounter.PersonDetails("CHILD_PRESENT", "Jesse", family, null, null, 6, List.of(), List.of(),
						List.of(), List.of(), null, null, List.of(), null));
		return ReferralIntegrationTests.as(RESPONDER,
				() -> encounters.record(RESPONDER, command, Optional.empty()).encounter());
	}

	/** A referral about the child, sent to children's social care, sharing these items. */
	static ReferralView sentToChildrensSocialCare(ReferralManagement referrals, EncounterView e, String... items) {
		return ReferralIntegrationTests.as(RESPONDER, () -> referrals.create(RESPONDER,
				ReferralIntegrationTests.childReferral(e, "CHILDRENS_SOCIAL_CARE", List.of(items))));
	}
}
