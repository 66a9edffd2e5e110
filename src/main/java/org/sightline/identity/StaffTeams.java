package org.sightline.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.identity.internal.StaffAccounts;
import org.sightline.shared.Actor;
import org.sightline.shared.Violations;
import org.sightline.shared.access.TeamManagers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which team each member of staff is in: one team each, named by a short lower-case name
 * ({@code response-north}), kept on the account. Administrators and trainers put people in teams;
 * learning's team view reads them, and the later parts of #18 (a team's debriefs, its wellbeing lead's
 * figures) will count by them. A partner practitioner is never in a team.
 */
@Service
public class StaffTeams {

	static final String AUDIT_SUBJECT = "TEAM";
	static final String TEAM_NAME = "[a-z0-9][a-z0-9-]{0,62}";

	/** A member of a team, as the team pages show them. */
	public record Member(String username, String displayName) {
	}

	/** A team and its members, by name. */
	public record Team(String name, List<Member> members) {
	}

	private final StaffAccounts store;
	private final StaffDirectory directory;
	private final AuditTrail audit;

	StaffTeams(StaffAccounts store, StaffDirectory directory, AuditTrail audit) {
		this.store = store;
		this.directory = directory;
		this.audit = audit;
	}

	/** Every team with its members (people whose account has gone or is disabled are left out). */
	@TeamManagers
	@Transactional
	public List<Team> teams(Actor actor) {
		Map<String, List<Actor>> teams = store.teams();
		audit.record(actor, AuditAction.CONSULTATION, AUDIT_SUBJECT, "teams", "Teams and their members",
				"teams=" + teams.size());
		return teams.entrySet().stream().map(team -> new Team(team.getKey(), members(team.getValue()))).toList();
	}

	/** Members of staff who may be put in a team, by name. */
	@TeamManagers
	@Transactional(readOnly = true)
	public List<Member> staff(Actor actor) {
		return directory.staff().stream().map(a -> new Member(a.username(), a.displayName())).toList();
	}

	/**
	 * Puts a member of staff in a team, moving them from any team they were in.
	 * @throws org.sightline.shared.InvalidInputException naming {@code username} or {@code team}; nothing stored
	 */
	@TeamManagers
	@Transactional
	public void assign(Actor actor, String username, String team) {
		Violations problems = new Violations();
		if (username == null || username.isBlank()) {
			problems.add("username", "Choose a member of staff");
		}
		else if (directory.find(username).isEmpty()) {
			problems.add("username", "Choose a member of staff from the list");
		}
		String name = team == null ? "" : team.strip();
		if (name.isEmpty()) {
			problems.add("team", "Enter the team's name");
		}
		else if (!name.matches(TEAM_NAME)) {
			problems.add("team",
					"The team's name must be up to 63 lower-case letters, digits and hyphens, starting with a letter or digit");
		}
		problems.throwIfAny();
		Optional<String> before = store.assign(username, name);
		audit.record(actor, AuditAction.ALTERATION, AUDIT_SUBJECT, username, "Team membership",
				"team=" + name + before.map(b -> " was=" + b).orElse(""));
	}

	/** The team this member of staff is in, if any. */
	@Transactional(readOnly = true)
	public Optional<String> teamOf(String username) {
		return store.teamOf(username);
	}

	/** The members of a team, by name; empty for a team nobody is in. */
	@Transactional(readOnly = true)
	public List<Member> membersOf(String team) {
		return members(store.membersOf(team));
	}

	/**
	 * The members of a team as staff, with their roles (what a team's required courses depend on), by
	 * name; empty for a team nobody is in. One query, however large the team.
	 */
	@Transactional(readOnly = true)
	public List<Actor> staffOf(String team) {
		return store.membersOf(team).stream().sorted(BY_NAME).toList();
	}

	/** Whether a team name is well formed (so that a path never reaches the database with anything else). */
	public static boolean isTeamName(String team) {
		return team != null && team.matches(TEAM_NAME);
	}

	private static final java.util.Comparator<Actor> BY_NAME = java.util.Comparator.comparing(Actor::displayName)
		.thenComparing(Actor::username);

	/** As the team pages show them, by name. */
	private static List<Member> members(List<Actor> staff) {
		return staff.stream().sorted(BY_NAME).map(a -> new Member(a.username(), a.displayName())).toList();
	}
}
