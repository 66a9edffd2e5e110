package org.sightline.referral.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.sightline.referral.ReferralStatus;
import org.sightline.referral.ReferralView;
import org.sightline.shared.ConflictException;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Violation;

/**
 * A referral's lifecycle: draft → sent → acknowledged → accepted or declined (with a reason) →
 * outcome recorded → closed; a supervisor may revoke it until it is closed. Every step is
 * timestamped and attributed. A step that does not follow from the current status is refused
 * with a message that says why, and changes nothing.
 */
public final class Referral {

	private ReferralStatus status;
	private final List<ReferralView.Step> history;

	public Referral(ReferralStatus status, List<ReferralView.Step> history) {
		this.status = status;
		this.history = new ArrayList<>(history);
	}

	public static Referral draft(String by, Instant at) {
		return new Referral(ReferralStatus.DRAFT, List.of(new ReferralView.Step(ReferralStatus.DRAFT, at, by, null)));
	}

	ReferralStatus status() {
		return status;
	}

	public List<ReferralView.Step> history() {
		return List.copyOf(history);
	}

	public ReferralView.Step send(String by, Instant at) {
		return move(ReferralStatus.SENT, EnumSet.of(ReferralStatus.DRAFT), by, at, null, "send");
	}

	public ReferralView.Step acknowledge(String by, Instant at) {
		return move(ReferralStatus.ACKNOWLEDGED, EnumSet.of(ReferralStatus.SENT), by, at, null, "acknowledge");
	}

	public ReferralView.Step accept(String by, Instant at, String note) {
		if (note != null) {
			notTooLong(note, "note");
		}
		return move(ReferralStatus.ACCEPTED, EnumSet.of(ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED), by, at, note,
				"accept");
	}

	public ReferralView.Step decline(String by, Instant at, String reason) {
		required(reason, "reason", "Give the reason for declining the referral");
		return move(ReferralStatus.DECLINED, EnumSet.of(ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED), by, at, reason,
				"decline");
	}

	public ReferralView.Step recordOutcome(String by, Instant at, String outcome) {
		required(outcome, "outcome", "Say what the outcome was");
		return move(ReferralStatus.OUTCOME_RECORDED, EnumSet.of(ReferralStatus.ACCEPTED), by, at, outcome,
				"record the outcome of");
	}

	public ReferralView.Step close(String by, Instant at) {
		return move(ReferralStatus.CLOSED, EnumSet.of(ReferralStatus.OUTCOME_RECORDED, ReferralStatus.DECLINED), by, at,
				null, "close");
	}

	public ReferralView.Step revoke(String by, Instant at, String reason) {
		required(reason, "reason", "Give the reason for revoking the referral");
		return move(ReferralStatus.REVOKED, EnumSet.complementOf(EnumSet.of(ReferralStatus.CLOSED, ReferralStatus.REVOKED)),
				by, at, reason, "revoke");
	}

	private ReferralView.Step move(ReferralStatus to, Set<ReferralStatus> from, String by, Instant at, String note,
			String verb) {
		if (!from.contains(status)) {
			throw new ConflictException("You cannot " + verb + " a referral that is " + describe(status)
					+ (status == ReferralStatus.REVOKED ? ": it was revoked by a supervisor" : ""));
		}
		status = to;
		var step = new ReferralView.Step(to, at, by, note == null ? null : note.strip());
		history.add(step);
		return step;
	}

	public static String describe(ReferralStatus status) {
		return switch (status) {
			case DRAFT -> "still a draft";
			case SENT -> "sent and not yet acknowledged";
			case ACKNOWLEDGED -> "acknowledged";
			case ACCEPTED -> "accepted";
			case DECLINED -> "declined";
			case OUTCOME_RECORDED -> "finished, with its outcome recorded";
			case CLOSED -> "closed";
			case REVOKED -> "revoked";
		};
	}

	private static void required(String value, String field, String message) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(List.of(new Violation(field, message)));
		}
		notTooLong(value, field);
	}

	private static void notTooLong(String value, String field) {
		if (value.length() > 5_000) {
			throw new InvalidInputException(List.of(new Violation(field, "This must be 5,000 characters or fewer")));
		}
	}
}
