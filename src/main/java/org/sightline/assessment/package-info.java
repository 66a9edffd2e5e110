/**
 * Recognising and assessing vulnerability and risk: the standard risk tools (DASH and any tool a
 * force adds as a YAML definition), MARAC referral criteria, missing-person grading, child and
 * adult safeguarding thresholds and the Right Care, Right Person police threshold. Tools inform
 * professional judgement and never replace it. Every policy takes coded facts and returns a
 * decision with plain-English reasons. Owns the {@code assessment} schema: every version of the THRIVE assessment
 * of an encounter (RE-THRIVE adds a version, none is overwritten), with its NDM rationale, tool
 * results and a snapshot of what was known. Publishes {@link org.sightline.assessment.AssessmentRecorded}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "encounter", "supervision" })
package org.sightline.assessment;
