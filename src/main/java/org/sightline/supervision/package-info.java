/**
 * Supervisor review: a generic queue of items raised by other modules about records they own
 * (a HIGH grade, a judgement that departs from a tool, an override, a breached timer), referred to
 * only by opaque subject references. A supervisor closes each item with an outcome and a note.
 * Owns the {@code supervision} schema. Publishes {@link org.sightline.supervision.ReviewDecided}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.sightline.supervision;
