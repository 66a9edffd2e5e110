package org.sightline.learning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.learning.internal.LocalReviewStore;
import org.sightline.shared.Actor;
import org.sightline.shared.Codes;
import org.sightline.shared.ConflictException;
import org.sightline.shared.InputLimits;
import org.sightline.shared.RecordNotFoundException;
import org.sightline.shared.Violations;
import org.sightline.shared.access.LocalReviewKeepers;
import org.sightline.shared.access.LocalReviewReaders;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local reviews the force learns from (a domestic homicide review, a child safeguarding practice review, a
 * safeguarding adults review, another) and their recommendations, tracked to completion: each has an
 * owner, a due date and a status that only moves on (open, in progress, done on a date). A recommendation
 * not done by its due date (the injected clock's today) is overdue, and comes first. Supervisors read
 * them; trainers and administrators log and move them on. Every reading and change is in the audit log.
 */
@Service
public class LocalReviews {

	static final String AUDIT_SUBJECT = "LOCAL_REVIEW";
	static final int MAX_REFERENCE = 100;
	static final int MAX_TITLE = 300;
	static final int MAX_OWNER = 200;
	static final int MAX_TEXT = 2_000;

	/** A review to log, as typed or sent: its kind is a code. */
	public record LogReview(String kind, String reference, String title) {
	}

	/** A recommendation to add: its due date as a date (YYYY-MM-DD). */
	public record AddRecommendation(String text, String owner, String dueOn) {
	}

	/** A recommendation as its readers see it: {@code overdue} when not done by its due date. */
	public record Recommendation(UUID id, String text, String owner, LocalDate dueOn, PracticeReviews.Labelled status,
			LocalDate doneOn, boolean overdue) {
	}

	/** A review with its recommendations: overdue first, then the soonest due, done last. */
	public record Review(UUID id, PracticeReviews.Labelled kind, String reference, String title, Instant recordedAt,
			List<Recommendation> recommendations) {

		/** How many of its recommendations are overdue. */
		public long overdue() {
			return recommendations.stream().filter(Recommendation::overdue).count();
		}
	}

	private final LocalReviewStore store;
	private final AuditTrail audit;
	private final Clock clock;
	private final ZoneId zone;
	private final MessageSource messages;

	LocalReviews(LocalReviewStore store, AuditTrail audit, Clock clock, ZoneId displayZone, MessageSource messages) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
		this.zone = displayZone;
		this.messages = messages;
	}

	/** Every review with its recommendations: reviews with overdue recommendations first, then the newest. */
	@LocalReviewReaders
	@Transactional
	public List<Review> list(Actor actor) {
		LocalDate today = today();
		Map<UUID, List<LocalReviewStore.Recommendation>> byReview = store.recommendations().stream()
			.collect(Collectors.groupingBy(LocalReviewStore.Recommendation::reviewId));
		List<Review> reviews = store.reviews().stream()
			.map(r -> review(r, byReview.getOrDefault(r.id(), List.of()), today))
			.sorted(Comparator.comparing((Review r) -> r.overdue() == 0))
			.toList();
		audit.record(actor, AuditAction.CONSULTATION, AUDIT_SUBJECT, "list", "Local reviews and recommendations",
				"reviews=" + reviews.size());
		return reviews;
	}

	/** One review, for the page that adds a recommendation to it. */
	@LocalReviewKeepers
	@Transactional(readOnly = true)
	public Review review(Actor actor, UUID id) {
		LocalReviewStore.Review review = store.review(id).orElseThrow(() -> new RecordNotFoundException("Local review"));
		return review(review, List.of(), today());
	}

	/**
	 * Logs a local review.
	 * @throws org.sightline.shared.InvalidInputException naming each bad field; nothing stored
	 */
	@LocalReviewKeepers
	@Transactional
	public Review log(Actor actor, LogReview command) {
		Violations problems = new Violations();
		if (command.kind() == null || command.kind().isBlank()) {
			problems.add("kind", "Select the kind of review");
		}
		else if (code(LocalReviewKind.class, command.kind()) == null) {
			problems.add("kind", "Select a kind of review from the list");
		}
		line(problems, "reference", command.reference(), "the review's reference", MAX_REFERENCE);
		line(problems, "title", command.title(), "the review's title", MAX_TITLE);
		problems.throwIfAny();
		LocalReviewStore.Review review = new LocalReviewStore.Review(UUID.randomUUID(), command.kind(),
				command.reference().strip(), command.title().strip(), actor.username(), Instant.now(clock));
		store.add(review);
		audit.record(actor, AuditAction.COLLECTION, AUDIT_SUBJECT, review.id().toString(), "Local review logged",
				"kind=" + review.kind() + " reference=" + review.reference());
		return review(review, List.of(), today());
	}

	/**
	 * Adds a recommendation to a review, open.
	 * @throws org.sightline.shared.InvalidInputException naming each bad field; nothing stored
	 */
	@LocalReviewKeepers
	@Transactional
	public Recommendation recommend(Actor actor, UUID reviewId, AddRecommendation command) {
		store.review(reviewId).orElseThrow(() -> new RecordNotFoundException("Local review"));
		Violations problems = new Violations();
		String text = command.text() == null ? "" : command.text().strip();
		if (text.isEmpty()) {
			problems.add("text", "Enter the recommendation");
		}
		else if (text.length() > MAX_TEXT) {
			problems.add("text", "The recommendation must be " + String.format(Locale.UK, "%,d", MAX_TEXT)
					+ " characters or fewer");
		}
		line(problems, "owner", command.owner(), "who owns it (a team or a person's role)", MAX_OWNER);
		LocalDate due = date(problems, "dueOn", command.dueOn(), "the date it is due");
		problems.throwIfAny();
		Instant now = Instant.now(clock);
		LocalReviewStore.Recommendation r = new LocalReviewStore.Recommendation(UUID.randomUUID(), reviewId, text,
				command.owner().strip(), due, RecommendationStatus.OPEN.name(), null, actor.username(), now);
		store.add(r);
		audit.record(actor, AuditAction.COLLECTION, AUDIT_SUBJECT, reviewId.toString(), "Recommendation added",
				"recommendation=" + r.id() + " due=" + due);
		return recommendation(r, today());
	}

	/**
	 * Moves a recommendation on: from open to in progress or done, from in progress to done. Done needs the
	 * date it was done (today when left out), not in the future.
	 * @throws org.sightline.shared.InvalidInputException naming {@code status} or {@code doneOn}; nothing changed
	 * @throws ConflictException when someone else moved it on first
	 */
	@LocalReviewKeepers
	@Transactional
	public Recommendation move(Actor actor, UUID id, String status, String doneOn) {
		LocalReviewStore.Recommendation r = store.recommendation(id)
			.orElseThrow(() -> new RecordNotFoundException("Recommendation"));
		RecommendationStatus from = RecommendationStatus.valueOf(r.status());
		RecommendationStatus to = code(RecommendationStatus.class, status);
		Violations problems = new Violations();
		if (to == null || to.ordinal() <= from.ordinal()) {
			problems.add("status", from == RecommendationStatus.DONE ? "This recommendation is already done"
					: "Choose " + (from == RecommendationStatus.OPEN ? "in progress or done" : "done"));
		}
		LocalDate done = null;
		if (to == RecommendationStatus.DONE) {
			done = doneOn == null || doneOn.isBlank() ? today() : date(problems, "doneOn", doneOn, "the date it was done");
			if (done != null && done.isAfter(today())) {
				problems.add("doneOn", "The date it was done must be today or in the past");
			}
		}
		problems.throwIfAny();
		Instant now = Instant.now(clock);
		if (!store.move(id, from.name(), to.name(), done, actor.username(), now)) {
			throw new ConflictException("Someone moved this recommendation on first: read it again");
		}
		audit.record(actor, AuditAction.ALTERATION, AUDIT_SUBJECT, r.reviewId().toString(), "Recommendation moved on",
				"recommendation=" + id + " " + from + "->" + to + (done == null ? "" : " done=" + done));
		return recommendation(new LocalReviewStore.Recommendation(id, r.reviewId(), r.text(), r.owner(), r.dueOn(),
				to.name(), done, actor.username(), now), today());
	}

	/** The kinds of review with their labels, for the form that logs one. */
	@LocalReviewKeepers
	public List<PracticeReviews.Labelled> kinds() {
		return Arrays.stream(LocalReviewKind.values()).map(k -> labelled("localReviewKind", k.name())).toList();
	}

	private Review review(LocalReviewStore.Review r, List<LocalReviewStore.Recommendation> recommendations,
			LocalDate today) {
		List<Recommendation> ordered = recommendations.stream()
			.map(x -> recommendation(x, today))
			.sorted(Comparator.comparing((Recommendation x) -> !x.overdue())
				.thenComparing(x -> x.status().code().equals(RecommendationStatus.DONE.name()))
				.thenComparing(Recommendation::dueOn))
			.toList();
		return new Review(r.id(), labelled("localReviewKind", r.kind()), r.reference(), r.title(), r.recordedAt(), ordered);
	}

	private Recommendation recommendation(LocalReviewStore.Recommendation r, LocalDate today) {
		boolean overdue = !r.status().equals(RecommendationStatus.DONE.name()) && r.dueOn().isBefore(today);
		return new Recommendation(r.id(), r.text(), r.owner(), r.dueOn(), labelled("recommendationStatus", r.status()),
				r.doneOn(), overdue);
	}

	private static void line(Violations problems, String field, String value, String what, int max) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			problems.add(field, "Enter " + what);
		}
		else if (text.length() > max || InputLimits.hasControlCharacter(text, false)) {
			problems.add(field, Character.toUpperCase(what.charAt(0)) + what.substring(1) + " must be one line of "
					+ max + " characters or fewer");
		}
	}

	private static LocalDate date(Violations problems, String field, String value, String what) {
		if (value == null || value.isBlank()) {
			problems.add(field, "Enter " + what);
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(field, Character.toUpperCase(what.charAt(0)) + what.substring(1)
					+ " must be a real date");
			return null;
		}
	}

	private PracticeReviews.Labelled labelled(String prefix, String code) {
		return new PracticeReviews.Labelled(code,
				messages.getMessage(prefix + "." + code, null, code, LocaleContextHolder.getLocale()));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), zone);
	}

	private static <E extends Enum<E>> E code(Class<E> type, String code) {
		return Codes.find(type, code == null ? null : code.strip());
	}
}
