package org.sightline.learning.internal;

import org.sightline.identity.StaffTeams;
import org.sightline.shared.Actor;
import org.sightline.shared.Role;
import org.sightline.shared.RoleGroup;
import org.sightline.ui.HomeSection;
import org.springframework.stereotype.Component;

/**
 * The learning links on the home page: everyone on the police side reads their own learning; a
 * supervisor or trainer in a team reads the team's; a trainer records courses and, with an
 * administrator, puts people in teams. Staff who record encounters record debriefs of them and read
 * theirs; supervisors and trainers read them all; a trainer reads and sends the learning digest. Supervisors, trainers and administrators
 * follow local reviews' recommendations.
 */
@Component
public class LearningHome implements HomeSection {

	record Model(String team, boolean teamReader, boolean trainer, boolean teamManager, boolean debriefReader,
			boolean debriefRecorder, boolean localReviewReader) {
	}

	private final StaffTeams teams;

	LearningHome(StaffTeams teams) {
		this.teams = teams;
	}

	@Override
	public boolean isFor(Actor actor) {
		return RoleGroup.POLICE_STAFF.includes(actor);
	}

	@Override
	public String fragment() {
		return "learning/home :: section";
	}

	@Override
	public Object model(Actor actor) {
		return new Model(teams.teamOf(actor.username()).orElse(null), RoleGroup.TEAM_LEARNING_READERS.includes(actor),
				actor.hasRole(Role.TRAINER), RoleGroup.TEAM_MANAGERS.includes(actor),
				RoleGroup.PRACTICE_REVIEW_READERS.includes(actor), RoleGroup.STAFF_WHO_RECORD.includes(actor),
				RoleGroup.LOCAL_REVIEW_READERS.includes(actor));
	}
}
