package org.sightline.chronology.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sightline.chronology.TriggerFiring;
import org.sightline.encounter.EncounterRecorded;
import org.sightline.person.PersonId;
import org.sightline.person.PersonLink;
import org.sightline.person.PersonLinking;
import org.sightline.person.PersonsMerged;
import org.sightline.referral.ReferralManagement;
import org.sightline.supervision.Concerning;
import org.sightline.supervision.ReviewRisk;
import org.sightline.supervision.SubjectRef;
import org.sightline.supervision.SupervisionManagement;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the repeat and cumulative triggers when a person has a new contact (an encounter is
 * recorded) or two records are merged (their contacts now count together). Runs in the same
 * transaction as the encounter or the merge, so a recorded encounter never misses its triggers.
 * A trigger that fires is stored for the chronology and raised to the supervision queue.
 */
@Service
public class RepeatTriggers {

	static final String SUBJECT = "PERSON";

	static final String RAISED_BY = "repeat triggers";

	private final TriggerRules rules;

	private final TriggerFirings firings;

	private final PersonLinking linking;

	private final ReferralManagement referrals;

	private final SupervisionManagement supervision;

	private final Clock clock;

	RepeatTriggers(TriggerRules rules, TriggerFirings firings, PersonLinking linking, ReferralManagement referrals,
			SupervisionManagement supervision, Clock clock) {
		this.rules = rules;
		this.firings = firings;
		this.linking = linking;
		this.referrals = referrals;
		this.supervision = supervision;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void on(EncounterRecorded recorded) {
		Set<PersonId> people = new LinkedHashSet<>(linking.personsOfMentions(recorded.personIds()).values());
		for (PersonId person : people) {
			evaluate(linking.historyForRules(person), recorded.encounterId().value());
		}
	}

	@EventListener
	@Transactional
	void on(PersonsMerged merged) {
		PersonLinking.ContactHistory history = linking.historyForRules(merged.survivor());
		if (!history.contacts().isEmpty()) {
			evaluate(history, history.contacts().get(0).encounterId());
		}
	}

	/** Runs every rule for the person, as of the contact in the given encounter. */
	List<TriggerFiring> evaluate(PersonLinking.ContactHistory history, UUID encounterId) {
		PersonId person = history.person();
		List<PersonLink> contacts = history.contacts();
		Optional<PersonLink> latest = contacts.stream().filter(c -> c.encounterId().equals(encounterId)).findFirst();
		if (latest.isEmpty()) {
			return List.of();
		}
		List<TriggerFiring> fired = new ArrayList<>();
		List<TriggerFiring> earlier = firings.forPeople(history.records());
		for (TriggerRule rule : rules.all()) {
			if (!rule.afterMarac() && alreadyFiredInWindow(rule, latest.get(), contacts, earlier)) {
				continue;
			}
			matches(rule, latest.get(), contacts).ifPresent(counted -> {
				TriggerFiring firing = new TriggerFiring(UUID.randomUUID(), rule.code(), rule.name(), person.value(),
						encounterId, latest.get().encounterReference(), rule.reasonFor(counted), Instant.now(clock));
				if (firings.insert(firing)) {
					supervision.raise(new SubjectRef(SUBJECT, person.toString(), "/people/" + person), rule.code(),
							rule.name() + ": " + firing.reason() + " (latest: " + firing.encounterReference() + ")",
							RAISED_BY, Concerning.person(encounterId, latest.get().sourceId(), ReviewRisk.NOT_ASSESSED));
					fired.add(firing);
				}
			});
		}
		return fired;
	}

	/**
	 * Whether a count rule already fired for the person on a contact in the window before this one:
	 * the same pattern is then flagged once, not on every further contact. (An after-MARAC rule
	 * fires on every contact: each is a repeat incident to tell the MARAC about.)
	 */
	static boolean alreadyFiredInWindow(TriggerRule rule, PersonLink latest, List<PersonLink> contacts,
			List<TriggerFiring> earlier) {
		Instant from = latest.occurredAt().atZone(ZoneOffset.UTC).minus(rule.within()).toInstant();
		java.util.Map<UUID, Instant> when = new java.util.HashMap<>();
		contacts.forEach(c -> when.put(c.encounterId(), c.occurredAt()));
		return earlier.stream()
			.filter(f -> f.ruleCode().equals(rule.code()) && !f.encounterId().equals(latest.encounterId()))
			.map(f -> when.get(f.encounterId()))
			.anyMatch(at -> at != null && at.isAfter(from) && !at.isAfter(latest.occurredAt()));
	}

	/** The number of contacts counted when the rule fires on this contact; empty when it does not. */
	Optional<Integer> matches(TriggerRule rule, PersonLink latest, List<PersonLink> contacts) {
		if (!counts(rule, latest)) {
			return Optional.empty();
		}
		Instant at = latest.occurredAt();
		if (rule.afterMarac()) {
			List<UUID> mentions = contacts.stream().map(PersonLink::sourceId).toList();
			Instant from = at.atZone(ZoneOffset.UTC).minus(rule.afterMaracReferral()).toInstant();
			boolean within = referrals.maracReferralsSent(mentions)
				.stream()
				.anyMatch(sent -> !sent.isAfter(at) && !sent.isBefore(from));
			return within ? Optional.of(1) : Optional.empty();
		}
		Instant from = at.atZone(ZoneOffset.UTC).minus(rule.within()).toInstant();
		long counted = contacts.stream()
			.filter(c -> counts(rule, c))
			.filter(c -> !c.occurredAt().isAfter(at) && c.occurredAt().isAfter(from))
			.map(PersonLink::encounterId)
			.distinct()
			.count();
		return counted >= rule.count() ? Optional.of((int) counted) : Optional.empty();
	}

	private static boolean counts(TriggerRule rule, PersonLink contact) {
		return (rule.situations().isEmpty() || rule.situations().contains(contact.situation()))
				&& (rule.roles().isEmpty() || rule.roles().contains(contact.role()));
	}

	/** Firings for any of these person records, newest first. */
	@Transactional(readOnly = true)
	public List<TriggerFiring> firingsFor(List<PersonId> records) {
		return firings.forPeople(records.stream().map(PersonId::value).toList());
	}
}
