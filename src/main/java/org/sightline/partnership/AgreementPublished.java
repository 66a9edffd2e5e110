package org.sightline.partnership;

/**
 * A partnership agreement version was put in force.
 *
 * @param superseded the version that was in force before, or null when none was
 */
public record AgreementPublished(AgreementRef published, AgreementRef superseded) {
}
