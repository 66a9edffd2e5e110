/**
 * Partner agencies (who they are, how to reach them, when they work) and partnership agreements:
 * versioned data saying, for each situation, which agency is primary, which support, when police
 * attend, which timers run and how disagreements escalate. Ships the national Right Care, Right
 * Person agreement as the default. Owns the {@code partnership} schema: partner agencies and every
 * version of every agreement (drafts editable; published and superseded versions never changed).
 * Publishes {@link org.sightline.partnership.AgreementPublished}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.sightline.partnership;
