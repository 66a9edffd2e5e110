package org.sightline.referral.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.referral.ReferralManagement;
import org.sightline.referral.ReferralStatus;
import org.sightline.referral.ReferralView;
import org.sightline.shared.Actor;
import org.sightline.shared.Agency;
import org.sightline.shared.ConflictException;
import org.sightline.shared.Role;
import org.sightline.shared.Violations;
import org.sightline.shared.access.ReferralParties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions to the referrer: on a referral sent to their agency, a partner practitioner asks the
 * police what they need to know; police staff who may read the referral see the thread and answer.
 * A partner of another agency neither sees nor adds to it. Every message, and every reading of the
 * thread, is audited (the audit entry holds no words of the message); the other side is told by
 * the notification outbox that there is something to read.
 */
@Service
public class ReferrerQuestions {

	static final int MAX_TEXT = 2_000;

	private final ReferralAccess access;
	private final ReferralQuestions questions;
	private final AuditTrail audit;
	private final Clock clock;
	private final ReferralNotifier notifier;

	ReferrerQuestions(ReferralAccess access, ReferralQuestions questions, AuditTrail audit, Clock clock,
			ReferralNotifier notifier) {
		this.notifier = notifier;
		this.access = access;
		this.questions = questions;
		this.audit = audit;
		this.clock = clock;
	}

	/** The thread on a referral the actor may read, oldest first, as the actor may see it. */
	@ReferralParties
	@Transactional
	public List<ReferralQuestion> thread(Actor actor, UUID referralId) {
		access.readable(actor, referralId);
		List<ReferralQuestion> thread = questions.of(referralId);
		audit.record(actor, AuditAction.CONSULTATION, ReferralManagement.AUDIT_SUBJECT, referralId.toString(),
				"Questions to the referrer read", "messages=" + thread.size());
		boolean partner = actor.hasRole(Role.PARTNER_PRACTITIONER);
		return partner ? thread.stream().map(ReferralQuestion::forPartner).toList() : thread;
	}

	/**
	 * Adds a message to the thread: a question when the receiving partner writes, an answer when
	 * police staff do.
	 * @throws org.sightline.shared.InvalidInputException when the text is missing or too long; nothing is stored
	 * @throws org.sightline.shared.RecordNotFoundException for a partner of another agency; nothing is stored
	 */
	@ReferralParties
	@Transactional
	public ReferralQuestion post(Actor actor, UUID referralId, String text) {
		ReferralView referral = access.readable(actor, referralId);
		boolean partner = actor.hasRole(Role.PARTNER_PRACTITIONER);
		var problems = new Violations();
		if (text == null || text.isBlank()) {
			problems.add("question", partner ? "Enter your question to the police" : "Enter your answer to the agency");
		}
		else if (text.strip().length() > MAX_TEXT) {
			problems.add("question", "Your message must be " + String.format("%,d", MAX_TEXT) + " characters or fewer");
		}
		problems.throwIfAny();
		if (referral.status() == ReferralStatus.DRAFT) {
			throw new ConflictException("This referral is still a draft: the agency has not received it");
		}
		var side = partner ? ReferralQuestion.Side.PARTNER : ReferralQuestion.Side.POLICE;
		Agency agency = partner ? referral.receivingAgency() : Agency.POLICE;
		Instant now = Instant.now(clock);
		String name = actor.displayName() != null ? actor.displayName() : actor.username();
		long id = questions.add(referralId, side, actor.username(), name, agency, text.strip(), now);
		audit.record(actor, AuditAction.COLLECTION, ReferralManagement.AUDIT_SUBJECT, referralId.toString(),
				partner ? "Question to the referrer asked" : "Police answered the partner's question",
				"message=" + id + "; characters=" + text.strip().length());
		if (partner) {
			notifier.asked(referral);
		}
		else {
			notifier.answeredQuestion(referral);
		}
		var message = new ReferralQuestion(id, side, name, agency, text.strip(), now);
		return partner ? message.forPartner() : message;
	}
}
