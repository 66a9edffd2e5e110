package org.sightline.encounter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.encounter.internal.Encounter;
import org.sightline.encounter.internal.EncounterAccess;
import org.sightline.encounter.internal.EncounterSettings;
import org.sightline.encounter.internal.EncounterValidator;
import org.sightline.encounter.internal.Encounters;
import org.sightline.encounter.internal.IdempotencyKeys;
import org.sightline.person.PersonId;
import org.sightline.person.PersonLinking;
import org.sightline.person.PersonMention;
import org.sightline.shared.Actor;
import org.sightline.shared.ConflictException;
import org.sightline.shared.RecordNotFoundException;
import org.sightline.shared.SightlineSettings;
import org.sightline.shared.Violation;
import org.sightline.shared.Violations;
import org.sightline.shared.access.StaffWhoRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records encounters and reads them back, under need-to-know, writing the audit log as it goes.
 * The only way into the encounter module for commands and for reading personal data.
 */
@Service
public class EncounterManagement {

	public static final String AUDIT_SUBJECT = "ENCOUNTER";
	static final int MAX_IDEMPOTENCY_KEY = 100;

	/** The stored encounter, and whether this request created it (false for a repeated request). */
	public record Outcome(EncounterView encounter, boolean created) {
	}

	private final Encounters encounters;
	private final IdempotencyKeys idempotencyKeys;
	private final EncounterValidator validator;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final int reviewAfterYears;
	private final java.time.Duration operationalWindow;
	private final PersonLinking linking;
	private final java.time.ZoneId displayZone;
	private final int listLimit;

	EncounterManagement(Encounters encounters, IdempotencyKeys idempotencyKeys, Catalogues catalogues,
			PersonLinking linking, java.time.ZoneId displayZone, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
			SightlineSettings shared, EncounterSettings settings) {
		this.encounters = encounters;
		this.listLimit = settings.encounters().listLimit();
		this.linking = linking;
		this.idempotencyKeys = idempotencyKeys;
		this.validator = new EncounterValidator(catalogues, clock, displayZone);
		this.displayZone = displayZone;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.reviewAfterYears = shared.retention().encounterReviewYears();
		this.operationalWindow = settings.access().operationalWindow();
	}

	/**
	 * Records an encounter. With an idempotency key, repeating the same request returns the first
	 * encounter and stores nothing; the same key with a different request is a conflict.
	 * @throws org.sightline.shared.InvalidInputException naming every invalid field; nothing is stored
	 */
	@StaffWhoRecord
	@Transactional
	public Outcome record(Actor actor, RecordEncounter command, Optional<String> idempotencyKey) {
		Violations problems = validator.validate(command);
		idempotencyKey.filter(k -> k.isBlank() || k.length() > MAX_IDEMPOTENCY_KEY)
			.ifPresent(k -> problems.add("Idempotency-Key",
					"Idempotency-Key must be between 1 and " + MAX_IDEMPOTENCY_KEY + " characters"));
		problems.throwIfAny();

		Instant now = Instant.now(clock);
		EncounterId id = EncounterId.random();
		if (idempotencyKey.isPresent()) {
			Optional<IdempotencyKeys.Claim> earlier = idempotencyKeys.claim(actor.username(), idempotencyKey.get(),
					hash(command), id.value(), now);
			if (earlier.isPresent()) {
				if (!earlier.get().requestHash().equals(hash(command))) {
					throw new ConflictException(
							"This Idempotency-Key was already used for a different encounter request");
				}
				return new Outcome(linked(encounters.findById(new EncounterId(earlier.get().encounterId()))
					.orElseThrow(() -> new IllegalStateException("Idempotency key points at a missing encounter"))
					.view()), false);
			}
		}
		String reference = encounters.nextReference(Year.from(now.atZone(ZoneOffset.UTC)));
		Encounter encounter = Encounter.record(id, reference, command, actor, now, reviewAfterYears);
		encounters.insert(encounter);
		audit.record(actor, AuditAction.COLLECTION, AUDIT_SUBJECT, id.toString(), "Encounter recorded",
				"reference=" + reference + "; people=" + command.people().size());
		linkPeople(actor, encounter.view(), command);
		events.publishEvent(encounter.recordedEvent());
		return new Outcome(linked(encounter.view()), true);
	}

	/** Checks a command without storing anything: every problem, named by its API field. */
	@StaffWhoRecord
	public List<Violation> check(RecordEncounter command) {
		return validator.validate(command).list();
	}

	/**
	 * Reads one encounter, if the actor may see it, and records the consultation. An encounter the
	 * actor may not see is reported as not found, and the refused attempt is audited.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public EncounterView view(Actor actor, EncounterId id) {
		Encounter encounter = encounters.findById(id).orElseThrow(() -> new RecordNotFoundException("Encounter"));
		Optional<String> purpose = EncounterAccess.purposeOfViewing(actor, encounter.view(), Instant.now(clock),
				operationalWindow);
		if (purpose.isEmpty()) {
			audit.record(actor, AuditAction.REFUSAL, AUDIT_SUBJECT, id.toString(), "No need to know", null);
			throw new RecordNotFoundException("Encounter");
		}
		audit.record(actor, AuditAction.CONSULTATION, AUDIT_SUBJECT, id.toString(), purpose.get(), null);
		return linked(encounter.view());
	}

	/** The encounters this person recorded, newest first. */
	@StaffWhoRecord
	@Transactional
	public List<EncounterSummary> recentRecordedBy(Actor actor, int limit) {
		List<EncounterSummary> listed = encounters.recentRecordedBy(actor.username(), Math.min(Math.max(limit, 1), 200));
		audit.record(actor, AuditAction.CONSULTATION, AUDIT_SUBJECT, "list", "Listed own encounters", "count=" + listed.size());
		return listed;
	}

	/** The most a list of encounters shows ({@code sightline.encounters.list-limit}). */
	public int listLimit() {
		return this.listLimit;
	}

	/** The start of the operational window: what was recorded since is a live incident. */
	public Instant liveSince() {
		return Instant.now(clock).minus(operationalWindow);
	}

	/**
	 * Live incidents: encounters recorded within the operational window (24 hours by default),
	 * newest first, in one force area when given, and only among the given encounters when given
	 * (a filter applied before the list is cut to its length). Anyone who may read a live incident
	 * may list them.
	 */
	@StaffWhoRecord
	@Transactional
	public List<EncounterSummary> liveIncidents(Actor actor, Optional<String> area, Optional<java.util.Set<java.util.UUID>> among) {
		List<EncounterSummary> listed = encounters.recordedSince(liveSince(), area, among, listLimit);
		audit.record(actor, AuditAction.CONSULTATION, AUDIT_SUBJECT, "live", "Listed live incidents",
				"count=" + listed.size() + area.map(a -> " area=" + a).orElse(""));
		return listed;
	}

	/**
	 * Finds encounters by reference, name, address or day, audited with what was searched for.
	 * Call handlers and responders find live incidents and their own; supervisors and the
	 * safeguarding hub find any (the same need-to-know as reading one).
	 */
	@StaffWhoRecord
	@Transactional
	public List<EncounterSummary> search(Actor actor, EncounterSearch search) {
		if (search.isEmpty()) {
			return List.of();
		}
		boolean anyAge = actor.hasAnyRole(org.sightline.shared.Role.SUPERVISOR, org.sightline.shared.Role.SAFEGUARDING_HUB);
		List<EncounterSummary> found = encounters.search(search, anyAge, Instant.now(clock).minus(operationalWindow),
				actor.username(), displayZone, listLimit);
		audit.record(actor, AuditAction.CONSULTATION, AUDIT_SUBJECT, "search", "Searched encounters",
				"count=" + found.size() + search.reference().map(r -> " reference=" + r).orElse("")
						+ search.name().map(n -> " name=" + n).orElse("") + search.address().map(a -> " address=" + a).orElse("")
						+ search.on().map(d -> " on=" + d).orElse(""));
		return found;
	}

	/**
	 * Links every person in the encounter to the person index: to the person the recorder chose,
	 * or automatically, or to a new person (see {@link PersonLinking}). A chosen person who is not
	 * in the index rejects the whole request.
	 */
	private void linkPeople(Actor actor, EncounterView encounter, RecordEncounter command) {
		for (int i = 0; i < encounter.people().size(); i++) {
			EncounterView.PersonView person = encounter.people().get(i);
			PersonMention mention = new PersonMention(person.id(), encounter.id(), encounter.reference(),
					encounter.occurredAt(), encounter.situation(), person.role().name(), person.givenName(),
					person.familyName(), person.description(), person.dateOfBirth(), person.estimatedAgeYears());
			linking.link(actor, mention, Optional.ofNullable(command.people().get(i).personId()).map(PersonId::new),
					"people[" + i + "].personId");
		}
	}

	private EncounterView linked(EncounterView view) {
		return view.withPersons(linking.personsOfMentions(view.people().stream().map(EncounterView.PersonView::id).toList())
			.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, e -> e.getValue().value())));
	}

	private static String hash(RecordEncounter command) {
		String text = command.toString();
		if (command.incidentFeatures().isEmpty()) {
			// as before incident features were asked, so that a request repeated across the upgrade is still the same one
			text = text.replaceFirst(", incidentFeatures=\\[]]$", "]");
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Disposal after a records review: encounters about no one but these mentions are deleted; in an
	 * encounter shared with others, each mention is anonymised (the incident stays). Audited without
	 * personal data by the caller. Returns the encounters deleted.
	 */
	@PreAuthorize("hasRole('SUPERVISOR')")
	@Transactional
	public List<java.util.UUID> disposeMentions(java.util.Collection<java.util.UUID> mentions) {
		return encounters.disposeMentions(mentions);
	}
}
