package org.sightline.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.sightline.referral.ReferralStatus;
import org.sightline.referral.ReferralView;
import org.sightline.shared.ConflictException;
import org.sightline.shared.InvalidInputException;

class ReferralLifecycleTests {

	static final Instant T = Instant.parse("2026-11-27T10:00:00Z");

	static Referral sent() {
		Referral referral = Referral.draft("responder", T);
		referral.send("responder", T.plusSeconds(60));
		return referral;
	}

	@Test
	void a_referral_goes_from_draft_to_closed_with_every_step_attributed() {
		Referral referral = sent();
		referral.acknowledge("partner-csc", T.plusSeconds(120));
		referral.accept("partner-csc", T.plusSeconds(180), "Allocated to the duty team");
		referral.recordOutcome("partner-csc", T.plusSeconds(240), "Child in need assessment started");
		referral.close("partner-csc", T.plusSeconds(300));
		assertThat(referral.status()).isEqualTo(ReferralStatus.CLOSED);
		assertThat(referral.history()).extracting(ReferralView.Step::status)
			.containsExactly(ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED, ReferralStatus.ACCEPTED,
					ReferralStatus.OUTCOME_RECORDED, ReferralStatus.CLOSED);
		assertThat(referral.history()).extracting(ReferralView.Step::by)
			.containsExactly("responder", "responder", "partner-csc", "partner-csc", "partner-csc", "partner-csc");
	}

	@Test
	void a_partner_may_accept_without_a_separate_acknowledgement() {
		Referral referral = sent();
		referral.accept("partner-asc", T.plusSeconds(120), null);
		assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
	}

	@Test
	void an_acceptance_note_over_5000_characters_is_refused() {
		Referral referral = sent();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> referral.accept("partner-csc", T, "x".repeat(5_001)))
			.isInstanceOf(org.sightline.shared.InvalidInputException.class)
			.hasMessageContaining("note");
	}

	@Test
	void a_decline_needs_a_reason() {
		Referral referral = sent();
		assertThatThrownBy(() -> referral.decline("partner-asc", T, " ")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("reason");
		assertThat(referral.status()).isEqualTo(ReferralStatus.SENT);
		referral.decline("partner-asc", T, "Does not meet the s42 threshold: no care and support needs");
		assertThat(referral.status()).isEqualTo(ReferralStatus.DECLINED);
	}

	@Test
	void a_revoked_referral_cannot_be_accepted() {
		Referral referral = sent();
		referral.revoke("supervisor", T, "Sent to the wrong agency");
		assertThatThrownBy(() -> referral.accept("partner-csc", T, null)).isInstanceOf(ConflictException.class)
			.hasMessage("You cannot accept a referral that is revoked: it was revoked by a supervisor");
		assertThat(referral.history()).hasSize(3);
	}

	@Test
	void a_draft_cannot_be_acknowledged_and_a_sent_referral_cannot_be_sent_again() {
		assertThatThrownBy(() -> Referral.draft("r", T).acknowledge("p", T)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("still a draft");
		assertThatThrownBy(() -> sent().send("r", T)).isInstanceOf(ConflictException.class);
	}

	@Test
	void an_outcome_is_recorded_only_for_an_accepted_referral() {
		assertThatThrownBy(() -> sent().recordOutcome("p", T, "Done")).isInstanceOf(ConflictException.class);
	}

	@Test
	void a_closed_referral_cannot_be_revoked() {
		Referral referral = sent();
		referral.decline("p", T, "Not for us");
		referral.close("p", T);
		assertThatThrownBy(() -> referral.revoke("supervisor", T, "Oops")).isInstanceOf(ConflictException.class);
	}
}
