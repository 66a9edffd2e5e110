/**
 * Learning (#18): the vulnerability-related training and CPD each member of staff has completed, the
 * courses the force requires of each role and how often they are renewed (configuration), a team's view
 * of what is due (teams are identity's {@code StaffTeams}), and each person's own learning page, with the
 * pages that put staff in teams; learning from practice: debriefs and body-worn-video reviews of an
 * encounter (read through {@code encounter}'s facade, under its need-to-know), the learning digest of
 * their themes sent to a team by e-mail (through {@code notification}'s outbox), and local reviews with
 * their recommendations tracked to done. Staff only: partner practitioners see none of it. Owns the
 * {@code learning} schema; publishes no events; deletes the debriefs of encounters a records review
 * disposes of ({@code chronology}'s {@code RecordsDisposed}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "identity", "ui", "encounter",
		"notification", "chronology" })
package org.sightline.learning;
