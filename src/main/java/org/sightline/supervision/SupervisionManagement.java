package org.sightline.supervision;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.shared.Actor;
import org.sightline.shared.ConflictException;
import org.sightline.shared.RecordNotFoundException;
import org.sightline.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The supervisor review queue: other modules raise items; supervisors decide them. */
@Service
public class SupervisionManagement {

	static final int MAX_NOTE = 5_000;

	private final ReviewItems items;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SupervisionManagement(ReviewItems items, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.items = items;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Puts an item in the queue, in the caller's transaction. Raising the same reason again for a
	 * subject that already has it open adds nothing.
	 * @param reasonCode a stable code for the reason (e.g. HIGH_GRADE, JUDGEMENT_DIFFERS_FROM_TOOL)
	 * @param reason the reason in plain English, for the supervisor
	 */
	@Transactional
	public Optional<ReviewItemId> raise(SubjectRef subject, String reasonCode, String reason, String raisedBy) {
		return items.insertIfNotOpen(subject, reasonCode, reason, raisedBy, Instant.now(clock));
	}

	/**
	 * Closes the open items about a subject that its owning module has settled another way (a
	 * possible match decided on its own page), in the caller's transaction. The caller checks who
	 * may settle it.
	 */
	@Transactional
	public void settle(String subjectType, String subjectId, ReviewOutcome outcome, Actor actor, String note) {
		for (ReviewItem item : items.forSubject(subjectType, subjectId)) {
			if (item.open() && items.close(item.id(), outcome, actor.username(), Instant.now(clock), note)) {
				audit.record(actor, AuditAction.ALTERATION, "REVIEW_ITEM", item.id().toString(), "Settled with its record",
						"outcome=" + outcome + "; subject=" + subjectType + " " + subjectId);
			}
		}
	}

	@PreAuthorize("hasRole('SUPERVISOR')")
	@Transactional(readOnly = true)
	public List<ReviewItem> openItems() {
		return items.open();
	}

	@PreAuthorize("hasAnyRole('SUPERVISOR','SAFEGUARDING_HUB','CALL_HANDLER','RESPONDER')")
	@Transactional(readOnly = true)
	public List<ReviewItem> itemsFor(String subjectType, String subjectId) {
		return items.forSubject(subjectType, subjectId);
	}

	@PreAuthorize("hasRole('SUPERVISOR')")
	@Transactional(readOnly = true)
	public ReviewItem item(ReviewItemId id) {
		return items.findById(id).orElseThrow(() -> new RecordNotFoundException("Review item"));
	}

	/**
	 * Closes an open item with an outcome and a note (a note is required to overturn). Four eyes:
	 * nobody decides an item they raised, which is also the decision they made (an override, a
	 * high-risk grading): another supervisor must.
	 * @throws ConflictException when the item was already decided, or the supervisor raised it
	 */
	@PreAuthorize("hasRole('SUPERVISOR')")
	@Transactional
	public ReviewItem decide(Actor supervisor, ReviewItemId id, ReviewOutcome outcome, String note) {
		ReviewItem item = items.findById(id).orElseThrow(() -> new RecordNotFoundException("Review item"));
		if (item.raisedBy().equals(supervisor.username())) {
			audit.record(supervisor, AuditAction.REFUSAL, "REVIEW_ITEM", id.toString(), "Own item: four eyes",
					"reason=" + item.reasonCode());
			throw new ConflictException("You raised this item (it is about a decision you made), so another supervisor "
					+ "must ratify, overturn or note it: nobody reviews their own decision.");
		}
		var problems = new Violations();
		if (outcome == null) {
			problems.add("outcome", "Select an outcome");
		}
		if (outcome == ReviewOutcome.OVERTURNED && (note == null || note.isBlank())) {
			problems.add("note", "Explain why you are overturning the decision and what should happen instead");
		}
		if (note != null && note.length() > MAX_NOTE) {
			problems.add("note", "Your note must be " + String.format("%,d", MAX_NOTE) + " characters or fewer");
		}
		problems.throwIfAny();
		if (!items.close(id, outcome, supervisor.username(), Instant.now(clock), note == null ? null : note.strip())) {
			throw new ConflictException("This item was already decided by " + item.decidedBy().orElse("another supervisor"));
		}
		audit.record(supervisor, AuditAction.ALTERATION, "REVIEW_ITEM", id.toString(), "Supervisor review",
				"outcome=" + outcome + "; subject=" + item.subject().type() + " " + item.subject().id());
		events.publishEvent(new ReviewDecided(id, item.subject().type(), item.subject().id(), item.reasonCode(), outcome,
				supervisor.username()));
		return items.findById(id).orElseThrow();
	}

	/** Disposal after a records review: review items about records that no longer exist. */
	@PreAuthorize("hasRole('SUPERVISOR')")
	@Transactional
	public int disposeItemsAbout(java.util.Collection<String> subjectIds) {
		if (subjectIds.isEmpty()) {
			return 0;
		}
		return items.deleteAbout(subjectIds);
	}
}
