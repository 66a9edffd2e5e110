package org.sightline.learning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.identity.StaffDirectory;
import org.sightline.identity.StaffTeams;
import org.sightline.learning.internal.LearningSettings;
import org.sightline.learning.internal.PracticeReviewStore;
import org.sightline.notification.Notification;
import org.sightline.notification.Notifications;
import org.sightline.shared.Actor;
import org.sightline.shared.Codes;
import org.sightline.shared.InputLimits;
import org.sightline.shared.RecordNotFoundException;
import org.sightline.shared.Role;
import org.sightline.shared.SightlineSettings;
import org.sightline.shared.Violations;
import org.sightline.shared.access.PracticeReviewReaders;
import org.sightline.shared.access.StaffWhoRecord;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learning from practice (REFERENCE §1.1, guideline 1): debriefs and body-worn-video reviews after an
 * encounter, tagged with the guidelines' themes, rolled up into a learning digest a trainer sends to a
 * team. A review is about staff practice, never a ranking of people: the member of staff who recorded the
 * encounter or a supervisor records one; supervisors and trainers read them all, and staff who record
 * encounters read those they recorded or that are about their encounters. The digest holds counts and
 * learning points only, with no encounter and no member of staff named. Every reading, record and sending is
 * in the audit log.
 */
@Service
public class PracticeReviews {

	static final String AUDIT_SUBJECT = "PRACTICE_REVIEW";
	static final String DIGEST_AUDIT_SUBJECT = "LEARNING_DIGEST";
	static final int MAX_TEXT = 2_000;
	static final int MAX_BWV_REFERENCE = 100;
	static final int MAX_PERIOD_DAYS = 366;
	static final int LIST_LIMIT = 200;
	static final int LOG_LIMIT = 50;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/**
	 * What someone records after an encounter, as typed or sent: codes as text, so that one bad code is a
	 * problem named after its field like any other.
	 */
	public record RecordReview(String encounterId, String kind, String bwvReference, String wentWell, String toLearn,
			String guideline, List<String> themes) {
	}

	/** A code with the words people read. */
	public record Labelled(String code, String label) {
	}

	/** A practice review as its readers see it. */
	public record PracticeReview(UUID id, UUID encounterId, String encounterReference, Labelled kind,
			String bwvReference, String wentWell, String toLearn, Labelled guideline, List<Labelled> themes,
			String recordedBy, String recordedByName, Instant recordedAt) {
	}

	/** The encounter a review is being recorded for, as the form shows it. */
	public record Debriefable(UUID encounterId, String reference, Instant occurredAt) {
	}

	/** One theme of the digest: how many reviews were tagged with it and their learning points, newest first. */
	public record ThemeDigest(String theme, String label, int count, List<String> points) {
	}

	/** One sending of the digest: the period, the team, who sent it, when, to how many people. */
	public record Dissemination(LocalDate from, LocalDate to, String team, String sentBy, String sentByName,
			Instant sentAt, int recipients) {
	}

	/** A period of days, both included. */
	public record Period(LocalDate from, LocalDate to) {
	}

	/** The learning digest over a period (both days included): each theme with a count and its points, and the log of sendings. */
	public record Digest(LocalDate from, LocalDate to, int reviews, List<ThemeDigest> themes,
			List<Dissemination> sent) {
	}

	private final PracticeReviewStore store;
	private final EncounterManagement encounters;
	private final StaffTeams teams;
	private final StaffDirectory directory;
	private final Notifications notifications;
	private final AuditTrail audit;
	private final Clock clock;
	private final ZoneId zone;
	private final LearningSettings settings;
	private final String staffEmailPattern;
	private final MessageSource messages;

	PracticeReviews(PracticeReviewStore store, EncounterManagement encounters, StaffTeams teams,
			StaffDirectory directory, Notifications notifications, AuditTrail audit, Clock clock, ZoneId displayZone,
			LearningSettings settings, SightlineSettings shared, MessageSource messages) {
		this.store = store;
		this.encounters = encounters;
		this.teams = teams;
		this.directory = directory;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
		this.zone = displayZone;
		this.settings = settings;
		this.staffEmailPattern = shared.notification().staffEmailPattern();
		this.messages = messages;
	}

	/** Whether this person may record a review of this encounter: they recorded it, or they supervise. */
	public static boolean mayRecord(Actor actor, EncounterView encounter) {
		return actor.hasRole(Role.SUPERVISOR)
				|| (actor.username().equals(encounter.recordedBy()) && actor.hasAnyRole(Role.CALL_HANDLER,
						Role.RESPONDER, Role.SAFEGUARDING_HUB));
	}

	/**
	 * The encounter a review would be recorded for, read through the encounter module (its need-to-know
	 * and audit). One the person may not debrief is refused, in the audit log, as one that does not exist.
	 */
	@StaffWhoRecord
	@Transactional
	public Debriefable debriefable(Actor actor, String encounterId) {
		Optional<UUID> id = uuid(encounterId);
		if (id.isEmpty()) {
			throw new RecordNotFoundException("Encounter");
		}
		EncounterView encounter = encounters.view(actor, new EncounterId(id.get()));
		if (!mayRecord(actor, encounter)) {
			audit.record(actor, AuditAction.REFUSAL, AUDIT_SUBJECT, encounter.id().toString(),
					"Debrief: neither the recorder of the encounter nor a supervisor", "");
			throw new RecordNotFoundException("Encounter");
		}
		return new Debriefable(encounter.id(), encounter.reference(), encounter.occurredAt());
	}

	/**
	 * Records a debrief or body-worn-video review of an encounter.
	 * @throws org.sightline.shared.InvalidInputException naming each bad field (an encounter the person may
	 *         not debrief is {@code encounterId}); nothing stored
	 */
	@StaffWhoRecord
	@Transactional
	public PracticeReview record(Actor actor, RecordReview command) {
		Violations problems = check(command);
		Optional<EncounterView> encounter = Optional.empty();
		Optional<UUID> id = uuid(command.encounterId());
		if (command.encounterId() == null || command.encounterId().isBlank()) {
			problems.add("encounterId", "Choose the encounter the debrief is about");
		}
		else if (id.isEmpty()) {
			problems.add("encounterId", "Choose an encounter you recorded or supervise");
		}
		else {
			try {
				EncounterView found = encounters.view(actor, new EncounterId(id.get()));
				if (mayRecord(actor, found)) {
					encounter = Optional.of(found);
				}
				else {
					audit.record(actor, AuditAction.REFUSAL, AUDIT_SUBJECT, found.id().toString(),
							"Debrief: neither the recorder of the encounter nor a supervisor", "");
					problems.add("encounterId", "Choose an encounter you recorded or supervise");
				}
			}
			catch (RecordNotFoundException e) {
				problems.add("encounterId", "Choose an encounter you recorded or supervise");
			}
		}
		problems.throwIfAny();
		EncounterView about = encounter.orElseThrow();
		PracticeReviewKind kind = PracticeReviewKind.valueOf(command.kind());
		PracticeReviewStore.Row row = new PracticeReviewStore.Row(UUID.randomUUID(), about.id(), about.reference(),
				about.recordedBy(), kind.name(), blankToNull(command.bwvReference()), blankToNull(command.wentWell()),
				command.toLearn().strip(), command.guideline(),
				new ArrayList<>(new LinkedHashSet<>(command.themes())), actor.username(), Instant.now(clock));
		store.add(row);
		audit.record(actor, AuditAction.COLLECTION, AUDIT_SUBJECT, row.id().toString(), "Learning from practice",
				"kind=" + row.kind() + " encounter=" + row.encounterId() + " themes=" + String.join(",", row.themes()));
		return review(row, new HashMap<>());
	}

	/** What is wrong with a review's own fields (not its encounter), field by field; empty when it may be recorded. */
	private Violations check(RecordReview command) {
		Violations problems = new Violations();
		PracticeReviewKind kind = code(PracticeReviewKind.class, command.kind());
		if (command.kind() == null || command.kind().isBlank()) {
			problems.add("kind", "Select whether it is a debrief or a body-worn video review");
		}
		else if (kind == null) {
			problems.add("kind", "Select a debrief or a body-worn video review");
		}
		String bwv = strip(command.bwvReference());
		if (kind == PracticeReviewKind.BWV_REVIEW && bwv.isEmpty()) {
			problems.add("bwvReference", "Enter the reference of the body-worn video");
		}
		else if (bwv.length() > MAX_BWV_REFERENCE) {
			problems.add("bwvReference", "The body-worn video reference must be " + MAX_BWV_REFERENCE
					+ " characters or fewer");
		}
		else if (InputLimits.hasControlCharacter(bwv, false)) {
			problems.add("bwvReference", "The body-worn video reference must be one line");
		}
		if (strip(command.wentWell()).length() > MAX_TEXT) {
			problems.add("wentWell", "What went well must be " + String.format(Locale.UK, "%,d", MAX_TEXT) + " characters or fewer");
		}
		String toLearn = strip(command.toLearn());
		if (toLearn.isEmpty()) {
			problems.add("toLearn", "Enter what to learn");
		}
		else if (toLearn.length() > MAX_TEXT) {
			problems.add("toLearn", "What to learn must be " + String.format(Locale.UK, "%,d", MAX_TEXT) + " characters or fewer");
		}
		if (command.guideline() == null || command.guideline().isBlank()) {
			problems.add("guideline", "Select the guideline it concerns");
		}
		else if (code(Guideline.class, command.guideline()) == null) {
			problems.add("guideline", "Select a guideline from the list");
		}
		List<String> themes = command.themes() == null ? List.of() : command.themes();
		if (themes.isEmpty()) {
			problems.add("themes", "Select at least one theme");
		}
		else if (themes.stream().anyMatch(t -> code(PracticeTheme.class, t) == null)) {
			problems.add("themes", "Select themes from the list");
		}
		return problems;
	}

	/**
	 * Practice reviews, newest first, with a theme (its code; blank for all) only those tagged with it: every
	 * one for a supervisor or trainer; for anyone else, those they recorded or that are about an encounter
	 * they recorded.
	 * @throws org.sightline.shared.InvalidInputException naming {@code theme} when it is no theme's code
	 */
	@PracticeReviewReaders
	@Transactional
	public List<PracticeReview> list(Actor actor, String themeCode) {
		Optional<PracticeTheme> theme = Optional.empty();
		if (themeCode != null && !themeCode.isBlank()) {
			theme = Optional.ofNullable(code(PracticeTheme.class, themeCode.strip()));
			if (theme.isEmpty()) {
				throw new org.sightline.shared.InvalidInputException(
						List.of(new org.sightline.shared.Violation("theme", "Choose a theme from the list")));
			}
		}
		boolean all = actor.hasAnyRole(Role.SUPERVISOR, Role.TRAINER);
		List<PracticeReviewStore.Row> rows = store.list(all ? Optional.empty() : Optional.of(actor.username()),
				theme.map(Enum::name), LIST_LIMIT);
		audit.record(actor, AuditAction.CONSULTATION, AUDIT_SUBJECT, "list",
				all ? "Learning from practice: debriefs" : "Learning from practice: own debriefs",
				"count=" + rows.size() + theme.map(t -> " theme=" + t).orElse(""));
		Map<String, String> names = new HashMap<>();
		return rows.stream().map(r -> review(r, names)).toList();
	}

	/** The period the digest covers when none is chosen: the configured number of days up to today. */
	public Period defaultPeriod() {
		LocalDate today = today();
		return new Period(today.minusDays(settings.digestDays() - 1L), today);
	}

	/**
	 * The learning digest over a period, both days included (by default the configured number of days up to
	 * today): for each theme, how many reviews were tagged with it and their learning points. No encounter,
	 * no member of staff. With the log of its sendings.
	 * @throws org.sightline.shared.InvalidInputException naming {@code from} or {@code to}
	 */
	@PreAuthorize("hasRole('TRAINER')")
	@Transactional
	public Digest digest(Actor actor, String from, String to) {
		Period period = period(from, to);
		Digest digest = digest(period.from(), period.to());
		audit.record(actor, AuditAction.CONSULTATION, DIGEST_AUDIT_SUBJECT, period.from() + "/" + period.to(),
				"Learning digest", "reviews=" + digest.reviews());
		return digest;
	}

	/**
	 * Sends the digest of a period to every member of a team, by e-mail through the outbox (in this
	 * transaction: the e-mails go when the log of the sending commits), and logs the sending.
	 * @throws org.sightline.shared.InvalidInputException naming {@code team}, {@code from} or {@code to};
	 *         nothing sent or logged
	 */
	@PreAuthorize("hasRole('TRAINER')")
	@Transactional
	public Dissemination send(Actor actor, String team, String from, String to) {
		Violations problems = new Violations();
		Period period = null;
		try {
			period = period(from, to);
		}
		catch (org.sightline.shared.InvalidInputException e) {
			e.violations().forEach(v -> problems.add(v.field(), v.message()));
		}
		String name = strip(team);
		List<Actor> members = List.of();
		if (name.isEmpty()) {
			problems.add("team", "Choose the team to send the digest to");
		}
		else if (!StaffTeams.isTeamName(name) || (members = teams.staffOf(name)).isEmpty()) {
			problems.add("team", "Choose a team from the list");
		}
		else if (staffEmailPattern.isEmpty()) {
			problems.add("team", "Sightline has no e-mail addresses for staff (the setting "
					+ "sightline.notification.staff-email-pattern is empty), so the digest cannot be sent");
		}
		Digest digest = period == null ? null : digest(period.from(), period.to());
		if (digest != null && digest.reviews() == 0) {
			problems.add("from", "There are no debriefs in this period to send");
		}
		problems.throwIfAny();
		UUID id = UUID.randomUUID();
		String subject = "Learning from practice: " + DAY.format(digest.from()) + " to " + DAY.format(digest.to());
		String text = emailText(digest);
		for (Actor member : members) {
			notifications.enqueue(Notification.email(staffEmailPattern.formatted(member.username()), subject, text,
					DIGEST_AUDIT_SUBJECT, id.toString(), "LEARNING_DIGEST_SENT"));
		}
		PracticeReviewStore.Sent sent = new PracticeReviewStore.Sent(id, digest.from(), digest.to(), name,
				actor.username(), Instant.now(clock), members.size());
		store.addSent(sent);
		audit.record(actor, AuditAction.DISCLOSURE, DIGEST_AUDIT_SUBJECT, id.toString(), "Learning digest sent to a team",
				"team=" + name + " period=" + digest.from() + "/" + digest.to() + " recipients=" + members.size());
		return dissemination(sent, new HashMap<>());
	}

	private Digest digest(LocalDate from, LocalDate to) {
		List<PracticeReviewStore.Row> rows = store.recordedBetween(from.atStartOfDay(zone).toInstant(),
				to.plusDays(1).atStartOfDay(zone).toInstant());
		Map<PracticeTheme, List<String>> points = new EnumMap<>(PracticeTheme.class);
		for (PracticeReviewStore.Row row : rows) {
			for (String theme : row.themes()) {
				PracticeTheme t = code(PracticeTheme.class, theme);
				if (t != null) {
					points.computeIfAbsent(t, x -> new ArrayList<>()).add(row.toLearn());
				}
			}
		}
		List<ThemeDigest> themes = points.entrySet().stream()
			.map(e -> new ThemeDigest(e.getKey().name(), label("practiceTheme", e.getKey().name()), e.getValue().size(),
					List.copyOf(e.getValue())))
			.toList();
		Map<String, String> names = new HashMap<>();
		return new Digest(from, to, rows.size(), themes,
				store.sent(LOG_LIMIT).stream().map(s -> dissemination(s, names)).toList());
	}

	/** The digest as an e-mail: themes by their labels, counts and learning points; never a code, a name or an encounter. */
	private static String emailText(Digest digest) {
		StringBuilder text = new StringBuilder();
		text.append("Learning from practice, ").append(DAY.format(digest.from())).append(" to ")
			.append(DAY.format(digest.to())).append('\n');
		text.append("What debriefs and body-worn video reviews in this period found, by theme.\n");
		for (ThemeDigest theme : digest.themes()) {
			text.append("\n").append(theme.label()).append(" (").append(theme.count())
				.append(theme.count() == 1 ? " debrief" : " debriefs").append(")\n");
			theme.points().forEach(p -> text.append("- ").append(p.replaceAll("\\s*\\R\\s*", " ")).append('\n'));
		}
		return text.toString();
	}

	private Period period(String from, String to) {
		Violations problems = new Violations();
		Period defaults = defaultPeriod();
		LocalDate start = day(from, "from", "The start of the period", problems).orElse(null);
		LocalDate end = day(to, "to", "The end of the period", problems).orElse(null);
		if (start == null && !problems.has("from")) {
			start = end == null ? defaults.from() : end.minusDays(settings.digestDays() - 1L);
		}
		if (end == null && !problems.has("to")) {
			end = defaults.to();
		}
		if (start != null && end != null) {
			if (end.isBefore(start)) {
				problems.add("to", "The end of the period must be the same as or after its start");
			}
			else if (end.toEpochDay() - start.toEpochDay() >= MAX_PERIOD_DAYS) {
				problems.add("to", "The period must be " + MAX_PERIOD_DAYS + " days or shorter");
			}
		}
		problems.throwIfAny();
		return new Period(start, end);
	}

	private static Optional<LocalDate> day(String text, String field, String what, Violations problems) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text.strip()));
		}
		catch (DateTimeParseException e) {
			problems.add(field, what + " must be a real date, for example 2026-11-27");
			return Optional.empty();
		}
	}

	private PracticeReview review(PracticeReviewStore.Row row, Map<String, String> names) {
		return new PracticeReview(row.id(), row.encounterId(), row.encounterReference(),
				labelled("practiceReviewKind", row.kind()), row.bwvReference(), row.wentWell(), row.toLearn(),
				labelled("guideline", row.guideline()),
				row.themes().stream()
					.sorted((a, b) -> Integer.compare(ordinal(a), ordinal(b)))
					.map(t -> labelled("practiceTheme", t))
					.toList(),
				row.recordedBy(), nameOf(row.recordedBy(), names), row.recordedAt());
	}

	private Dissemination dissemination(PracticeReviewStore.Sent sent, Map<String, String> names) {
		return new Dissemination(sent.from(), sent.to(), sent.team(), sent.sentBy(), nameOf(sent.sentBy(), names),
				sent.sentAt(), sent.recipients());
	}

	private String nameOf(String username, Map<String, String> names) {
		return names.computeIfAbsent(username, u -> directory.find(u).map(Actor::displayName).orElse(u));
	}

	private static int ordinal(String theme) {
		PracticeTheme t = code(PracticeTheme.class, theme);
		return t == null ? Integer.MAX_VALUE : t.ordinal();
	}

	private Labelled labelled(String prefix, String code) {
		return new Labelled(code, label(prefix, code));
	}

	private String label(String prefix, String code) {
		return messages.getMessage(prefix + "." + code, null, code, LocaleContextHolder.getLocale());
	}

	/** The themes, kinds and guidelines with their labels, in order, for forms and filters. */
	public List<Labelled> themes() {
		return Arrays.stream(PracticeTheme.values()).map(t -> labelled("practiceTheme", t.name())).toList();
	}

	public List<Labelled> kinds() {
		return Arrays.stream(PracticeReviewKind.values()).map(k -> labelled("practiceReviewKind", k.name())).toList();
	}

	public List<Labelled> guidelines() {
		return Arrays.stream(Guideline.values()).map(g -> labelled("guideline", g.name())).toList();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), zone);
	}

	private static <E extends Enum<E>> E code(Class<E> type, String code) {
		return Codes.find(type, code);
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return text == null ? Optional.empty() : Optional.of(UUID.fromString(text.strip()));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

	private static String blankToNull(String text) {
		String stripped = strip(text);
		return stripped.isEmpty() ? null : stripped;
	}
}
