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
 * @param allocatedTeam the team at the agency that took it on, if the partner said when accepting
 */
public record ReferralView(UUID id, String reference, UUID encounterId, Agency receivingAgency, ReferralStatus status,
		List<UUID> personIds, String reason, String riskSummary, List<SharedItem> dataItems, LawfulBasis lawfulBasis,
		ConsentStatus consentStatus, String consentRationale, String createdBy, Instant createdAt, Instant sentAt,
		Instant ackDueAt, Instant decisionDueAt, String declineReason, String outcome, SharedContent shared,
		List<Step> history, String allocatedTeam, int version) {

	public ReferralView {
		personIds = List.copyOf(personIds);
		dataItems = List.copyOf(dataItems);
		history = history == null ? List.of() : List.copyOf(history);
	}

	/** A referral as first made: version 0. */
	public ReferralView(UUID id, String reference, UUID encounterId, Agency receivingAgency, ReferralStatus status,
			List<UUID> personIds, String reason, String riskSummary, List<SharedItem> dataItems, LawfulBasis lawfulBasis,
			ConsentStatus consentStatus, String consentRationale, String createdBy, Instant createdAt, Instant sentAt,
			Instant ackDueAt, Instant decisionDueAt, String declineReason, String outcome, SharedContent shared,
			List<Step> history, String allocatedTeam) {
		this(id, reference, encounterId, receivingAgency, status, personIds, reason, riskSummary, dataItems, lawfulBasis,
				consentStatus, consentRationale, createdBy, createdAt, sentAt, ackDueAt, decisionDueAt, declineReason, outcome,
				shared, history, allocatedTeam, 0);
	}

	/** A referral not (yet) allocated to a team at the agency. */
	public ReferralView(UUID id, String reference, UUID encounterId, Agency receivingAgency, ReferralStatus status,
			List<UUID> personIds, String reason, String riskSummary, List<SharedItem> dataItems, LawfulBasis lawfulBasis,
			ConsentStatus consentStatus, String consentRationale, String createdBy, Instant createdAt, Instant sentAt,
			Instant ackDueAt, Instant decisionDueAt, String declineReason, String outcome, SharedContent shared,
			List<Step> history) {
		this(id, reference, encounterId, receivingAgency, status, personIds, reason, riskSummary, dataItems, lawfulBasis,
				consentStatus, consentRationale, createdBy, createdAt, sentAt, ackDueAt, decisionDueAt, declineReason, outcome,
				shared, history, null);
	}

	/** The same referral with these steps. */
	public ReferralView withHistory(List<Step> steps) {
		return new ReferralView(id, reference, encounterId, receivingAgency, status, personIds, reason, riskSummary,
				dataItems, lawfulBasis, consentStatus, consentRationale, createdBy, createdAt, sentAt, ackDueAt, decisionDueAt,
				declineReason, outcome, shared, steps, allocatedTeam, version);
	}

	/**
	 * One step of the lifecycle.
	 *
	 * @param receivedByPhoneFrom who at the agency gave this answer by phone, when police recorded it
	 * for them; null when whoever took the step took it themselves
	 */
	public record Step(ReferralStatus status, Instant at, String by, String note, String receivedByPhoneFrom) {

		public Step(ReferralStatus status, Instant at, String by, String note) {
			this(status, at, by, note, null);
		}

		/** The same step, told to the police by phone by someone at the agency. */
		Step receivedByPhoneFrom(String name) {
			return new Step(status, at, by, note, name);
		}
	}
}
