package org.sightline.learning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.identity.StaffDirectory;
import org.sightline.identity.StaffTeams;
import org.sightline.learning.internal.LearningSettings;
import org.sightline.learning.internal.LearningStore;
import org.sightline.shared.Actor;
import org.sightline.shared.RecordNotFoundException;
import org.sightline.shared.Role;
import org.sightline.shared.Violations;
import org.sightline.shared.access.PoliceStaff;
import org.sightline.shared.access.TeamLearningReaders;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learning records: the courses (vulnerability-related training and CPD) each member of staff has
 * completed, recorded by a trainer, and where each stands with the courses their roles require. A
 * person reads their own; a trainer reads any team's, a supervisor their own team's. Every reading
 * and every record is in the audit log.
 */
@Service
public class LearningRecords {

	static final String AUDIT_SUBJECT = "LEARNING_RECORD";
	static final String TEAM_AUDIT_SUBJECT = "TEAM_LEARNING";
	static final int MAX_PROVIDER = 200;

	/** What a trainer records: a course a member of staff completed. {@code renewalDue} is worked out when left out. */
	public record RecordCompletion(String username, String course, String provider, LocalDate completedOn,
			LocalDate renewalDue) {
	}

	/** A completed course. {@code renewalDue} is null for a course that is never renewed. */
	public record Completion(UUID id, String username, String course, String courseTitle, String provider,
			LocalDate completedOn, LocalDate renewalDue, String recordedBy, Instant recordedAt) {
	}

	/** Where a member of staff stands with one required course today. */
	public record CourseDue(String username, String displayName, String course, String courseTitle,
			LearningStatus status, LocalDate completedOn, LocalDate renewalDue) {
	}

	/** A person's own learning: what their roles require and where they stand, and everything recorded. */
	public record MyLearning(String username, String displayName, String team, List<CourseDue> required,
			List<Completion> completions, int dueWithinDays) {
	}

	/** A team's learning: its members and each member's required courses, what needs doing first. */
	public record TeamLearning(String team, List<StaffTeams.Member> members, List<CourseDue> courses,
			int dueWithinDays) {
	}

	/** A course of the catalogue, for the form. */
	public record Course(String code, String title, int renewalMonths) {
	}

	private final LearningStore store;
	private final StaffTeams teams;
	private final StaffDirectory directory;
	private final AuditTrail audit;
	private final Clock clock;
	private final ZoneId zone;
	private final LearningSettings settings;
	private final MessageSource messages;

	LearningRecords(LearningStore store, StaffTeams teams, StaffDirectory directory, AuditTrail audit, Clock clock,
			ZoneId displayZone, LearningSettings settings, MessageSource messages) {
		this.store = store;
		this.teams = teams;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
		this.zone = displayZone;
		this.settings = settings;
		this.messages = messages;
	}

	/** The course catalogue, in the configured order. */
	public List<Course> courses() {
		return settings.courses().entrySet().stream()
			.map(c -> new Course(c.getKey(), title(c.getKey()), c.getValue().renewalMonths()))
			.toList();
	}

	/** The signed-in person's own learning: nobody else's. */
	@PoliceStaff
	@Transactional
	public MyLearning mine(Actor actor) {
		List<LearningStore.Row> rows = store.completionsOf(List.of(actor.username()));
		audit.record(actor, AuditAction.CONSULTATION, AUDIT_SUBJECT, actor.username(), "Own learning record",
				"completions=" + rows.size());
		return new MyLearning(actor.username(), actor.displayName(), teams.teamOf(actor.username()).orElse(null),
				sorted(due(actor, rows, today())), rows.stream().map(this::completion).toList(), settings.dueWithinDays());
	}

	/**
	 * A team's learning. A trainer reads any team; a supervisor only the team they are in (another
	 * team is refused, in the audit log, as one that does not exist).
	 */
	@TeamLearningReaders
	@Transactional
	public TeamLearning team(Actor actor, String team) {
		if (!StaffTeams.isTeamName(team)) {
			throw new RecordNotFoundException("Team");
		}
		if (!actor.hasRole(Role.TRAINER) && !teams.teamOf(actor.username()).filter(team::equals).isPresent()) {
			audit.record(actor, AuditAction.REFUSAL, TEAM_AUDIT_SUBJECT, team, "Team learning: not the reader's team", "");
			throw new RecordNotFoundException("Team");
		}
		List<Actor> staff = teams.staffOf(team);
		if (staff.isEmpty()) {
			throw new RecordNotFoundException("Team");
		}
		List<StaffTeams.Member> members = staff.stream().map(a -> new StaffTeams.Member(a.username(), a.displayName()))
			.toList();
		Map<String, List<LearningStore.Row>> byPerson = new HashMap<>();
		store.completionsOf(members.stream().map(StaffTeams.Member::username).toList())
			.forEach(r -> byPerson.computeIfAbsent(r.username(), u -> new ArrayList<>()).add(r));
		LocalDate today = today();
		List<CourseDue> courses = new ArrayList<>();
		for (Actor member : staff) {
			courses.addAll(due(member, byPerson.getOrDefault(member.username(), List.of()), today));
		}
		audit.record(actor, AuditAction.CONSULTATION, TEAM_AUDIT_SUBJECT, team, "Team learning: what is due",
				"members=" + members.size());
		return new TeamLearning(team, members, sorted(courses), settings.dueWithinDays());
	}

	/**
	 * Records a course a member of staff completed. Without a renewal date, it is the date completed plus
	 * the course's renewal period (none for a course never renewed).
	 * @throws org.sightline.shared.InvalidInputException naming each bad field; nothing stored
	 */
	@PreAuthorize("hasRole('TRAINER')")
	@Transactional
	public Completion record(Actor actor, RecordCompletion command) {
		Optional<Actor> staff = staffNamed(command.username());
		check(command, staff).throwIfAny();
		Actor person = staff.orElseThrow();
		LearningSettings.Course course = settings.courses().get(command.course());
		String provider = command.provider().strip();
		LocalDate renewalDue = command.renewalDue() != null ? command.renewalDue()
				: course.renewalMonths() == 0 ? null : command.completedOn().plusMonths(course.renewalMonths());
		LearningStore.Row row = new LearningStore.Row(UUID.randomUUID(), person.username(),
				command.course(), provider, command.completedOn(), renewalDue, actor.username(), Instant.now(clock));
		store.add(row);
		audit.record(actor, AuditAction.COLLECTION, AUDIT_SUBJECT, row.username(), "Learning record",
				"course=" + row.course() + " completed=" + row.completedOn() + " id=" + row.id());
		return completion(row);
	}

	/** What is wrong with a completion a trainer would record, field by field; empty when it may be recorded. */
	@PreAuthorize("hasRole('TRAINER')")
	@Transactional(readOnly = true)
	public List<org.sightline.shared.Violation> problems(RecordCompletion command) {
		return check(command, staffNamed(command.username())).list();
	}

	private Optional<Actor> staffNamed(String username) {
		return username == null || username.isBlank() ? Optional.empty() : directory.find(username);
	}

	/** @param staff the member of staff the command names, looked up once by the caller */
	private Violations check(RecordCompletion command, Optional<Actor> staff) {
		Violations problems = new Violations();
		if (command.username() == null || command.username().isBlank()) {
			problems.add("username", "Choose the member of staff who completed the course");
		}
		else if (staff.isEmpty()) {
			problems.add("username", "Choose a member of staff from the list");
		}
		LearningSettings.Course course = command.course() == null ? null : settings.courses().get(command.course());
		if (command.course() == null || command.course().isBlank()) {
			problems.add("course", "Choose the course");
		}
		else if (course == null) {
			problems.add("course", "Choose a course from the list");
		}
		String provider = command.provider() == null ? "" : command.provider().strip();
		if (provider.isEmpty()) {
			problems.add("provider", "Enter who provided the course");
		}
		else if (provider.length() > MAX_PROVIDER) {
			problems.add("provider", "The provider must be " + MAX_PROVIDER + " characters or fewer");
		}
		LocalDate today = today();
		if (command.completedOn() == null) {
			problems.add("completedOn", "Enter the date the course was completed");
		}
		else if (command.completedOn().isAfter(today)) {
			problems.add("completedOn", "The date completed must be today or in the past");
		}
		else if (command.completedOn().isBefore(today.minusYears(50))) {
			problems.add("completedOn", "The date completed must be within the last 50 years");
		}
		if (command.renewalDue() != null && command.completedOn() != null
				&& !command.renewalDue().isAfter(command.completedOn())) {
			problems.add("renewalDue", "The renewal date must be after the date completed");
		}
		return problems;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), zone);
	}

	private List<CourseDue> due(Actor person, List<LearningStore.Row> rows, LocalDate today) {
		List<CourseDue> due = new ArrayList<>();
		for (String code : settings.requiredOf(person.roles())) {
			Optional<LearningStore.Row> latest = rows.stream()
				.filter(r -> r.course().equals(code))
				.max(Comparator.comparing(LearningStore.Row::completedOn).thenComparing(LearningStore.Row::recordedAt));
			LearningStatus status = latest.map(r -> status(r.renewalDue(), today)).orElse(LearningStatus.NEVER_DONE);
			due.add(new CourseDue(person.username(), person.displayName(), code, title(code), status,
					latest.map(LearningStore.Row::completedOn).orElse(null),
					latest.map(LearningStore.Row::renewalDue).orElse(null)));
		}
		return due;
	}

	private LearningStatus status(LocalDate renewalDue, LocalDate today) {
		if (renewalDue == null) {
			return LearningStatus.DONE;
		}
		if (renewalDue.isBefore(today)) {
			return LearningStatus.OVERDUE;
		}
		return renewalDue.isAfter(today.plusDays(settings.dueWithinDays())) ? LearningStatus.DONE : LearningStatus.DUE_SOON;
	}

	/** What needs doing first: overdue, never done, due soon, done; then the soonest renewal, then by name. */
	private static List<CourseDue> sorted(List<CourseDue> due) {
		return due.stream()
			.sorted(Comparator.comparing(CourseDue::status)
				.thenComparing(CourseDue::renewalDue, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(CourseDue::displayName)
				.thenComparing(CourseDue::courseTitle))
			.toList();
	}

	private Completion completion(LearningStore.Row row) {
		return new Completion(row.id(), row.username(), row.course(), title(row.course()), row.provider(),
				row.completedOn(), row.renewalDue(), row.recordedBy(), row.recordedAt());
	}

	/** The course's label: the message bundle's, else the configured title, else its code. */
	private String title(String code) {
		LearningSettings.Course course = settings.courses().get(code);
		String fallback = course != null && course.title() != null && !course.title().isBlank() ? course.title() : code;
		return messages.getMessage("course." + code, null, fallback, LocaleContextHolder.getLocale());
	}
}
