package org.sightline.referral.internal;

import java.time.Instant;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.sightline.referral.ReferralManagement;
import org.sightline.referral.ReferralOverdue;
import org.sightline.referral.ReferralSettings;
import org.sightline.referral.ReferralStatus;
import org.sightline.referral.ReferralView;
import org.sightline.supervision.Concerning;
import org.sightline.supervision.ReviewRisk;
import org.sightline.supervision.SubjectRef;
import org.sightline.supervision.SupervisionManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * When the receiving agency should answer a referral, in working days from sending (the agency's
 * targets), and what happens when it has not: the supervisor is asked to chase it, the officer who
 * made it and the agency are told.
 */
@Component
public class ReferralDeadlines {

	/** When the agency should acknowledge the referral, and when accept or decline it. */
	public record Deadlines(Instant acknowledgeBy, Instant decideBy) {
	}

	private final Referrals referrals;
	private final ReferralSettings settings;
	private final WorkingDays workingDays;
	private final SchedulerClient scheduler;
	private final OneTimeTask<String> dueTask;
	private final SupervisionManagement supervision;
	private final ApplicationEventPublisher events;
	private final ReferralNotifier notifier;

	private static final ExportLabels LABELS = new ExportLabels();

	ReferralDeadlines(Referrals referrals, ReferralSettings settings, WorkingDays workingDays, SchedulerClient scheduler,
			OneTimeTask<String> referralDueTask, SupervisionManagement supervision, ApplicationEventPublisher events,
			ReferralNotifier notifier) {
		this.referrals = referrals;
		this.settings = settings;
		this.workingDays = workingDays;
		this.scheduler = scheduler;
		this.dueTask = referralDueTask;
		this.supervision = supervision;
		this.events = events;
		this.notifier = notifier;
	}

	/** The deadlines of a referral to this agency sent at this time. */
	public Deadlines from(ReferralView referral, Instant sentAt) {
		ReferralSettings.Targets targets = settings.targets(referral.receivingAgency());
		return new Deadlines(workingDays.plusWorkingDays(sentAt, targets.acknowledgeWorkingDays()),
				workingDays.plusWorkingDays(sentAt, targets.decideWorkingDays()));
	}

	/** Sets the scheduler to check the referral at each deadline. */
	public void watch(UUID id, Deadlines deadlines) {
		scheduler.schedule(dueTask.instance(id + "|ACK", id + "|ACK"), deadlines.acknowledgeBy());
		scheduler.schedule(dueTask.instance(id + "|DECISION", id + "|DECISION"), deadlines.decideBy());
	}

	/** Run by the scheduler when a referral's acknowledgement or decision falls due: a late referral goes to the supervisor. */
	public void due(String key) {
		String[] parts = key.split("\\|");
		UUID id = UUID.fromString(parts[0]);
		ReferralView view = referrals.findById(id).orElse(null);
		if (view == null) {
			return;
		}
		boolean ack = parts[1].equals("ACK");
		boolean overdue = ack ? view.status() == ReferralStatus.SENT
				: view.status() == ReferralStatus.SENT || view.status() == ReferralStatus.ACKNOWLEDGED;
		if (overdue) {
			supervision.raise(new SubjectRef(ReferralManagement.AUDIT_SUBJECT, id.toString(), "/referrals/" + id),
					ack ? "REFERRAL_ACK_OVERDUE" : "REFERRAL_DECISION_OVERDUE",
					"Referral " + view.reference() + " to " + LABELS.agency(view.receivingAgency()) + " is overdue: not "
							+ (ack ? "acknowledged" : "accepted or declined") + " within the target. Chase the agency; "
							+ view.createdBy() + " made it.",
					"scheduler", Concerning.encounter(view.encounterId(), ReviewRisk.NOT_ASSESSED));
			events.publishEvent(new ReferralOverdue(id, view.createdBy(), ack));
			notifier.overdue(view, ack);
		}
	}
}
