package org.sightline.referral.internal;

import java.util.List;

import org.sightline.encounter.EncounterSection;
import org.sightline.encounter.EncounterView;
import org.sightline.referral.ReferralManagement;
import org.sightline.referral.ReferralView;
import org.sightline.shared.Actor;
import org.sightline.shared.Agency;
import org.sightline.shared.ReferralsDue;
import org.springframework.stereotype.Component;

/** The referrals made from an encounter, on the encounter page. */
@Component
public class ReferralSection implements EncounterSection {

	record Model(EncounterView encounter, List<ReferralView> referrals, List<Agency> referralsDue) {
	}

	private final ReferralManagement referrals;
	private final ReferralsDue due;

	ReferralSection(ReferralManagement referrals, ReferralsDue due) {
		this.referrals = referrals;
		this.due = due;
	}

	@Override
	public String fragment() {
		return "referral/section :: section";
	}

	@Override
	public Object model(Actor actor, EncounterView encounter) {
		return new Model(encounter, referrals.forReadableEncounter(encounter.id()), due.forEncounter(actor, encounter.id()));
	}

	@Override
	public int order() {
		return 30;
	}
}
