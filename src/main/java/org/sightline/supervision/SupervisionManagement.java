package org.sightline.supervision;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.shared.Actor;
import org.sightline.shared.ConflictException;
import org.sightline.shared.RecordNotFoundException;
import org.sightline.shared.Violations;
import org.sightline.shared.access.StaffWhoRecord;
import org.sightline.supervision.internal.ReviewDueTimes;
import org.sightline.supervision.internal.ReviewItems;
import org.springframework.beans.factory.ObjectProvider;
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
	private final ReviewDueTimes dueTimes;
	private final ObjectProvider<MaracReferrals> maracReferrals;

	SupervisionManagement(ReviewItems items, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
			ReviewDueTimes dueTimes, ObjectProvider<MaracReferrals> maracReferrals) {
		this.dueTimes = dueTimes;
		this.maracReferrals = maracReferrals;
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
		return raise(subject, reasonCode, reason, raisedBy, Concerning.noCase());
	}

	/**
	 * Puts an item about a case in the queue, as {@link #raise(SubjectRef, String, String, String)}:
	 * with the encounter and person it concerns and the risk of the case, which set its place in the
	 * queue and when it is due ({@code sightline.supervision.due-by-risk}, {@code due-by-kind}).
	 */
	@Transactional
	public Optional<ReviewItemId> raise(SubjectRef subject, String reasonCode, String reason, String raisedBy,
			Concerning concerning) {
		Instant now = Instant.now(clock);
		return items.insertIfNotOpen(subject, reasonCode, reason, raisedBy, now, concerning,
				dueTimes.dueAt(now, reasonCode, concerning.risk()));
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

	/** The open items the filter admits, highest risk first, then soonest due. */
	@PreAuthorize("hasRole('SUPERVISOR')")
	@Transactional(readOnly = true)
	public List<ReviewItem> openItems(ReviewQueueFilter filter) {
		return items.open().stream().filter(filter::admits).toList();
	}

	/**
	 * Makes the referral to MARAC that a MARAC trigger asks for, and closes the item as ratified with
	 * a link to the referral, in one transaction: if the item cannot be closed, no referral is made.
	 * When a live referral to MARAC was already made from the encounter, makes none and leaves the
	 * item open, returning that referral.
	 * @throws ConflictException when the item is not open, not a MARAC trigger, about no encounter,
	 *         or the supervisor raised it
	 * @throws org.sightline.shared.InvalidInputException naming every problem with the referral
	 */
	@PreAuthorize("hasRole('SUPERVISOR')")
	@Transactional
	public MaracReferralMade makeMaracReferral(Actor supervisor, ReviewItemId id, MaracReferrals.Request request) {
		ReviewItem item = items.findById(id).orElseThrow(() -> new RecordNotFoundException("Review item"));
		UUID encounterId = maracTriggerOpenFor(supervisor, item);
		MaracReferrals referrals = maracReferrals.getObject();
		Optional<CaseFiles.ReferralMade> existing = referrals.existing(supervisor, encounterId);
		if (existing.isPresent()) {
			return new MaracReferralMade(existing.get(), false);
		}
		CaseFiles.ReferralMade made = referrals.make(supervisor, encounterId, request);
		String note = "Referral " + made.reference() + " to MARAC made from this item.";
		if (!items.close(id, ReviewOutcome.RATIFIED, supervisor.username(), Instant.now(clock), note, made.link())) {
			throw new ConflictException("This item was already decided by " + item.decidedBy().orElse("another supervisor"));
		}
		audit.record(supervisor, AuditAction.ALTERATION, "REVIEW_ITEM", id.toString(), "Supervisor review: MARAC referral made",
				"outcome=RATIFIED; referral=" + made.id() + "; subject=" + item.subject().type() + " " + item.subject().id());
		events.publishEvent(new ReviewDecided(id, item.subject().type(), item.subject().id(), item.reasonCode(),
				ReviewOutcome.RATIFIED, supervisor.username()));
		return new MaracReferralMade(made, true);
	}

	/** The referral to MARAC from the item's encounter: made now ({@code created}), or found already made. */
	public record MaracReferralMade(CaseFiles.ReferralMade referral, boolean created) {
	}

	/** The encounter of an open MARAC trigger the supervisor may act on. Public for the module's page: supervisors only. */
	@PreAuthorize("hasRole('SUPERVISOR')")
	public UUID maracTriggerOpenFor(Actor supervisor, ReviewItem item) {
		if (!item.open()) {
			throw new ConflictException("This item was already decided by " + item.decidedBy().orElse("another supervisor"));
		}
		if (!item.isMaracTrigger() || item.concerning().encounterId().isEmpty()) {
			throw new ConflictException("This item does not ask for a referral to MARAC from an encounter");
		}
		if (item.raisedBy().equals(supervisor.username())) {
			throw new ConflictException("You raised this item, so another supervisor must decide it: nobody reviews "
					+ "their own decision.");
		}
		return item.concerning().encounterId().get();
	}

	@StaffWhoRecord
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
