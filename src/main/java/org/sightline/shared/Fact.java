package org.sightline.shared;

import java.util.Optional;

/**
 * A coded fact about a person or their situation, in the codes of the routing-preview contract
 * ({@code shared/contracts/routing-preview.md}). The names are a published interface: never rename
 * or remove one. A fact is what someone said or saw, never a risk level; the policies of this
 * module decide what the facts mean.
 */
public enum Fact {

	// police threshold (Right Care, Right Person)
	CRIME_TO_INVESTIGATE, REAL_IMMEDIATE_RISK_TO_LIFE, RISK_OF_SERIOUS_HARM, POLICE_ASSUMED_RESPONSIBILITY,
	POLICE_CREATED_RISK,
	// the person
	IN_CARE, CARE_LEAVER, LEARNING_DISABILITY, DEMENTIA, MENTAL_ILL_HEALTH, SUICIDAL_IDEATION, SELF_HARM_IN_PROGRESS,
	SUBSTANCE_MISUSE, PHYSICAL_DISABILITY, COMMUNICATION_NEEDS, PREGNANT, CARE_AND_SUPPORT_NEEDS,
	UNABLE_TO_PROTECT_SELF, WELL_SUPPORTED,
	// markers
	CSE_MARKER, CCE_MARKER,
	// Mental Health Act
	DETAINED_UNDER_MHA, INFORMAL_PATIENT,
	// circumstances
	CHILD_PRESENT, CHILDREN_IN_HOUSEHOLD, CARER_ABSENT, NEGLECT, EXPLOITATION, FINANCIAL_ABUSE, ADVERSE_WEATHER,
	NO_ACCESS_TO_MEDICATION, ENVIRONMENTAL_HAZARD, MISSED_APPOINTMENT, NOT_IN_SCHOOL, FALLEN_AT_HOME,
	NOT_ANSWERING_DOOR, REPEAT_MISSING_RETURNED_SAFELY_BEFORE, AMBULANCE_DELAYED,
	// domestic abuse
	COERCIVE_CONTROL, NON_FATAL_STRANGULATION, STALKING, THREATS_TO_KILL, RECENT_SEPARATION, HONOUR_BASED_ABUSE,
	// place of safety
	IMMINENT_RISK_OF_SERIOUS_INJURY_OR_DEATH, NO_OTHER_PLACE_OF_SAFETY, ARRIVED_AT_HEALTH_PLACE_OF_SAFETY,
	// communication
	ANSWERS_THROUGH_PARTNER, MINIMISES_INJURIES, CALLER_DISPUTES_DECISION,

	// Beyond the contract's list (it allows more): every code a recorder can pick at intake is a
	// fact the rules understand, so the catalogue and the preview accept the same codes.
	// the person
	NEURODIVERGENCE, ILLNESS_AFFECTING_SAFETY, MEDICAL_DEPENDENCY, CHILD, OLDER_PERSON, PAST_TRAUMA,
	// Mental Health Act
	PART_III_PATIENT,
	// circumstances
	GANG_INVOLVEMENT, DOMESTIC_ABUSE_VICTIM_OR_WITNESS, REPEAT_VICTIMISATION, FINANCIAL_DIFFICULTY, HOMELESSNESS,
	INSECURE_IMMIGRATION_STATUS, SOCIAL_ISOLATION, CARING_RESPONSIBILITIES, GOING_MISSING,
	INJURIES_PRESENTING_AT_HEALTH, ENTERING_JUSTICE_SYSTEM, RISK_TO_OTHERS;

	/**
	 * The fact with this code, if there is one. A force's own catalogue may add codes that are not
	 * facts only by saying which facts they mean ({@code means:} in the catalogue file), so callers
	 * that read intake codes map them through the catalogue first.
	 */
	public static Optional<Fact> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(valueOf(code));
		}
		catch (IllegalArgumentException notAFact) {
			return Optional.empty();
		}
	}
}
