package org.sightline.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.sightline.shared.Agency;

/**
 * A referral as the police side sees it: to whom, why, what was shared and on what basis, where it
 * is in its lifecycle (every step with who and when), and when the partner should answer.
 *
 * @param ackDueAt when the partner should acknowledge (working days from sending); null until sent
 * @param decisionDueAt when the partner should accept or decline; null until sent
 */
public record ReferralView(UUID id, String reference, UUID encounterId, Agency receivingAgency, ReferralStatus status,
		List<UUID> personIds, String reason, String riskSummary, List<SharedItem> dataItems, LawfulBasis lawfulBasis,
		ConsentStatus consentStatus, String consentRationale, String createdBy, Instant createdAt, Instant sentAt,
		Instant ackDueAt, Instant decisionDueAt, String declineReason, String outcome, SharedContent shared,
		List<Step> history) {

	public ReferralView {
		personIds = List.copyOf(personIds);
		dataItems = List.copyOf(dataItems);
		history = history == null ? List.of() : List.copyOf(history);
	}

	/** One step of the lifecycle. */
	public record Step(ReferralStatus status, Instant at, String by, String note) {
	}
}
