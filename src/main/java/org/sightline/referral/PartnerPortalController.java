package org.sightline.referral;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.sightline.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The partner portal: a partner practitioner sees the referrals sent to their own agency, and in
 * each only what was shared; they acknowledge, accept or decline, and record the outcome.
 */
@Controller
class PartnerPortalController {

	private final ReferralManagement referrals;
	private final ZoneId zone;

	PartnerPortalController(ReferralManagement referrals, ZoneId displayZone) {
		this.referrals = referrals;
		this.zone = displayZone;
	}

	@GetMapping("/partner/referrals")
	String list(Actor actor, Model model) {
		model.addAttribute("referrals", referrals.list(actor, Optional.empty(), Optional.empty()));
		model.addAttribute("zone", zone);
		model.addAttribute("agency", actor.agencyCode().orElse(""));
		return "referral/partner-list";
	}

	@GetMapping("/partner/referrals/{id}")
	String show(@PathVariable UUID id, Actor actor, Model model) {
		model.addAttribute("referral", referrals.view(actor, id));
		model.addAttribute("zone", zone);
		return "referral/partner-show";
	}
}
