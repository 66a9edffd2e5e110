package org.sightline.person;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.person.internal.PersonLinks;
import org.sightline.shared.Actor;
import org.sightline.shared.ConflictException;
import org.sightline.shared.RecordNotFoundException;
import org.sightline.shared.Violations;
import org.sightline.shared.access.SafeguardingReviewers;
import org.sightline.supervision.ReviewOutcome;
import org.sightline.supervision.SupervisionManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two person records found to be the same person, undoes a merge, and settles possible
 * matches. Nothing is rewritten: a merge points one record at the other, an unmerge closes the
 * pointer, every mention stays linked to the record it was linked to, and each step is written to
 * the records' history with who, when and why.
 */
@Service
public class PersonMerging {

	static final int MAX_REASON = 2_000;

	private final PersonLinks links;

	private final SupervisionManagement supervision;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PersonMerging(PersonLinks links, SupervisionManagement supervision, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.links = links;
		this.supervision = supervision;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Merges one record into another: from now on it is read as the survivor (or whatever the
	 * survivor is itself merged into).
	 * @throws org.sightline.shared.InvalidInputException without a reason, or merging a person into themselves
	 * @throws ConflictException when the record is already merged into someone
	 */
	@SafeguardingReviewers
	@Transactional
	public Merge merge(Actor actor, PersonId survivor, PersonId merged, String reason) {
		Violations problems = new Violations();
		checkReason(problems, reason, "Enter why these records are the same person");
		Optional<PersonDetails> mergedRecord = links.details(merged.value());
		if (mergedRecord.isEmpty()) {
			problems.add("personId", "The record to merge is not in the person index");
		}
		if (links.details(survivor.value()).isEmpty()) {
			problems.add("survivorId", "The person to merge into is not in the person index");
		}
		problems.throwIfAny();
		UUID into = links.rootOf(survivor.value());
		if (into.equals(merged.value()) || links.cluster(merged.value()).contains(into)) {
			new Violations().add("survivorId", "These are already the same person: choose another record").throwIfAny();
		}
		if (mergedRecord.get().mergedInto() != null) {
			throw new ConflictException("This record is already merged into another person: unmerge it first");
		}
		Instant now = Instant.now(clock);
		UUID id = UUID.randomUUID();
		links.insertMerge(id, into, merged.value(), reason.strip(), actor.username(), now);
		String mergedName = name(mergedRecord.get());
		String survivorName = name(into);
		links.insertEvent(merged.value(), now, actor.username(), "MERGED_INTO",
				"Merged into " + survivorName + " (" + into + ")", reason.strip());
		links.insertEvent(into, now, actor.username(), "ABSORBED",
				mergedName + " (" + merged + ") merged into this person", reason.strip());
		audit.record(actor, AuditAction.ALTERATION, PersonIndex.AUDIT_SUBJECT, merged.toString(), "Person records merged",
				"into=" + into);
		events.publishEvent(new PersonsMerged(new PersonId(into), merged));
		return links.standingMergeOf(merged.value()).orElseThrow();
	}

	/**
	 * {@link #merge} for a request that may not name the record to merge (the API): a missing one is
	 * reported as an invalid {@code personId}, after the role check.
	 */
	@SafeguardingReviewers
	@Transactional
	public Merge merge(Actor actor, PersonId survivor, java.util.Optional<UUID> merged, String reason) {
		if (merged.isEmpty()) {
			Violations problems = new Violations().add("personId", "Say which record to merge into this person");
			checkReason(problems, reason, "Enter why these records are the same person");
			problems.throwIfAny();
		}
		return merge(actor, survivor, new PersonId(merged.orElseThrow()), reason);
	}

	/**
	 * Undoes the standing merge of a record: it is read as itself again, with every mention that
	 * was linked to it.
	 * @throws ConflictException when the record is not merged (never was, or was already unmerged)
	 */
	@SafeguardingReviewers
	@Transactional
	public Merge unmerge(Actor actor, PersonId merged, String reason) {
		Violations problems = new Violations();
		checkReason(problems, reason, "Enter why these records are not the same person");
		links.details(merged.value()).orElseThrow(() -> new RecordNotFoundException("Person"));
		problems.throwIfAny();
		Merge standing = links.standingMergeOf(merged.value()).orElse(null);
		if (standing == null) {
			boolean everMerged = links.mergesOf(List.of(merged.value()))
				.stream()
				.anyMatch(m -> m.merged().equals(merged));
			throw new ConflictException(everMerged ? "This record's merge was already undone: there is nothing to unmerge"
					: "This record was never merged into another, so there is nothing to unmerge");
		}
		Instant now = Instant.now(clock);
		if (!links.closeMerge(standing.id(), merged.value(), reason.strip(), actor.username(), now)) {
			throw new ConflictException("Someone else has just unmerged this record: reload the page");
		}
		UUID survivor = standing.survivor().value();
		links.insertEvent(merged.value(), now, actor.username(), "UNMERGED",
				"Unmerged from " + name(survivor) + " (" + survivor + ")", reason.strip());
		links.insertEvent(survivor, now, actor.username(), "UNMERGED",
				name(merged.value()) + " (" + merged + ") unmerged from this person", reason.strip());
		audit.record(actor, AuditAction.ALTERATION, PersonIndex.AUDIT_SUBJECT, merged.toString(), "Person records unmerged",
				"from=" + survivor);
		events.publishEvent(new PersonsUnmerged(new PersonId(survivor), merged));
		return links.mergesOf(List.of(merged.value()))
			.stream()
			.filter(m -> m.id().equals(standing.id()))
			.findFirst()
			.orElseThrow();
	}

	/** Possible matches awaiting a decision, oldest first. */
	@SafeguardingReviewers
	@Transactional
	public List<MatchReview> openReviews(Actor actor) {
		List<MatchReview> reviews = links.openReviews();
		audit.record(actor, AuditAction.CONSULTATION, PersonIndex.AUDIT_SUBJECT, "possible-matches", "Listed possible matches",
				"count=" + reviews.size());
		return reviews;
	}

	/** A possible match, with both people side by side. */
	public record ReviewView(MatchReview review, PersonDetails newPerson, PersonDetails candidate,
			PersonLink link) {
	}

	@SafeguardingReviewers
	@Transactional
	public ReviewView review(Actor actor, UUID id) {
		MatchReview review = links.review(id).orElseThrow(() -> new RecordNotFoundException("Possible match"));
		audit.record(actor, AuditAction.CONSULTATION, PersonIndex.AUDIT_SUBJECT, review.newPerson().toString(),
				"Possible match reviewed", "candidate=" + review.candidate());
		return new ReviewView(review, links.details(review.newPerson().value()).orElseThrow(),
				links.details(review.candidate().value()).orElseThrow(), links.linkById(review.linkId()).orElseThrow());
	}

	/**
	 * Decides a possible match: the same person (the new record is merged into the candidate) or
	 * different people. Closes the supervision item about it.
	 * @throws ConflictException when it was already decided
	 */
	@SafeguardingReviewers
	@Transactional
	public MatchReview decide(Actor actor, UUID id, Boolean samePerson, String note) {
		MatchReview review = links.review(id).orElseThrow(() -> new RecordNotFoundException("Possible match"));
		Violations problems = new Violations();
		if (samePerson == null) {
			problems.add("decision", "Select whether they are the same person");
		}
		if (note != null && note.length() > MAX_REASON) {
			problems.add("note", "Your note must be " + String.format("%,d", MAX_REASON) + " characters or fewer");
		}
		problems.throwIfAny();
		if (!review.open()) {
			throw new ConflictException("This possible match was already decided by " + review.decidedBy().orElse("someone"));
		}
		Instant now = Instant.now(clock);
		String cleanNote = note == null || note.isBlank() ? null : note.strip();
		if (!links.decideReview(id, samePerson ? "SAME_PERSON" : "DIFFERENT_PEOPLE", actor.username(), now, cleanNote)) {
			throw new ConflictException("Someone else has just decided this possible match: reload the page");
		}
		String detail = "Possible match from " + review.encounterReference() + " decided: "
				+ (samePerson ? "same person" : "different people");
		links.insertEvent(review.newPerson().value(), now, actor.username(), "MATCH_DECIDED", detail, cleanNote);
		links.insertEvent(review.candidate().value(), now, actor.username(), "MATCH_DECIDED", detail, cleanNote);
		if (samePerson) {
			// either record may have been merged since the match was raised: merge what they are read as
			UUID created = links.rootOf(review.newPerson().value());
			UUID candidate = links.rootOf(review.candidate().value());
			if (!created.equals(candidate)) {
				merge(actor, new PersonId(candidate), new PersonId(created),
						"Possible match reviewed: same person" + (cleanNote == null ? "" : ". " + cleanNote));
			}
		}
		supervision.settle(PersonLinking.MATCH_SUBJECT, id.toString(), samePerson ? ReviewOutcome.RATIFIED : ReviewOutcome.NOTED,
				actor, detail + (cleanNote == null ? "" : ". " + cleanNote));
		return links.review(id).orElseThrow();
	}

	private String name(UUID id) {
		return links.details(id).map(PersonMerging::name).orElse("Unknown person");
	}

	private static String name(PersonDetails record) {
		return PersonProfile.displayName(record.givenName(), record.familyName(), record.description());
	}

	private static void checkReason(Violations problems, String reason, String missing) {
		if (reason == null || reason.isBlank()) {
			problems.add("reason", missing);
		}
		else if (reason.length() > MAX_REASON) {
			problems.add("reason", "The reason must be " + String.format("%,d", MAX_REASON) + " characters or fewer");
		}
	}
}
