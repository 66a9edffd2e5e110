package org.sightline.referral.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.sightline.referral.ConsentStatus;
import org.sightline.referral.LawfulBasis;
import org.sightline.referral.ReferralStatus;
import org.sightline.referral.ReferralView;
import org.sightline.referral.SharedContent;
import org.sightline.referral.SharedContent.SharedPerson;
import org.sightline.referral.SharedContent.SharedToolResult;
import org.sightline.referral.SharedItem;
import org.sightline.shared.Agency;
import org.sightline.shared.Situation;

/**
 * A realistic referral to test exports with: a domestic abuse referral to an IDVA service about a
 * victim and a child. The content holds every field filled in, whatever {@code dataItems} says, so
 * a test shows the exports drop what was not chosen rather than trusting the content to be empty.
 */
final class ExampleReferrals {

	static final UUID ID = UUID.fromString("6f1c2a52-4b7e-4d1e-9a59-0d2d7f0c1a11");

	static final String REFERENCE = "REF-2026-000123";

	/** 14:05 in London (British Summer Time). */
	static final Instant SENT_AT = Instant.parse("2026-07-01T13:05:00Z");

	static final Instant ACK_DUE = Instant.parse("2026-07-03T16:00:00Z");

	static final Instant DECISION_DUE = Instant.parse("2026-07-08T16:00:00Z");

	static final String VICTIM_NAME = "Łucja Nowak";

	static final String CHILD_NAME = "Maja Nowak";

	static final String NARRATIVE = "Neighbour heard shouting and a child crying; on arrival the victim had a cut lip.";

	static final String LOCATION = "Flat 3, 12 Mill Lane, Exampletown";

	static final String VOICE = "I want it to stop but I do not want him arrested tonight.";

	static final String VULNERABILITY = "Pregnant (about 20 weeks)";

	static final String BARRIER = "Fear of reprisal from the partner";

	static final String COMMUNICATION_NEED = "Prefers to speak Polish with an interpreter";

	static final String ADJUSTMENT = "Contact by phone only when the partner is at work";

	private ExampleReferrals() {
	}

	static ReferralView sharing(SharedItem... items) {
		return referral(ReferralStatus.SENT, List.of(items));
	}

	static ReferralView sharingEverything() {
		return sharing(SharedItem.values());
	}

	static ReferralView referral(ReferralStatus status, List<SharedItem> items) {
		return referral(status, items, content());
	}

	static ReferralView referral(ReferralStatus status, List<SharedItem> items, SharedContent content) {
		return new ReferralView(ID, REFERENCE, UUID.fromString("0b7d9a4e-1c3f-4e55-8d0a-2f6c9e1b7a22"), Agency.IDVA,
				status, List.of(UUID.randomUUID(), UUID.randomUUID()),
				"High-risk domestic abuse: the victim agreed to support from an independent domestic violence adviser.",
				"DASH high risk (15 of 27); escalating violence over three months; victim pregnant; child present.",
				items, LawfulBasis.DPA_PART3_S35_SCHED8_SAFEGUARDING, ConsentStatus.GIVEN,
				"Consent given at the scene; we share the minimum the IDVA needs to make safe contact.", "pc.jones",
				SENT_AT.minusSeconds(1800), status == ReferralStatus.DRAFT ? null : SENT_AT,
				status == ReferralStatus.DRAFT ? null : ACK_DUE, status == ReferralStatus.DRAFT ? null : DECISION_DUE,
				null, null, content, List.of());
	}

	static SharedContent content() {
		return new SharedContent(Situation.DOMESTIC_ABUSE, Instant.parse("2026-07-01T00:40:00Z"), LOCATION, NARRATIVE,
				List.of(victim(), child()), "Grade 1",
				List.of(new SharedToolResult("DASH", "2009", 15, 27, "High")));
	}

	static SharedPerson victim() {
		return new SharedPerson("VICTIM", VICTIM_NAME, 34, List.of(VULNERABILITY), List.of(BARRIER),
				List.of(COMMUNICATION_NEED), List.of(ADJUSTMENT), VOICE, "High");
	}

	static SharedPerson child() {
		return new SharedPerson("CHILD_PRESENT", CHILD_NAME, 4, List.of("Witnessed the assault"), List.of(), List.of(),
				List.of(), null, "Medium");
	}
}
