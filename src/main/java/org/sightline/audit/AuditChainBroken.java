package org.sightline.audit;

import java.time.Instant;

/**
 * The daily verification found the audit log's hash chain broken: something changed it behind the
 * application's back. Carries where, never the entries' content.
 *
 * @param firstPosition the position of the first problem (0 for an entry inserted outside the chain)
 * @param problems how many problems were found (at most 50 are listed)
 */
public record AuditChainBroken(long firstPosition, String firstProblem, int problems, Instant verifiedAt) {
}
