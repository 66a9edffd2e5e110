package org.sightline.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sightline.assessment.AssessmentManagement;
import org.sightline.assessment.AssessmentView;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.referral.internal.ExportLabels;
import org.sightline.referral.internal.MaracList;
import org.sightline.referral.internal.Referral;
import org.sightline.referral.internal.ReferralAccess;
import org.sightline.referral.internal.ReferralDeadlines;
import org.sightline.referral.internal.ReferralNotifier;
import org.sightline.referral.internal.Referrals;
import org.sightline.shared.Actor;
import org.sightline.shared.Agency;
import org.sightline.shared.ChangedSinceReadException;
import org.sightline.shared.ConflictException;
import org.sightline.shared.Role;
import org.sightline.shared.Codes;
import org.sightline.shared.SightlineSettings;
import org.sightline.shared.Violations;
import org.sightline.shared.access.ReferralParties;
import org.sightline.shared.access.SafeguardingReviewers;
import org.sightline.shared.access.StaffWhoRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes referrals and moves them through their lifecycle. Police staff see referrals of encounters
 * they may read; a partner practitioner sees only referrals sent to their own agency, and within
 * them only what was shared. Every read and step is audited; a refused attempt is audited too.
 */
@Service
public class ReferralManagement {

	/** Agencies by name in the audit log, as people read it. */
	private static final ExportLabels LABELS = new ExportLabels();

	public static final String AUDIT_SUBJECT = "REFERRAL";
	public static final String DUE_TASK = "referral-due";
	static final int MAX_TEXT = 5_000;
	static final Role[] STAFF = ReferralAccess.STAFF;
	static final int MAX_NAME = 200;

	private final Referrals referrals;
	private final EncounterManagement encounters;
	private final AssessmentManagement assessments;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final int reviewAfterYears;
	private final ReferralNotifier notifier;
	private final org.sightline.notification.Notifications notifications;
	private final ReferralAccess access;
	private final ReferralDeadlines deadlines;
	private final MaracList marac;

	ReferralManagement(Referrals referrals, EncounterManagement encounters, AssessmentManagement assessments,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock,
			SightlineSettings shared, ReferralNotifier notifier,
			org.sightline.notification.Notifications notifications, ReferralAccess access, ReferralDeadlines deadlines,
			MaracList marac) {
		this.referrals = referrals;
		this.encounters = encounters;
		this.assessments = assessments;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.reviewAfterYears = shared.retention().encounterReviewYears();
		this.notifier = notifier;
		this.notifications = notifications;
		this.access = access;
		this.deadlines = deadlines;
		this.marac = marac;
	}

	/**
	 * Makes a referral from an encounter the actor may read, sharing only the chosen items.
	 * @throws org.sightline.shared.InvalidInputException naming every problem; nothing is stored
	 */
	@StaffWhoRecord
	@Transactional
	public ReferralView create(Actor actor, CreateReferral request) {
		var problems = new Violations();
		if (request.encounterId() == null) {
			problems.add("encounterId", "Say which encounter the referral comes from");
			problems.throwIfAny();
		}
		EncounterView encounter = encounters.view(actor, new EncounterId(request.encounterId()));
		Agency agency = Codes.parse(problems, "agency", request.agency(), Agency.class, "Choose the agency to refer to");
		if (agency == Agency.POLICE) {
			problems.add("agency", "A referral goes to a partner agency, not to the police");
		}
		if (request.personIds().isEmpty()) {
			problems.add("personIds", "Choose who the referral is about");
		}
		for (int i = 0; i < request.personIds().size(); i++) {
			UUID id = request.personIds().get(i);
			if (encounter.people().stream().noneMatch(p -> p.id().equals(id))) {
				problems.add("personIds[" + i + "]", "This person is not in the encounter");
			}
		}
		text(problems, "reason", request.reason(), true, "Say why you are referring");
		text(problems, "riskSummary", request.riskSummary(), false, null);
		List<SharedItem> items = new ArrayList<>();
		if (request.dataItems().isEmpty()) {
			problems.add("dataItems", "Choose the data items to share: share the minimum necessary");
		}
		for (int i = 0; i < request.dataItems().size(); i++) {
			SharedItem item = Codes.parse(problems, "dataItems[" + i + "]", request.dataItems().get(i), SharedItem.class, null);
			if (item != null && !items.contains(item)) {
				items.add(item);
			}
		}
		LawfulBasis basis = Codes.parse(problems, "lawfulBasis", request.lawfulBasis(), LawfulBasis.class,
				"Choose the lawful basis for sharing");
		ConsentStatus consent = Codes.parse(problems, "consentStatus", request.consentStatus(), ConsentStatus.class,
				"Say whether the person consented");
		if (consent != null && consent != ConsentStatus.GIVEN && isBlank(request.consentRationale())) {
			problems.add("consentRationale", "Explain why the referral goes ahead without consent, and why it is necessary and proportionate");
		}
		if (basis == LawfulBasis.CONSENT && consent != null && consent != ConsentStatus.GIVEN) {
			problems.add("lawfulBasis", "Consent cannot be the lawful basis when consent was not given");
		}
		text(problems, "consentRationale", request.consentRationale(), false, null);
		problems.throwIfAny();

		Instant now = Instant.now(clock);
		Optional<AssessmentView> latest = latest(assessments.historyOfReadableEncounter(actor, new EncounterId(encounter.id())));
		SharedContent shared = share(encounter, latest, request.personIds(), EnumSet.copyOf(items), LocalDate.ofInstant(now, ZoneOffset.UTC));
		UUID id = UUID.randomUUID();
		Referral referral = Referral.draft(actor.username(), now);
		var view = new ReferralView(id, referrals.nextReference(Year.from(now.atZone(ZoneOffset.UTC))), encounter.id(),
				agency, ReferralStatus.DRAFT, request.personIds(), request.reason().strip(), clean(request.riskSummary()),
				items, basis, consent, clean(request.consentRationale()), actor.username(), now, null, null, null, null,
				null, shared, referral.history());
		referrals.insert(view, LocalDate.ofInstant(now, ZoneOffset.UTC).plusYears(reviewAfterYears));
		referral.history().forEach(step -> referrals.addStep(id, step));
		audit.record(actor, AuditAction.COLLECTION, AUDIT_SUBJECT, id.toString(), "Referral drafted",
				"agency=" + agency + "; items=" + items + "; basis=" + basis);
		if (!Boolean.FALSE.equals(request.send())) {
			return send(actor, id);
		}
		return referrals.findById(id).orElseThrow();
	}

	/** Sends a draft: the disclosure happens here, and the working-day clocks start. */
	@StaffWhoRecord
	@Transactional
	public ReferralView send(Actor actor, UUID id) {
		return send(actor, id, null);
	}

	/** Sends the draft as the sender saw it: refused when someone changed it since version {@code seenVersion}. */
	@StaffWhoRecord
	@Transactional
	public ReferralView send(Actor actor, UUID id, Integer seenVersion) {
		ReferralView view = readableByStaff(actor, id);
		unchangedSince(view, seenVersion);
		Referral referral = new Referral(view.status(), view.history());
		Instant now = Instant.now(clock);
		ReferralView.Step step = referral.send(actor.username(), now);
		ReferralDeadlines.Deadlines due = deadlines.from(view, now);
		if (!referrals.markSent(id, view.version(), now, due.acknowledgeBy(), due.decideBy())) {
			throw new ConflictException("Someone else changed this referral: reload it");
		}
		referrals.addStep(id, step);
		deadlines.watch(id, due);
		audit.record(actor, AuditAction.DISCLOSURE, AUDIT_SUBJECT, id.toString(), "Referral sent to " + LABELS.agency(view.receivingAgency()),
				"items=" + view.dataItems() + "; basis=" + view.lawfulBasis() + "; consent=" + view.consentStatus());
		events.publishEvent(new ReferralSent(id, view.encounterId(), view.receivingAgency()));
		ReferralView sent = referrals.findById(id).orElseThrow();
		notifier.sent(sent);
		return sent;
	}

	/**
	 * The partner acknowledges the referral. Police may record it for them only as told by phone:
	 * use {@link #acknowledge(Actor, UUID, String)}.
	 */
	@ReferralParties
	@Transactional
	public ReferralView acknowledge(Actor actor, UUID id) {
		return acknowledge(actor, id, null);
	}

	/**
	 * The agency acknowledges the referral: the partner themselves, or police recording what
	 * someone at the agency told them by phone.
	 * @param receivedByPhoneFrom who at the agency told the police; required of police, ignored for a partner
	 */
	@ReferralParties
	@Transactional
	public ReferralView acknowledge(Actor actor, UUID id, String receivedByPhoneFrom) {
		return acknowledge(actor, id, receivedByPhoneFrom, null);
	}

	/** As {@link #acknowledge(Actor, UUID, String)}, refused when the referral changed since version {@code seenVersion}. */
	@ReferralParties
	@Transactional
	public ReferralView acknowledge(Actor actor, UUID id, String receivedByPhoneFrom, Integer seenVersion) {
		return answer(actor, id, seenVersion, receivedByPhoneFrom, (r, now) -> r.acknowledge(actor.username(), now), null,
				null, null);
	}

	/** The partner accepts the referral; police use {@link #accept(Actor, UUID, String, String, String)}. */
	@ReferralParties
	@Transactional
	public ReferralView accept(Actor actor, UUID id, String note) {
		return accept(actor, id, note, null, null);
	}

	/**
	 * The agency accepts the referral, saying which of its teams takes it on if it wishes.
	 * @param receivedByPhoneFrom who at the agency told the police; required of police, ignored for a partner
	 */
	@ReferralParties
	@Transactional
	public ReferralView accept(Actor actor, UUID id, String note, String team, String receivedByPhoneFrom) {
		return accept(actor, id, note, team, receivedByPhoneFrom, null);
	}

	/** As {@link #accept(Actor, UUID, String, String, String)}, refused when the referral changed since version {@code seenVersion}. */
	@ReferralParties
	@Transactional
	public ReferralView accept(Actor actor, UUID id, String note, String team, String receivedByPhoneFrom,
			Integer seenVersion) {
		var problems = new Violations();
		if (team != null && team.strip().length() > MAX_NAME) {
			problems.add("team", "The team must be " + MAX_NAME + " characters or fewer");
		}
		problems.throwIfAny();
		return answer(actor, id, seenVersion, receivedByPhoneFrom, (r, now) -> r.accept(actor.username(), now, clean(note)),
				null, null, clean(team));
	}

	/** The partner declines the referral; police use {@link #decline(Actor, UUID, String, String)}. */
	@ReferralParties
	@Transactional
	public ReferralView decline(Actor actor, UUID id, String reason) {
		return decline(actor, id, reason, null);
	}

	/**
	 * The agency declines the referral, with its reason.
	 * @param receivedByPhoneFrom who at the agency told the police; required of police, ignored for a partner
	 */
	@ReferralParties
	@Transactional
	public ReferralView decline(Actor actor, UUID id, String reason, String receivedByPhoneFrom) {
		return decline(actor, id, reason, receivedByPhoneFrom, null);
	}

	/** As {@link #decline(Actor, UUID, String, String)}, refused when the referral changed since version {@code seenVersion}. */
	@ReferralParties
	@Transactional
	public ReferralView decline(Actor actor, UUID id, String reason, String receivedByPhoneFrom, Integer seenVersion) {
		return answer(actor, id, seenVersion, receivedByPhoneFrom, (r, now) -> r.decline(actor.username(), now, reason),
				clean(reason), null, null);
	}

	/** The partner records the outcome and closes the referral; police use {@link #recordOutcome(Actor, UUID, String, String)}. */
	@ReferralParties
	@Transactional
	public ReferralView recordOutcome(Actor actor, UUID id, String outcome) {
		return recordOutcome(actor, id, outcome, null);
	}

	/**
	 * Records the outcome of an accepted referral, and closes it.
	 * @param receivedByPhoneFrom who at the agency told the police; required of police, ignored for a partner
	 */
	@ReferralParties
	@Transactional
	public ReferralView recordOutcome(Actor actor, UUID id, String outcome, String receivedByPhoneFrom) {
		return recordOutcome(actor, id, outcome, receivedByPhoneFrom, null);
	}

	/** As {@link #recordOutcome(Actor, UUID, String, String)}, refused when the referral changed since version {@code seenVersion}. */
	@ReferralParties
	@Transactional
	public ReferralView recordOutcome(Actor actor, UUID id, String outcome, String receivedByPhoneFrom,
			Integer seenVersion) {
		answer(actor, id, seenVersion, receivedByPhoneFrom, (r, now) -> r.recordOutcome(actor.username(), now, outcome),
				null, clean(outcome), null);
		return step(actor, id, null, (r, now) -> r.close(actor.username(), now), null, null, null, null);
	}

	@ReferralParties
	@Transactional
	public ReferralView close(Actor actor, UUID id) {
		return step(actor, id, null, (r, now) -> r.close(actor.username(), now), null, null, null, null);
	}

	@PreAuthorize("hasRole('SUPERVISOR')")
	@Transactional
	public ReferralView revoke(Actor actor, UUID id, String reason) {
		return revoke(actor, id, reason, null);
	}

	/** As {@link #revoke(Actor, UUID, String)}, refused when the referral changed since version {@code seenVersion}. */
	@PreAuthorize("hasRole('SUPERVISOR')")
	@Transactional
	public ReferralView revoke(Actor actor, UUID id, String reason, Integer seenVersion) {
		return step(actor, id, seenVersion, (r, now) -> r.revoke(actor.username(), now, reason), null, null, null, null);
	}

	/**
	 * A referral to export (PDF or FHIR) for an agency that is not on Sightline. Police staff only;
	 * every export is logged as a disclosure.
	 */
	@StaffWhoRecord
	@Transactional
	public ReferralView export(Actor actor, UUID id, String format) {
		ReferralView view = readableByStaff(actor, id);
		audit.record(actor, AuditAction.DISCLOSURE, AUDIT_SUBJECT, id.toString(), "Referral exported as " + format,
				"agency=" + view.receivingAgency() + "; items=" + view.dataItems());
		return view;
	}

	/** Where each notification about a referral stands, for police staff who may read it. */
	@StaffWhoRecord
	@Transactional
	public List<org.sightline.notification.DeliveryStatus> deliveries(Actor actor, UUID id) {
		readableByStaff(actor, id);
		return notifications.statusFor(AUDIT_SUBJECT, id.toString());
	}

	/** One referral: the whole record for police staff, the shared part for the receiving partner. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public ReferralView view(Actor actor, UUID id) {
		ReferralView view = readable(actor, id);
		audit.record(actor, AuditAction.CONSULTATION, AUDIT_SUBJECT, id.toString(),
				actor.hasRole(Role.PARTNER_PRACTITIONER) ? "Partner reading a referral to their agency" : "Referral read", null);
		return ReferralAccess.asSeenBy(actor, view);
	}

	/**
	 * Referrals, newest first. A partner sees only those sent to their own agency, whatever agency
	 * they ask for; police staff see referrals they made, or all of them as supervisor or hub.
	 */
	@ReferralParties
	@Transactional
	public List<ReferralView> list(Actor actor, Optional<Agency> agency, Optional<ReferralStatus> status) {
		return list(actor, agency, status, Optional.empty());
	}

	/**
	 * As {@link #list(Actor, Optional, Optional)}, narrowed to referrals whose reference, or a name
	 * they shared, contains the search text (a name not shared is never matched).
	 */
	@ReferralParties
	@Transactional
	public List<ReferralView> list(Actor actor, Optional<Agency> agency, Optional<ReferralStatus> status,
			Optional<String> search) {
		Optional<String> text = search.map(String::strip).filter(t -> !t.isEmpty());
		if (text.isPresent() && text.get().length() > MAX_NAME) {
			var problems = new Violations();
			problems.add("q", "Search for " + MAX_NAME + " characters or fewer");
			problems.throwIfAny();
		}
		List<ReferralView> listed;
		if (actor.hasRole(Role.PARTNER_PRACTITIONER)) {
			Optional<Agency> own = actor.agencyCode().map(Agency::valueOf);
			listed = own.isEmpty() || (agency.isPresent() && agency.get() != own.get()) ? List.of()
					: referrals.find(own, status, Optional.empty(), true, text, 200)
						.stream()
						.map(ReferralAccess::forPartner)
						.toList();
		}
		else {
			boolean all = actor.hasAnyRole(Role.SUPERVISOR, Role.SAFEGUARDING_HUB);
			listed = referrals.find(agency, status, all ? Optional.empty() : Optional.of(actor.username()), false, text, 200);
		}
		// a list read is a consultation of every referral in it: what was listed, how many, by whom
		audit.record(actor, AuditAction.CONSULTATION, AUDIT_SUBJECT, "list", "Listed referrals",
				"agency=" + agency.map(Enum::name).orElse("any") + "; status=" + status.map(Enum::name).orElse("any")
						+ text.map(t -> "; search=" + t).orElse("") + "; count=" + listed.size());
		return listed;
	}

	/**
	 * The receiving partner's own copy of a referral (to print, or as a PDF for their case record):
	 * only what was shared. Logged as a consultation, with the format.
	 */
	@PreAuthorize("hasRole('PARTNER_PRACTITIONER')")
	@Transactional
	public ReferralView partnerCopy(Actor actor, UUID id, String format) {
		ReferralView view = readable(actor, id);
		audit.record(actor, AuditAction.CONSULTATION, AUDIT_SUBJECT, id.toString(),
				"Partner took a copy of a referral to their agency (" + format + ")", "items=" + view.dataItems());
		return forPartner(view);
	}

	/** Referrals of an encounter the actor has just read through the encounter module. */
	@StaffWhoRecord
	@Transactional(readOnly = true)
	public List<ReferralView> forReadableEncounter(UUID encounterId) {
		return referrals.forEncounter(encounterId);
	}

	/**
	 * Referrals from one person's encounters that are about them (any of the mentions given), for a
	 * caller who has opened their chronology with a reason. One audit entry records the consultation.
	 */
	@StaffWhoRecord
	@Transactional
	public List<ReferralView> forChronology(Actor actor, java.util.Collection<UUID> encounterIds,
			java.util.Collection<UUID> mentions, String personRef) {
		List<ReferralView> about = referrals.forEncounters(encounterIds)
			.stream()
			.filter(r -> r.personIds().stream().anyMatch(mentions::contains))
			.toList();
		audit.record(actor, AuditAction.CONSULTATION, AUDIT_SUBJECT, "chronology:" + personRef,
				"Read with a person's chronology", "referrals=" + about.size());
		return about;
	}

	/**
	 * When referrals to MARAC about any of these people (people in encounters) were sent, newest
	 * first: for the repeat-MARAC trigger, which runs as the system. Revoked referrals do not count.
	 */
	@Transactional(readOnly = true)
	public List<Instant> maracReferralsSent(java.util.Collection<UUID> personIds) {
		return referrals.maracReferralsSent(personIds);
	}

	/** The MARAC list: open referrals to MARAC, oldest first, each flagged when it repeats an earlier one. */
	public record MaracCase(ReferralView referral, boolean repeat) {
	}

	@SafeguardingReviewers
	@Transactional
	public List<MaracCase> maracList(Actor actor) {
		return marac.cases(actor);
	}

	/** Run by the scheduler when a referral's acknowledgement or decision falls due. */
	@Transactional
	public void due(String key) {
		deadlines.due(key);
	}

	/**
	 * Optimistic locking: a step taken from a page (or an API read) of an older version is refused, so
	 * nobody decides on a referral as it no longer is (someone may have accepted or withdrawn it
	 * meanwhile, on this node or another). No version given: the step applies to the referral as it is.
	 */
	private static void unchangedSince(ReferralView view, Integer seenVersion) {
		if (seenVersion != null && seenVersion != view.version()) {
			throw new ChangedSinceReadException("Someone else changed this referral while you had it open: it is now "
					+ Referral.describe(view.status()) + ". Read it again before you decide.");
		}
	}

	private interface Move {
		ReferralView.Step apply(Referral referral, Instant now);
	}

	/**
	 * The agency's answer. Only the partner records the partner's answer: police may record one
	 * only as received by phone, naming who at the agency gave it. Refused otherwise, storing nothing.
	 */
	private ReferralView answer(Actor actor, UUID id, Integer seenVersion, String receivedByPhoneFrom, Move move,
			String declineReason, String outcome, String team) {
		String phoneFrom = null;
		if (!actor.hasRole(Role.PARTNER_PRACTITIONER)) {
			var problems = new Violations();
			if (isBlank(receivedByPhoneFrom)) {
				problems.add("receivedByPhoneFrom",
						"Enter the name of the person at the agency who gave you their answer by phone: otherwise the agency records its own answer");
			}
			else if (receivedByPhoneFrom.strip().length() > MAX_NAME) {
				problems.add("receivedByPhoneFrom", "The name must be " + MAX_NAME + " characters or fewer");
			}
			problems.throwIfAny();
			phoneFrom = receivedByPhoneFrom.strip();
		}
		return step(actor, id, seenVersion, move, declineReason, outcome, team, phoneFrom);
	}

	private ReferralView step(Actor actor, UUID id, Integer seenVersion, Move move, String declineReason, String outcome,
			String team, String receivedByPhoneFrom) {
		// the receiving partner, or police staff who may read it
		ReferralView view = access.readable(actor, id);
		unchangedSince(view, seenVersion);
		Referral referral = new Referral(view.status(), view.history());
		ReferralView.Step step = move.apply(referral, Instant.now(clock));
		if (receivedByPhoneFrom != null) {
			step = step.receivedByPhoneFrom(receivedByPhoneFrom);
		}
		if (!referrals.updateStatus(id, view.version(), step.status(), declineReason, outcome, team)) {
			throw new ConflictException("Someone else changed this referral: reload it");
		}
		referrals.addStep(id, step);
		String done = "Referral " + step.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
		audit.record(actor, AuditAction.ALTERATION, AUDIT_SUBJECT, id.toString(),
				receivedByPhoneFrom != null ? done + " (received by phone from " + receivedByPhoneFrom + ", recorded by police)"
						: done + (actor.hasRole(Role.PARTNER_PRACTITIONER) ? "" : " (by police)"),
				receivedByPhoneFrom != null ? "receivedByPhoneFrom=" + receivedByPhoneFrom : null);
		ReferralView after = referrals.findById(id).orElseThrow();
		events.publishEvent(new ReferralProgressed(id, after.encounterId(), step.status()));
		if (step.status() != ReferralStatus.OUTCOME_RECORDED) {
			notifier.answered(after);
		}
		return ReferralAccess.asSeenBy(actor, after);
	}

	private ReferralView readable(Actor actor, UUID id) {
		return access.readable(actor, id);
	}

	private ReferralView readableByStaff(Actor actor, UUID id) {
		return access.readableByStaff(actor, id);
	}

	/** What the receiving partner sees: no police identifiers, only the shared content. */
	static ReferralView forPartner(ReferralView v) {
		return ReferralAccess.forPartner(v);
	}

	static SharedContent share(EncounterView encounter, Optional<AssessmentView> assessment, List<UUID> personIds,
			Set<SharedItem> items, LocalDate today) {
		List<SharedContent.SharedPerson> people = new ArrayList<>();
		for (EncounterView.PersonView p : encounter.people()) {
			if (!personIds.contains(p.id())) {
				continue;
			}
			Integer age = p.dateOfBirth() != null ? Integer.valueOf(Period.between(p.dateOfBirth(), today).getYears())
					: p.estimatedAgeYears();
			String risk = assessment.flatMap(a -> a.personRisks().stream().filter(r -> r.personId().equals(p.id())).findFirst())
				.map(r -> r.riskLevel().name())
				.orElse(null);
			people.add(new SharedContent.SharedPerson(p.role().name(), items.contains(SharedItem.NAMES) ? p.displayName() : null,
					items.contains(SharedItem.AGES) ? age : null,
					items.contains(SharedItem.VULNERABILITIES) ? p.vulnerabilities() : List.of(),
					items.contains(SharedItem.BARRIERS) ? p.barriers() : List.of(),
					items.contains(SharedItem.COMMUNICATION) ? p.communicationNeeds() : List.of(),
					items.contains(SharedItem.COMMUNICATION) ? p.adjustments() : List.of(),
					items.contains(SharedItem.VOICE) ? p.voice() : null, items.contains(SharedItem.RISK) ? risk : null));
		}
		List<SharedContent.SharedToolResult> tools = !items.contains(SharedItem.TOOL_RESULTS) ? List.of()
				: assessment.map(a -> a.tools().stream()
					.filter(t -> personIds.contains(t.personId()))
					.map(t -> new SharedContent.SharedToolResult(t.tool(), t.toolVersion(), t.yesAnswers(), t.questions(),
							t.finalLevel()))
					.toList()).orElse(List.of());
		return new SharedContent(encounter.situation(), encounter.occurredAt(),
				items.contains(SharedItem.LOCATION) ? encounter.location().description() : null,
				items.contains(SharedItem.NARRATIVE) ? encounter.narrative() : null, people,
				items.contains(SharedItem.RISK) ? assessment.map(a -> a.gradeDisplayCode() + " " + a.grade()).orElse(null) : null,
				tools);
	}

	/** The newest assessment version, if there is one. */
	private static Optional<AssessmentView> latest(List<AssessmentView> history) {
		return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
	}


	private static void text(Violations problems, String field, String value, boolean required, String missing) {
		if (required && isBlank(value)) {
			problems.add(field, missing);
		}
		if (value != null && value.length() > MAX_TEXT) {
			problems.add(field, "This must be 5,000 characters or fewer");
		}
	}

	private static String clean(String value) {
		return isBlank(value) ? null : value.strip();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * Disposal after a records review: referrals on deleted encounters, or about no one but these
	 * mentions, go with their steps; a referral about others as well keeps them, without these mentions.
	 */
	@PreAuthorize("hasRole('SUPERVISOR')")
	@Transactional
	public List<UUID> dispose(java.util.Collection<UUID> deletedEncounters, java.util.Collection<UUID> mentions) {
		return referrals.dispose(deletedEncounters, mentions);
	}
}
