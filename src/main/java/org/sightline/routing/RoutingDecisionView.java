package org.sightline.routing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A recorded routing decision, with what the caller was told, the supervisor's view of any
 * override, and the timers it started.
 */
public record RoutingDecisionView(UUID id, UUID encounterId, UUID assessmentId, int assessmentVersion,
		String decidedBy, Instant decidedAt, RoutingRecommendation recommendation, RoutingOutcome outcome,
		String overrideRationale, Optional<String> overrideReview, List<CallerNotice> callerNotices,
		List<TimerView> timers) {

	public record CallerNotice(Instant toldAt, String recordedBy, String whatTold) {
	}

	public record TimerView(UUID id, String code, String label, Instant startedAt, Instant dueAt, String status,
			Instant completedAt) {
	}

	public boolean overridden() {
		return outcome != recommendation.outcome();
	}

	/** Police will not attend and nobody has yet recorded telling the caller. */
	public boolean callerStillToBeTold() {
		return !outcome.policeAttend() && callerNotices.isEmpty();
	}
}
