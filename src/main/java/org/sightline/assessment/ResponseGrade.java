package org.sightline.assessment;

/** How urgently police respond; display codes and target times are set per force. */
public enum ResponseGrade {
	EMERGENCY, PRIORITY, SCHEDULED, RESOLUTION_WITHOUT_DEPLOYMENT
}
