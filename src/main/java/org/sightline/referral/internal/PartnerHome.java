package org.sightline.referral.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.sightline.referral.ReferralManagement;
import org.sightline.referral.ReferralStatus;
import org.sightline.referral.ReferralView;
import org.sightline.shared.Actor;
import org.sightline.shared.Role;
import org.sightline.ui.HomeSection;
import org.springframework.stereotype.Component;

/**
 * A partner practitioner's home page: the referrals waiting for their agency's answer, soonest due
 * first, and how to respond. No police advice: that is for officers and call handlers.
 */
@Component
public class PartnerHome implements HomeSection {

	/** The referrals waiting for an answer (sent or acknowledged, not yet accepted or declined), soonest due first. */
	record Model(List<ReferralView> waiting, ZoneId zone) {
	}

	private final ReferralManagement referrals;
	private final ZoneId zone;

	PartnerHome(ReferralManagement referrals, ZoneId displayZone) {
		this.referrals = referrals;
		this.zone = displayZone;
	}

	@Override
	public boolean isFor(Actor actor) {
		return actor.hasRole(Role.PARTNER_PRACTITIONER);
	}

	@Override
	public String fragment() {
		return "referral/partner-home :: section";
	}

	@Override
	public Object model(Actor actor) {
		List<ReferralView> waiting = new java.util.ArrayList<>(
				referrals.list(actor, Optional.empty(), Optional.of(ReferralStatus.SENT)));
		waiting.addAll(referrals.list(actor, Optional.empty(), Optional.of(ReferralStatus.ACKNOWLEDGED)));
		waiting.sort(java.util.Comparator.comparing(ReferralView::decisionDueAt,
				java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
		return new Model(waiting, zone);
	}
}
