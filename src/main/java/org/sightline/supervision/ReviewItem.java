package org.sightline.supervision;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * An item in the supervisor review queue, as read. {@code dueAt} is when a supervisor should have
 * decided it (by its risk and kind); {@code followUpLink} is what the decision led to, such as the
 * referral made from it.
 */
public record ReviewItem(ReviewItemId id, SubjectRef subject, String reasonCode, String reason, String raisedBy,
		Instant raisedAt, boolean open, Optional<ReviewOutcome> outcome, Optional<String> decidedBy,
		Optional<Instant> decidedAt, Optional<String> note, Concerning concerning, Instant dueAt,
		Optional<String> followUpLink) {

	/**
	 * The kinds of item that say a referral to MARAC is due: the assessment's SafeLives criteria on a
	 * high-risk DASH, and the cumulative trigger (potential escalation). A supervisor can make the
	 * referral from them.
	 */
	public static final Set<String> MARAC_TRIGGERS = Set.of("MARAC_REFERRAL_DUE", "MARAC_POTENTIAL_ESCALATION");

	/** The kind of item: its reason code without the detail after the first colon (JUDGEMENT_DIFFERS_FROM_TOOL). */
	public String kind() {
		return kindOf(reasonCode);
	}

	public boolean isMaracTrigger() {
		return MARAC_TRIGGERS.contains(kind());
	}

	public static String kindOf(String reasonCode) {
		int colon = reasonCode.indexOf(':');
		return colon < 0 ? reasonCode : reasonCode.substring(0, colon);
	}
}
