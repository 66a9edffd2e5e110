package org.sightline.shared;

import static org.sightline.shared.Role.ADMIN;
import static org.sightline.shared.Role.ANALYST;
import static org.sightline.shared.Role.CALL_HANDLER;
import static org.sightline.shared.Role.CHIEF_OFFICER;
import static org.sightline.shared.Role.PARTNER_PRACTITIONER;
import static org.sightline.shared.Role.RESPONDER;
import static org.sightline.shared.Role.SAFEGUARDING_HUB;
import static org.sightline.shared.Role.SUPERVISOR;
import static org.sightline.shared.Role.TRAINER;
import static org.sightline.shared.Role.WELLBEING_LEAD;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The roles that share a right, named once: URL rules, navigation, templates and the authorisation
 * matrix read them from here, and method security through the annotations in
 * {@code org.sightline.shared.access} (one per group, held to it by RoleGroupAnnotationsTests).
 * A right that belongs to one role alone is that {@link Role}.
 */
public enum RoleGroup {

	/** Police staff who record encounters and work them: find people, assess, route and refer. */
	STAFF_WHO_RECORD(CALL_HANDLER, RESPONDER, SUPERVISOR, SAFEGUARDING_HUB),

	/** Both sides of a referral: the police staff who make it and the partner practitioner who receives it. */
	REFERRAL_PARTIES(CALL_HANDLER, RESPONDER, SUPERVISOR, SAFEGUARDING_HUB, PARTNER_PRACTITIONER),

	/** Who look across cases: hub triage, the MARAC list, possible matches, merging and restricting people. */
	SAFEGUARDING_REVIEWERS(SUPERVISOR, SAFEGUARDING_HUB),

	/** Who simulate partnership agreements, and read the drafts and assessments a simulation runs on. */
	AGREEMENT_SIMULATORS(SUPERVISOR, ANALYST, ADMIN),

	/** Who read the demand figures: aggregates only, never a named person. */
	DEMAND_READERS(SUPERVISOR, ANALYST, CHIEF_OFFICER, ADMIN),

	/** Who read partnership agreements and download them; only administrators change them. */
	AGREEMENT_READERS(SUPERVISOR, ADMIN),

	/** Who search and verify the audit log (a supervisor, or the data protection officer as administrator). */
	AUDIT_READERS(SUPERVISOR, ADMIN),

	/** Police officers and staff, every role but a partner practitioner: each reads their own learning record. */
	POLICE_STAFF(CALL_HANDLER, RESPONDER, SUPERVISOR, SAFEGUARDING_HUB, ANALYST, CHIEF_OFFICER, ADMIN, TRAINER,
			WELLBEING_LEAD),

	/** Who read a team's learning: what each member has done and what is due (a trainer, a supervisor). */
	TEAM_LEARNING_READERS(SUPERVISOR, TRAINER),

	/** Who put members of staff in teams (an administrator, a trainer). */
	TEAM_MANAGERS(ADMIN, TRAINER),

	/**
	 * Who may open debriefs and body-worn-video reviews (learning from practice): supervisors and trainers
	 * read them all; staff who record encounters read those they recorded or that are about their encounters.
	 */
	PRACTICE_REVIEW_READERS(CALL_HANDLER, RESPONDER, SUPERVISOR, SAFEGUARDING_HUB, TRAINER),

	/** Who read local reviews (e.g. domestic homicide reviews) and where their recommendations stand. */
	LOCAL_REVIEW_READERS(SUPERVISOR, TRAINER, ADMIN),

	/** Who log local reviews and their recommendations and move the recommendations on (a trainer, an administrator). */
	LOCAL_REVIEW_KEEPERS(TRAINER, ADMIN);

	private final Set<Role> roles;

	RoleGroup(Role first, Role... rest) {
		this.roles = Collections.unmodifiableSet(EnumSet.of(first, rest));
	}

	public Set<Role> roles() {
		return roles;
	}

	/** The role names, for Spring Security's {@code hasAnyRole(...)}. */
	public String[] roleNames() {
		return roles.stream().map(Role::name).toArray(String[]::new);
	}

	/** Whether the actor holds any role of the group; nobody signed in is in no group. */
	public boolean includes(Actor actor) {
		return actor != null && actor.hasAnyRole(roles.toArray(Role[]::new));
	}
}
