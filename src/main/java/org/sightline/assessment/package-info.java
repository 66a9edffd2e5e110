/**
 * Recognising and assessing vulnerability and risk: the standard risk tools (DASH and any tool a
 * force adds as a YAML definition), MARAC referral criteria, missing-person grading, child and
 * adult safeguarding thresholds and the Right Care, Right Person police threshold. Tools inform
 * professional judgement and never replace it. Every policy takes coded facts and returns a
 * decision with plain-English reasons. Owns no data yet and publishes no events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package org.sightline.assessment;
