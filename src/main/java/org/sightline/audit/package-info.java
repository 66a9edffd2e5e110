/**
 * The audit log kept under DPA 2018 s.62: every collection, alteration, consultation (with the
 * reason), disclosure and erasure of personal data, with who did it and when. Owns the
 * {@code audit} schema, which is append-only. Other modules write through {@link org.sightline.audit.AuditTrail}
 * in the same transaction as the change they record, so an acknowledged change always has its entry.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.sightline.audit;
