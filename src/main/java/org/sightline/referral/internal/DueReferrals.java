package org.sightline.referral.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sightline.assessment.AssessmentManagement;
import org.sightline.encounter.EncounterId;
import org.sightline.referral.ReferralStatus;
import org.sightline.routing.RoutingDecisionView;
import org.sightline.routing.RoutingManagement;
import org.sightline.shared.Actor;
import org.sightline.shared.Agency;
import org.sightline.shared.ReferralsDue;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Which referrals are still due for an encounter: those the latest assessment (child and adult
 * safeguarding, MARAC) and the latest routing decision call for, less every agency already sent a
 * referral from this encounter (a draft is not sent; a revoked referral no longer counts). Worked
 * out once per page: the encounter page's sections all ask, and the reading is audited once.
 */
@Component
public class DueReferrals implements ReferralsDue {

	private final AssessmentManagement assessments;
	private final RoutingManagement routing;
	private final Referrals referrals;

	DueReferrals(AssessmentManagement assessments, RoutingManagement routing, Referrals referrals) {
		this.assessments = assessments;
		this.routing = routing;
		this.referrals = referrals;
	}

	@Override
	public List<Agency> forEncounter(Actor actor, UUID encounterId) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = DueReferrals.class.getName() + ":" + actor.username() + ":" + encounterId;
		if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof List<?> known) {
			return known.stream().map(Agency.class::cast).toList();
		}
		List<Agency> due = work(actor, encounterId);
		if (request != null) {
			request.setAttribute(key, due, RequestAttributes.SCOPE_REQUEST);
		}
		return due;
	}

	private List<Agency> work(Actor actor, UUID encounterId) {
		Set<Agency> called = new LinkedHashSet<>();
		assessments.latestOfReadableEncounter(actor, new EncounterId(encounterId))
			.ifPresent(latest -> latest.safeguarding().referralsDue().forEach(code -> agency(code).ifPresent(called::add)));
		List<RoutingDecisionView> decisions = routing.decisionsOfReadableEncounter(actor, new EncounterId(encounterId));
		if (!decisions.isEmpty()) {
			called.addAll(decisions.get(decisions.size() - 1).recommendation().referrals());
		}
		called.remove(Agency.POLICE);
		referrals.forEncounter(encounterId)
			.stream()
			.filter(r -> r.status() != ReferralStatus.DRAFT && r.status() != ReferralStatus.REVOKED)
			.forEach(r -> called.remove(r.receivingAgency()));
		return new ArrayList<>(called);
	}

	private static java.util.Optional<Agency> agency(String code) {
		try {
			return java.util.Optional.of(Agency.valueOf(code));
		}
		catch (IllegalArgumentException notAnAgency) {
			return java.util.Optional.empty();
		}
	}
}
