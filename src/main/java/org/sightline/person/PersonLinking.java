package org.sightline.person;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.person.internal.People;
import org.sightline.person.internal.PersonLinks;
import org.sightline.person.internal.PersonSettings;
import org.sightline.shared.Actor;
import org.sightline.shared.RecordNotFoundException;
import org.sightline.shared.SightlineSettings;
import org.sightline.shared.Violations;
import org.sightline.shared.access.StaffWhoRecord;
import org.sightline.supervision.Concerning;
import org.sightline.supervision.ReviewRisk;
import org.sightline.supervision.SubjectRef;
import org.sightline.supervision.SupervisionManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links every person mentioned in an encounter to a person in the index, or creates one. The
 * recorder may choose the person from the likely matches offered; otherwise the best candidate is
 * linked automatically when its match weight reaches the automatic threshold, and a new person is
 * created when it does not. When the best candidate falls between the review and automatic
 * thresholds, the new person goes to a reviewer (the supervision queue) to decide whether they are
 * the candidate. Every link keeps its match weight and per-field evidence.
 */
@Service
public class PersonLinking {

	/** Supervision items about a possible match have this subject type. */
	public static final String MATCH_SUBJECT = "PERSON_MATCH";

	static final String MATCH_REASON_CODE = "POSSIBLE_SAME_PERSON";

	/** Who links mentions recorded before linking existed. */
	static final Actor SYSTEM = new Actor("system", "Sightline", java.util.Set.of(), Optional.empty());

	private final PersonIndex index;

	private final People people;

	private final PersonLinks links;

	private final SupervisionManagement supervision;

	private final AuditTrail audit;

	private final Clock clock;

	private final double automaticWeight;

	private final double reviewWeight;

	private final Duration summaryWindow;

	private final int reviewAfterYears;

	private final PersonRestrictions restrictions;

	PersonLinking(PersonIndex index, People people, PersonLinks links, SupervisionManagement supervision,
			AuditTrail audit, Clock clock, PersonRestrictions restrictions,
			PersonSettings settings, SightlineSettings shared) {
		this.index = index;
		this.people = people;
		this.links = links;
		this.restrictions = restrictions;
		this.supervision = supervision;
		this.audit = audit;
		this.clock = clock;
		this.automaticWeight = settings.linking().automaticWeight();
		this.reviewWeight = settings.linking().reviewWeight();
		this.summaryWindow = settings.summaryWindow();
		this.reviewAfterYears = shared.retention().personReviewYears();
	}

	/** A likely match offered at intake: the candidate, and their recent contacts. */
	public record MatchOffer(Candidate candidate, ContactSummary summary) {
	}

	/**
	 * The people a mention may be, best first, with each one's recent contacts, so the recorder can
	 * choose before a new person is created. The search is audited.
	 */
	@StaffWhoRecord
	@Transactional
	public List<MatchOffer> likelyMatches(Actor actor, PersonQuery query, int limit) {
		return index.search(actor, query)
			.stream()
			.limit(limit)
			.map(c -> new MatchOffer(c, PersonIndex.RESTRICTED.equals(c.familyName()) && c.givenName() == null
					? ContactSummary.of(List.of(), summaryWindow, 0) : summaryOf(c.id())))
			.toList();
	}

	/**
	 * The person the recorder already chose on the intake form, shown again when the form comes
	 * back (after adding a person or a mistake) without searching again. Audited as a consultation.
	 */
	@StaffWhoRecord
	@Transactional
	public Optional<MatchOffer> chosenOffer(Actor actor, PersonId chosen) {
		Optional<MatchOffer> offer = index.describe(chosen).map(c -> new MatchOffer(c, summaryOf(c.id())));
		offer.ifPresent(o -> audit.record(actor, AuditAction.CONSULTATION, PersonIndex.AUDIT_SUBJECT,
				o.candidate().id().toString(), "Shown again as the person chosen at intake", null));
		return offer;
	}

	/**
	 * Links a mention to a person, in the caller's transaction.
	 * @param chosen the person the recorder chose from the matches offered, if any
	 * @param field  the field naming the chosen person, for the error when it is not in the index
	 * @throws org.sightline.shared.InvalidInputException when the chosen person is not in the index
	 */
	@StaffWhoRecord
	@Transactional
	public LinkResult link(Actor actor, PersonMention mention, Optional<PersonId> chosen, String field) {
		return linkMention(actor, mention, chosen, field);
	}

	private LinkResult linkMention(Actor actor, PersonMention mention, Optional<PersonId> chosen, String field) {
		Instant now = Instant.now(clock);
		PersonQuery query = new PersonQuery(mention.givenName(), mention.familyName(),
				Optional.ofNullable(mention.dateOfBirth()), Optional.empty());
		if (chosen.isPresent()) {
			PersonIndex.Scored scored = index.score(query, chosen.get().value()).orElse(null);
			if (scored == null) {
				new Violations().add(field, "The person chosen is not in the person index: search again").throwIfAny();
			}
			Double weight = query.familyName() == null ? null : rounded(scored.weight());
			return linkTo(actor, mention, chosen.get(), LinkMethod.CHOSEN, weight,
					weight == null ? List.of() : scored.evidence(), now, Optional.empty());
		}
		Optional<PersonIndex.Scored> best = query.familyName() == null ? Optional.empty()
				: index.rank(query).stream().findFirst();
		if (best.isPresent() && best.get().weight() >= automaticWeight) {
			return linkTo(actor, mention, new PersonId(best.get().row().id()), LinkMethod.AUTOMATIC,
					rounded(best.get().weight()), best.get().evidence(), now, Optional.empty());
		}
		PersonId created = create(actor, mention, now);
		Optional<PersonIndex.Scored> possible = best.filter(b -> b.weight() >= reviewWeight);
		return linkTo(actor, mention, created, LinkMethod.NEW_PERSON, best.map(b -> rounded(b.weight())).orElse(null),
				best.map(PersonIndex.Scored::evidence).orElse(List.of()), now, possible);
	}

	/**
	 * Links a mention recorded before intake linked people (an upgrade), as the system: no likely
	 * matches were offered, so it is linked automatically, to a new person, or to review, exactly as
	 * {@link #link} does without a choice. For the start-up back-fill only, which runs with nobody
	 * signed in (hence no role check); the caller passes mentions not yet linked.
	 */
	@Transactional
	public LinkResult linkEarlierMention(PersonMention mention) {
		return linkMention(SYSTEM, mention, Optional.empty(), "personId");
	}

	/** How many mentions are linked. */
	@Transactional(readOnly = true)
	public long linkedMentions() {
		return links.countAllLinks();
	}

	private LinkResult linkTo(Actor actor, PersonMention mention, PersonId person, LinkMethod method, Double weight,
			List<String> evidence, Instant now, Optional<PersonIndex.Scored> possibleMatch) {
		PersonLink link = new PersonLink(UUID.randomUUID(), person, mention.sourceId(), mention.encounterId(),
				mention.encounterReference(), mention.occurredAt(), mention.situation(), mention.role(), method, weight,
				evidence, actor.username(), now);
		links.insertLink(link);
		String how = switch (method) {
			case AUTOMATIC -> "linked automatically, match weight " + weight;
			case CHOSEN -> "chosen by " + actor.username() + (weight == null ? "" : ", match weight " + weight);
			case NEW_PERSON -> "new person" + (weight == null ? "" : ", best other candidate had match weight " + weight);
		};
		links.insertEvent(person.value(), now, actor.username(), "LINKED",
				mention.encounterReference() + ": " + link.roleName() + ", " + how, null);
		audit.record(actor, AuditAction.COLLECTION, PersonIndex.AUDIT_SUBJECT, person.toString(),
				"Person in an encounter linked", "encounter=" + mention.encounterReference() + "; method=" + method);
		Optional<UUID> reviewId = possibleMatch.map(candidate -> raiseReview(actor, link, person, candidate, now));
		return new LinkResult(person, method, weight, evidence, reviewId);
	}

	private UUID raiseReview(Actor actor, PersonLink link, PersonId created, PersonIndex.Scored candidate, Instant now) {
		UUID id = UUID.randomUUID();
		UUID candidateId = candidate.row().id();
		links.insertReview(id, link.id(), created.value(), candidateId, rounded(candidate.weight()),
				candidate.evidence(), now);
		String candidateName = PersonProfile.displayName(candidate.row().givenName(), candidate.row().familyName(), null);
		String likeness = PersonIndex.likeness(candidate.weight());
		String detail = "Possible match with " + candidateName + " (" + likeness + ") awaits review";
		links.insertEvent(created.value(), now, actor.username(), "MATCH_REVIEW_RAISED", detail, null);
		links.insertEvent(candidateId, now, actor.username(), "MATCH_REVIEW_RAISED",
				"A person in " + link.encounterReference() + " may be this person (" + likeness + "); awaits review",
				null);
		supervision.raise(new SubjectRef(MATCH_SUBJECT, id.toString(), "/people/matches/" + id), MATCH_REASON_CODE,
				"The " + link.roleName() + " in " + link.encounterReference() + " may be " + candidateName
						+ ", already in the person index (" + likeness + "). Decide whether they are the same person.",
				actor.username(), Concerning.person(link.encounterId(), link.sourceId(), ReviewRisk.NOT_ASSESSED));
		return id;
	}

	private PersonId create(Actor actor, PersonMention mention, Instant now) {
		Integer birthYear = mention.dateOfBirth() == null && mention.estimatedAgeYears() != null
				? mention.occurredAt().atZone(ZoneOffset.UTC).getYear() - mention.estimatedAgeYears()
				: null;
		NewPerson person = new NewPerson(mention.givenName(), mention.familyName(), mention.dateOfBirth(), birthYear,
				null, List.of(), List.of(), List.of(), List.of());
		PersonId id = PersonId.random();
		String description = mention.familyName() == null
				? (mention.description() != null ? mention.description()
						: mention.givenName() != null ? "Known only as " + mention.givenName() : "Not described")
				: null;
		people.insert(id, person, description, now, LocalDate.ofInstant(now, ZoneOffset.UTC).plusYears(reviewAfterYears));
		links.insertEvent(id.value(), now, actor.username(), "CREATED",
				"Added to the index from " + mention.encounterReference(), null);
		audit.record(actor, AuditAction.COLLECTION, PersonIndex.AUDIT_SUBJECT, id.toString(),
				"Person added to the index from an encounter", "encounter=" + mention.encounterReference());
		return id;
	}

	/** For each mention, the person it is read as now (merges applied). Mentions never linked are absent. */
	@Transactional(readOnly = true)
	public Map<UUID, PersonId> personsOfMentions(Collection<UUID> sourceIds) {
		Map<UUID, PersonId> persons = new LinkedHashMap<>();
		links.rootsOfMentions(sourceIds).forEach((source, root) -> persons.put(source, new PersonId(root)));
		return persons;
	}

	/** How each mention was linked (method, match weight, evidence), by mention. */
	@Transactional(readOnly = true)
	public Map<UUID, PersonLink> linksOfMentions(Collection<UUID> sourceIds) {
		Map<UUID, PersonLink> byMention = new LinkedHashMap<>();
		links.linksOfMentions(sourceIds).forEach(link -> byMention.put(link.sourceId(), link));
		return byMention;
	}

	/** The person a record is read as: itself, or the record it is merged into. */
	PersonId personOf(PersonId record) {
		return new PersonId(links.rootOf(record.value()));
	}

	/** A person as the repeat triggers read them: every record merged into them, and every contact. */
	public record ContactHistory(PersonId person, List<UUID> records, List<PersonLink> contacts) {
	}

	/**
	 * The person (after merges), their records and every contact, newest first. For rules that run
	 * as the system, such as the repeat triggers: not audited and not for display (use
	 * {@link #profile}).
	 */
	@Transactional(readOnly = true)
	public ContactHistory historyForRules(PersonId person) {
		UUID root = links.rootOf(person.value());
		List<UUID> records = links.cluster(root);
		return new ContactHistory(new PersonId(root), records, links.linksOf(records));
	}

	/** Every contact of the person, newest first (tests and rules read it through {@link #historyForRules}). */
	List<PersonLink> contactsOf(PersonId person) {
		return links.linksOf(links.cluster(links.rootOf(person.value())));
	}

	/** The person's contacts in the summary window ending now. */
	ContactSummary summaryOf(PersonId person) {
		return summary(contactsOf(person));
	}

	private ContactSummary summary(List<PersonLink> contacts) {
		return ContactSummary.ofContacts(contacts, Instant.now(clock), summaryWindow);
	}

	/**
	 * Everything the index holds about a person, for their page. The reason the actor gave for
	 * opening it is audited.
	 */
	@StaffWhoRecord
	@Transactional
	public PersonProfile profile(Actor actor, PersonId id, String reason) {
		PersonDetails record = links.details(id.value()).orElseThrow(() -> new RecordNotFoundException("Person"));
		UUID rootId = links.rootOf(record.id());
		if (!restrictions.mayOpen(actor, rootId)) {
			audit.record(actor, AuditAction.REFUSAL, PersonIndex.AUDIT_SUBJECT, rootId.toString(), "Restricted record",
					null);
			throw new org.springframework.security.access.AccessDeniedException("This record is restricted");
		}
		PersonDetails root = rootId.equals(record.id()) ? record : links.details(rootId).orElseThrow();
		List<UUID> cluster = links.cluster(rootId);
		List<PersonLink> contacts = links.linksOf(cluster);
		List<NewPerson.Name> names = new ArrayList<>(links.namesOf(cluster));
		names.removeIf(n -> n.familyName().equalsIgnoreCase(String.valueOf(root.familyName()))
				&& String.valueOf(n.givenName()).equalsIgnoreCase(String.valueOf(root.givenName())));
		audit.record(actor, AuditAction.CONSULTATION, PersonIndex.AUDIT_SUBJECT, rootId.toString(), reason,
				id.value().equals(rootId) ? null : "opened as merged record " + id);
		return new PersonProfile(new PersonId(rootId), root.givenName(), root.familyName(), root.description(),
				root.dateOfBirth(), root.birthYear(), root.sex(), cluster.stream().map(PersonId::new).toList(), names,
				links.addressesOf(cluster), links.phonesOf(cluster), links.identifiersOf(cluster), contacts,
				links.mergesOf(cluster), links.eventsOf(cluster), links.reviewsOf(cluster), summary(contacts));
	}

	static double rounded(double weight) {
		return Math.round(weight * 10) / 10.0;
	}
}
