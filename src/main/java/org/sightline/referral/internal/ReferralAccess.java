package org.sightline.referral.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.referral.ReferralManagement;
import org.sightline.referral.ReferralStatus;
import org.sightline.referral.ReferralView;
import org.sightline.shared.Actor;
import org.sightline.shared.RecordNotFoundException;
import org.sightline.shared.Role;
import org.sightline.shared.RoleGroup;
import org.springframework.stereotype.Component;

/**
 * Who may read a referral, and what of it: police staff who may read its encounter (or who made
 * it) see the whole record; a partner practitioner sees only referrals sent to their own agency,
 * and in them only what was shared, without police identifiers. A refused attempt is audited and
 * answered as not found, so a partner learns nothing of referrals to other agencies.
 */
@Component
public class ReferralAccess {

	public static final Role[] STAFF = RoleGroup.STAFF_WHO_RECORD.roles().toArray(Role[]::new);

	private final Referrals referrals;
	private final EncounterManagement encounters;
	private final AuditTrail audit;

	ReferralAccess(Referrals referrals, EncounterManagement encounters, AuditTrail audit) {
		this.referrals = referrals;
		this.encounters = encounters;
		this.audit = audit;
	}

	/** The referral, for the receiving partner or for police staff who may read it. */
	public ReferralView readable(Actor actor, UUID id) {
		ReferralView view = referrals.findById(id).orElseThrow(() -> new RecordNotFoundException("Referral"));
		if (actor.hasRole(Role.PARTNER_PRACTITIONER)) {
			if (!receivedBy(actor, view)) {
				audit.record(actor, AuditAction.REFUSAL, ReferralManagement.AUDIT_SUBJECT, id.toString(),
						"Partner of another agency, or a draft", null);
				throw new RecordNotFoundException("Referral");
			}
			return view;
		}
		return readableByStaff(actor, id, view);
	}

	/** The referral, for police staff who made it or may read its encounter. */
	public ReferralView readableByStaff(Actor actor, UUID id) {
		return readableByStaff(actor, id,
				referrals.findById(id).orElseThrow(() -> new RecordNotFoundException("Referral")));
	}

	private ReferralView readableByStaff(Actor actor, UUID id, ReferralView view) {
		if (!actor.hasAnyRole(STAFF)) {
			audit.record(actor, AuditAction.REFUSAL, ReferralManagement.AUDIT_SUBJECT, id.toString(), "No need to know",
					null);
			throw new RecordNotFoundException("Referral");
		}
		if (!actor.username().equals(view.createdBy())) {
			encounters.view(actor, new EncounterId(view.encounterId()));
		}
		return view;
	}

	/** The actor is a practitioner of the agency the referral was sent to (a draft was never sent). */
	static boolean receivedBy(Actor actor, ReferralView view) {
		return actor.hasRole(Role.PARTNER_PRACTITIONER) && view.status() != ReferralStatus.DRAFT
				&& actor.agencyCode().map(code -> code.equals(view.receivingAgency().name())).orElse(false);
	}

	/** What the actor sees of a referral they may read: the whole of it, or the partner's part. */
	public static ReferralView asSeenBy(Actor actor, ReferralView view) {
		return actor.hasRole(Role.PARTNER_PRACTITIONER) ? forPartner(view) : view;
	}

	/** What the receiving partner sees: no police identifiers, only the shared content. */
	public static ReferralView forPartner(ReferralView v) {
		Set<String> partners = v.history()
			.stream()
			.filter(ReferralAccess::answeredByPartner)
			.map(ReferralView.Step::by)
			.collect(Collectors.toSet());
		return new ReferralView(v.id(), v.reference(), null, v.receivingAgency(), v.status(), List.of(), v.reason(),
				v.riskSummary(), v.dataItems(), v.lawfulBasis(), v.consentStatus(), v.consentRationale(), null, v.createdAt(),
				v.sentAt(), v.ackDueAt(), v.decisionDueAt(), v.declineReason(), v.outcome(), OnlySharedItems.of(v),
				v.history().stream().map(step -> partners.contains(step.by()) ? step : withoutName(step)).toList(),
				v.allocatedTeam(), v.version());
	}

	/**
	 * A step the agency took itself: an answer not recorded by the police from a phone call.
	 * Drafting, sending and revoking are police steps; closing keeps its name only when someone who
	 * answered for the agency closed it. Every other step reaches the partner without a name.
	 */
	private static boolean answeredByPartner(ReferralView.Step step) {
		return step.receivedByPhoneFrom() == null && switch (step.status()) {
			case ACKNOWLEDGED, ACCEPTED, DECLINED, OUTCOME_RECORDED -> true;
			default -> false;
		};
	}

	private static ReferralView.Step withoutName(ReferralView.Step step) {
		return new ReferralView.Step(step.status(), step.at(), null, step.note(), step.receivedByPhoneFrom());
	}
}
