package org.sightline.partnership;

/**
 * One reason why an agreement version cannot be published.
 *
 * @param clauseId the clause at fault; null when the problem is a missing clause
 * @param message plain English, naming the clause and saying what to change
 */
public record PublishingProblem(PublishingRule rule, String clauseId, String message) {
}
