package org.sightline.assessment;

/** Why a THRIVE assessment was made: the first one, or the new fact that re-opened it (RE-THRIVE). */
public enum AssessmentTrigger {
	INITIAL, RECONTACT, ON_SCENE, NEW_INFORMATION, SUPERVISOR
}
