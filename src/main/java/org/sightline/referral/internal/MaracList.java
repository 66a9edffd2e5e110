package org.sightline.referral.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.sightline.assessment.MaracSettings;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.person.PersonId;
import org.sightline.person.PersonLinking;
import org.sightline.referral.ReferralManagement;
import org.sightline.referral.ReferralView;
import org.sightline.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The MARAC meeting list: open referrals to MARAC, oldest first, each flagged when it repeats one
 * sent about the same person (as the person index links people, not by name) within the window.
 */
@Component
public class MaracList {

	private final Referrals referrals;
	private final PersonLinking linking;
	private final AuditTrail audit;
	private final int repeatMonths;

	MaracList(Referrals referrals, PersonLinking linking, AuditTrail audit,
			MaracSettings marac) {
		this.referrals = referrals;
		this.linking = linking;
		this.audit = audit;
		this.repeatMonths = marac.repeatReferralWindowMonths();
	}

	/** The list for the meeting; reading it is audited. */
	public List<ReferralManagement.MaracCase> cases(Actor actor) {
		List<ReferralView> open = referrals.openMaracReferrals();
		List<ReferralManagement.MaracCase> cases = new ArrayList<>();
		if (!open.isEmpty()) {
			Instant earliest = open.get(0).sentAt().atZone(ZoneOffset.UTC).minusMonths(repeatMonths).toInstant();
			List<Referrals.SentMaracReferral> sent = referrals.maracReferralsSentSince(earliest);
			Set<UUID> mentions = new HashSet<>();
			sent.forEach(r -> mentions.addAll(r.personIds()));
			open.forEach(r -> mentions.addAll(r.personIds()));
			Map<UUID, PersonId> persons = linking.personsOfMentions(mentions);
			for (ReferralView referral : open) {
				Set<Object> about = people(referral.personIds(), persons);
				Instant from = referral.sentAt().atZone(ZoneOffset.UTC).minusMonths(repeatMonths).toInstant();
				boolean repeat = sent.stream()
					.filter(e -> !e.id().equals(referral.id()) && !e.sentAt().isBefore(from)
							&& !e.sentAt().isAfter(referral.sentAt()))
					.anyMatch(e -> people(e.personIds(), persons).stream().anyMatch(about::contains));
				cases.add(new ReferralManagement.MaracCase(referral, repeat));
			}
		}
		audit.record(actor, AuditAction.CONSULTATION, ReferralManagement.AUDIT_SUBJECT, "marac-list", "MARAC meeting list",
				"cases=" + cases.size());
		return cases;
	}

	/** The people a referral is about: each linked person in the index, or the mention itself when not linked. */
	private static Set<Object> people(List<UUID> mentions, Map<UUID, PersonId> persons) {
		Set<Object> people = new HashSet<>();
		for (UUID mention : mentions) {
			people.add(persons.containsKey(mention) ? persons.get(mention) : mention);
		}
		return people;
	}
}
