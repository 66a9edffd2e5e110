package org.sightline.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import org.sightline.assessment.AssessmentManagement;
import org.sightline.assessment.AssessmentView;
import org.sightline.assessment.DashPolicy;
import org.sightline.assessment.RiskTools;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.partnership.AgreementTimer;
import org.sightline.routing.internal.Attendances;
import org.sightline.routing.internal.RoutingCases;
import org.sightline.routing.internal.RoutingDecisions;
import org.sightline.routing.internal.RoutingTimers;
import org.sightline.shared.Actor;
import org.sightline.shared.Fact;
import org.sightline.shared.RecordNotFoundException;
import org.sightline.shared.Violations;
import org.sightline.shared.access.StaffWhoRecord;
import org.sightline.supervision.ReviewDecided;
import org.sightline.supervision.Concerning;
import org.sightline.supervision.ReviewRisk;
import org.sightline.supervision.SubjectRef;
import org.sightline.supervision.SupervisionManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routing decisions for assessed encounters: the recommendation of the rule set under the
 * agreement in force, the decision (an override needs a rationale and goes to a supervisor), what
 * the caller was told when police will not attend, and the timers the agreement starts.
 */
@Service
public class RoutingManagement {

	static final String AUDIT_SUBJECT = "ROUTING_DECISION";
	static final int MAX_TEXT = 5_000;

	/** What the rules recommend for the encounter as last assessed. */
	public record Recommendation(EncounterView encounter, AssessmentView assessment, RoutingRecommendation routing) {
	}

	/**
	 * @param outcome the outcome decided; empty or equal to the recommendation to accept it
	 * @param overrideRationale required when the outcome differs from the recommendation
	 * @param callerTold what the caller was told, when police will not attend (may be recorded later)
	 */
	public record Decide(String outcome, @org.sightline.shared.FreeText String overrideRationale,
			Integer domesticIncidentsLast12Months, Integer monthsSinceLastMarac, @org.sightline.shared.FreeText String callerTold, Instant callerToldAt) {
	}

	private final EncounterManagement encounters;
	private final AssessmentManagement assessments;
	private final RoutingPolicy policy;
	private final org.sightline.partnership.PartnershipAgreements agreements;
	private final RoutingDecisions decisions;
	private final RoutingTimers timers;
	private final Attendances attendances;
	private final SupervisionManagement supervision;
	private final RoutingCases cases;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	private final org.springframework.context.MessageSource messages;

	RoutingManagement(EncounterManagement encounters, AssessmentManagement assessments, RoutingPolicy policy,
			org.sightline.partnership.PartnershipAgreements agreements, RoutingDecisions decisions, RoutingTimers timers,
			Attendances attendances, SupervisionManagement supervision, RiskTools tools, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.attendances = attendances;
		this.encounters = encounters;
		this.assessments = assessments;
		this.policy = policy;
		this.agreements = agreements;
		this.decisions = decisions;
		this.timers = timers;
		this.supervision = supervision;
		this.cases = new RoutingCases(new DashPolicy(tools.require("DASH")));
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@StaffWhoRecord
	@Transactional
	public Recommendation recommend(Actor actor, EncounterId encounterId, OptionalInt incidents, OptionalInt monthsSinceMarac) {
		EncounterView encounter = encounters.view(actor, encounterId);
		List<AssessmentView> history = assessments.historyOfReadableEncounter(actor, encounterId);
		if (history.isEmpty()) {
			throw new org.sightline.shared.InvalidInputException(List.of(new org.sightline.shared.Violation("assessment",
					"Assess the encounter (THRIVE) before deciding who responds")));
		}
		AssessmentView latest = history.get(history.size() - 1);
		return new Recommendation(encounter, latest, policy.route(cases.from(latest, incidents, monthsSinceMarac),
				agreements.inForce()));
	}

	/**
	 * Records who responds. An override needs a rationale and goes to a supervisor to ratify or
	 * overturn. Timers the agreement starts at once begin now.
	 */
	@StaffWhoRecord
	@Transactional
	public RoutingDecisionView decide(Actor actor, EncounterId encounterId, Decide decide) {
		var problems = new Violations();
		OptionalInt incidents = nonNegative(problems, "domesticIncidentsLast12Months", decide.domesticIncidentsLast12Months());
		OptionalInt months = nonNegative(problems, "monthsSinceLastMarac", decide.monthsSinceLastMarac());
		problems.throwIfAny();
		Recommendation recommendation = recommend(actor, encounterId, incidents, months);
		RoutingRecommendation routing = recommendation.routing();

		RoutingOutcome outcome = routing.outcome();
		if (decide.outcome() != null && !decide.outcome().isBlank()) {
			try {
				outcome = RoutingOutcome.valueOf(decide.outcome());
			}
			catch (IllegalArgumentException e) {
				problems.add("outcome", "Unknown outcome ‘" + decide.outcome() + "’");
			}
		}
		boolean overridden = outcome != routing.outcome();
		if (overridden && isBlank(decide.overrideRationale())) {
			problems.add("overrideRationale", "Explain why you are not following the recommendation ("
					+ routing.outcome() + "): a supervisor will ratify or overturn it");
		}
		maxLength(problems, "overrideRationale", decide.overrideRationale());
		maxLength(problems, "callerTold", decide.callerTold());
		Instant now = Instant.now(clock);
		if (decide.callerToldAt() != null && decide.callerToldAt().isAfter(now.plusSeconds(300))) {
			problems.add("callerToldAt", "When the caller was told must be now or in the past");
		}
		problems.throwIfAny();

		UUID id = UUID.randomUUID();
		decisions.insert(id, encounterId.value(), recommendation.assessment().id(), recommendation.assessment().version(),
				actor.username(), now, routing, outcome, overridden ? decide.overrideRationale().strip() : null);
		audit.record(actor, AuditAction.COLLECTION, AUDIT_SUBJECT, id.toString(),
				overridden ? "Routing decision (override)" : "Routing decision",
				"encounter=" + encounterId + "; outcome=" + outcome + "; agreement=" + routing.agreement());
		Concerning concerning = Concerning.encounter(encounterId.value(),
				ReviewRisk.named(recommendation.assessment().highestRisk().name()));
		if (overridden) {
			supervision.raise(new SubjectRef(AUDIT_SUBJECT, id.toString(), "/encounters/" + encounterId + "#routing"),
					"ROUTING_OVERRIDE", "Routing override: recommended " + words(routing.outcome()) + ", decided "
							+ words(outcome) + ". Ratify or overturn.",
					actor.username(), concerning);
		}
		List<String> shortfalls = policy.shortfalls(routing, outcome);
		if (!shortfalls.isEmpty()) {
			supervision.raise(new SubjectRef(AUDIT_SUBJECT, id.toString(), "/encounters/" + encounterId + "#routing"),
					"UNDER_TRIAGE", "Safety net: " + String.join(" ", shortfalls), actor.username(), concerning);
		}
		if (!isBlank(decide.callerTold())) {
			decisions.insertCallerNotice(id, decide.callerToldAt() == null ? now : decide.callerToldAt(), actor.username(), now,
					decide.callerTold().strip());
		}
		Set<String> facts = recommendationFacts(recommendation);
		for (AgreementTimer timer : routing.timers()) {
			if (timer.startsOn() == null || facts.contains(timer.startsOn())) {
				timers.start(id, encounterId.value(), timer, now);
			}
		}
		events.publishEvent(new RoutingDecided(id, encounterId.value(), outcome, routing.agreement().id(),
				routing.agreement().version(), overridden));
		return decisions.findById(id).orElseThrow();
	}

	/** Records what the caller was told, and when. */
	@StaffWhoRecord
	@Transactional
	public RoutingDecisionView recordCallerInformed(Actor actor, UUID decisionId, String whatTold, Instant toldAt) {
		RoutingDecisionView decision = readable(actor, decisionId);
		var problems = new Violations();
		if (isBlank(whatTold)) {
			problems.add("whatTold", "Record what the caller was told");
		}
		maxLength(problems, "whatTold", whatTold);
		Instant now = Instant.now(clock);
		if (toldAt != null && toldAt.isAfter(now.plusSeconds(300))) {
			problems.add("toldAt", "When the caller was told must be now or in the past");
		}
		problems.throwIfAny();
		decisions.insertCallerNotice(decisionId, toldAt == null ? now : toldAt, actor.username(), now, whatTold.strip());
		audit.record(actor, AuditAction.ALTERATION, AUDIT_SUBJECT, decisionId.toString(), "Caller informed", null);
		events.publishEvent(new RoutingFollowUpRecorded(decisionId, decision.encounterId(), "CALLER_INFORMED"));
		return decisions.findById(decision.id()).orElseThrow();
	}

	/**
	 * Records a fact that starts the agreement's timers, e.g. arrival at a health place of safety,
	 * at the time it happened.
	 */
	@StaffWhoRecord
	@Transactional
	public RoutingDecisionView recordEvent(Actor actor, UUID decisionId, String fact, Instant at) {
		RoutingDecisionView decision = readable(actor, decisionId);
		var problems = new Violations();
		Instant now = Instant.now(clock);
		if (Fact.fromCode(fact).isEmpty()) {
			problems.add("fact", "Unknown fact ‘" + fact + "’");
		}
		else if (decision.recommendation().timers().stream().noneMatch(t -> fact.equals(t.startsOn()))) {
			problems.add("fact", "No timer of this decision's agreement clause starts on " + fact);
		}
		if (at != null && at.isAfter(now.plusSeconds(300))) {
			problems.add("at", "The time must be now or in the past");
		}
		problems.throwIfAny();
		boolean started = false;
		for (AgreementTimer timer : decision.recommendation().timers()) {
			if (fact.equals(timer.startsOn())) {
				started |= timers.start(decisionId, decision.encounterId(), timer, at == null ? now : at).isPresent();
			}
		}
		if (started) {
			// a repeated arrival starts nothing new, and the log says only what happened
			audit.record(actor, AuditAction.ALTERATION, AUDIT_SUBJECT, decisionId.toString(), "Timer started by " + fact,
					null);
			events.publishEvent(new RoutingFollowUpRecorded(decisionId, decision.encounterId(), "TIMER_STARTED"));
		}
		return decisions.findById(decisionId).orElseThrow();
	}

	/**
	 * Records police officers' attendance at the encounter of this decision: when they were deployed,
	 * when they cleared (null while still there) and how many officers, so officer time is measured
	 * rather than estimated.
	 */
	@StaffWhoRecord
	@Transactional
	public Attendance recordAttendance(Actor actor, UUID decisionId, Instant deployedAt, Instant clearedAt,
			Integer officers) {
		RoutingDecisionView decision = readable(actor, decisionId);
		var problems = new Violations();
		Instant now = Instant.now(clock);
		if (deployedAt == null) {
			problems.add("deployedAt", "Enter when officers were deployed");
		}
		else if (deployedAt.isAfter(now.plusSeconds(300))) {
			problems.add("deployedAt", "When officers were deployed must be now or in the past");
		}
		if (clearedAt != null && clearedAt.isAfter(now.plusSeconds(300))) {
			problems.add("clearedAt", "When officers cleared must be now or in the past");
		}
		if (deployedAt != null && clearedAt != null && clearedAt.isBefore(deployedAt)) {
			problems.add("clearedAt", "When officers cleared must be after they were deployed");
		}
		if (deployedAt != null && clearedAt != null && java.time.Duration.between(deployedAt, clearedAt).toHours() > 72) {
			problems.add("clearedAt", "An attendance of more than 72 hours is not plausible: check the dates");
		}
		if (officers == null) {
			problems.add("officers", "Enter how many officers attended");
		}
		else if (officers < 1 || officers > 50) {
			problems.add("officers", "The number of officers must be between 1 and 50");
		}
		problems.throwIfAny();
		Attendance attendance = new Attendance(UUID.randomUUID(), decision.encounterId(), deployedAt, clearedAt, officers,
				actor.username(), now);
		attendances.insert(attendance);
		audit.record(actor, AuditAction.ALTERATION, AUDIT_SUBJECT, decisionId.toString(), "Officers' attendance recorded",
				"officers=" + officers);
		events.publishEvent(new RoutingFollowUpRecorded(decisionId, decision.encounterId(), "ATTENDANCE"));
		return attendance;
	}

	/** Officers' attendance recorded at an encounter the actor may read, earliest first. */
	@StaffWhoRecord
	@Transactional(readOnly = true)
	public List<Attendance> attendancesOfReadableEncounter(EncounterId encounterId) {
		return attendances.forEncounter(encounterId.value());
	}

	/** The timer's task was done in time (e.g. the handover happened). */
	@StaffWhoRecord
	@Transactional
	public boolean completeTimer(Actor actor, UUID timerId) {
		UUID encounterId = timers.encounterOf(timerId).orElseThrow(() -> new RecordNotFoundException("Timer"));
		encounters.view(actor, new EncounterId(encounterId));
		boolean completed = timers.complete(timerId, actor.username());
		if (completed) {
			audit.record(actor, AuditAction.ALTERATION, "ROUTING_TIMER", timerId.toString(), "Timer completed", null);
			events.publishEvent(new RoutingFollowUpRecorded(null, encounterId, "TIMER_COMPLETED"));
		}
		return completed;
	}

	/** Every routing decision for an encounter, oldest first, if the actor may read the encounter. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public List<RoutingDecisionView> decisions(Actor actor, EncounterId encounterId) {
		encounters.view(actor, encounterId);
		return decisionsOfReadableEncounter(actor, encounterId);
	}

	@StaffWhoRecord
	@Transactional
	public List<RoutingDecisionView> decisionsOfReadableEncounter(Actor actor, EncounterId encounterId) {
		List<RoutingDecisionView> all = decisions.forEncounter(encounterId.value());
		all.forEach(d -> audit.record(actor, AuditAction.CONSULTATION, AUDIT_SUBJECT, d.id().toString(),
				"Read with encounter " + encounterId, null));
		return all;
	}

	/**
	 * What the chronology shows of the decisions for one person's encounters, for a caller who has
	 * opened it with a reason. One audit entry records the bulk consultation.
	 */
	@StaffWhoRecord
	@Transactional
	public List<RoutingDecisionSummary> forChronology(Actor actor, java.util.Collection<UUID> encounterIds,
			String personRef) {
		List<RoutingDecisionSummary> summaries = decisions.summariesFor(encounterIds);
		audit.record(actor, AuditAction.CONSULTATION, AUDIT_SUBJECT, "chronology:" + personRef,
				"Read with a person's chronology", "decisions=" + summaries.size());
		return summaries;
	}

	/** An outcome in words (the supervisor's queue shows no codes). */
	private String words(RoutingOutcome outcome) {
		return "‘" + messages.getMessage("outcome." + outcome.name(), null, outcome.name(), java.util.Locale.UK) + "’";
	}

	/** A supervisor ratified or overturned an override. */
	@EventListener
	void on(ReviewDecided decided) {
		if (AUDIT_SUBJECT.equals(decided.subjectType())) {
			UUID decisionId = UUID.fromString(decided.subjectId());
			decisions.recordOverrideReview(decisionId, decided.outcome().name(), decided.decidedBy(), Instant.now(clock));
			decisions.findById(decisionId)
				.ifPresent(d -> events.publishEvent(new RoutingFollowUpRecorded(decisionId, d.encounterId(), "OVERRIDE_REVIEWED")));
		}
	}

	private RoutingDecisionView readable(Actor actor, UUID decisionId) {
		RoutingDecisionView decision = decisions.findById(decisionId)
			.orElseThrow(() -> new RecordNotFoundException("Routing decision"));
		encounters.view(actor, new EncounterId(decision.encounterId()));
		return decision;
	}

	private Set<String> recommendationFacts(Recommendation recommendation) {
		Set<String> facts = new java.util.HashSet<>(recommendation.assessment().facts());
		recommendation.assessment().snapshot().people().forEach(p -> facts.addAll(p.vulnerabilities()));
		return facts;
	}

	private static OptionalInt nonNegative(Violations problems, String field, Integer value) {
		if (value == null) {
			return OptionalInt.empty();
		}
		if (value < 0) {
			problems.add(field, field + " must be 0 or more");
			return OptionalInt.empty();
		}
		return OptionalInt.of(value);
	}

	private static void maxLength(Violations problems, String field, String value) {
		if (value != null && value.length() > MAX_TEXT) {
			problems.add(field, "This must be " + String.format("%,d", MAX_TEXT) + " characters or fewer");
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	/** Disposal after a records review: the decisions (and their notices, reviews and timers) of deleted encounters. */
	@PreAuthorize("hasRole('SUPERVISOR')")
	@Transactional
	public List<UUID> dispose(java.util.Collection<UUID> deletedEncounters) {
		attendances.deleteForEncounters(deletedEncounters);
		return decisions.dispose(deletedEncounters);
	}
}
