/**
 * Learning records and teams (#18): the vulnerability-related training and CPD each member of staff
 * has completed, the courses the force requires of each role and how often they are renewed
 * (configuration), which team each member of staff is in, a team's view of what is due, and each
 * person's own learning page. Staff only: partner practitioners see none of it. Owns the
 * {@code learning} schema. Later parts of #18 (debriefs and the learning digest, team-level
 * wellbeing) build on its teams ({@link org.sightline.learning.StaffTeams}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "identity", "ui" })
package org.sightline.learning;
