package org.sightline.referral.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.sightline.notification.Notification;
import org.sightline.notification.Notifications;
import org.sightline.partnership.ContactRouteKind;
import org.sightline.partnership.PartnerAgencies;
import org.sightline.referral.ReferralManagement;
import org.sightline.referral.ReferralView;
import org.sightline.shared.SightlineSettings;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Tells people about referrals through the notification outbox, in the same transaction as the
 * change: the receiving agency when a referral is sent or overdue (by each e-mail and webhook
 * route it has), and the officer who sent it when the partner answers or is late. Messages carry
 * the reference and dates only, never personal data: the reader signs in to see the referral.
 */
@Component
public class ReferralNotifier {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm");

	private final Notifications notifications;
	private final PartnerAgencies agencies;
	private final ZoneId zone;
	private final String staffEmailPattern;
	private final String baseUrl;

	ReferralNotifier(Notifications notifications, PartnerAgencies agencies, ZoneId displayZone,
			SightlineSettings settings) {
		this.notifications = notifications;
		this.agencies = agencies;
		this.zone = displayZone;
		this.staffEmailPattern = settings.notification().staffEmailPattern();
		this.baseUrl = settings.baseUrl();
	}

	public void sent(ReferralView r) {
		toAgency(r, "REFERRAL_SENT", "New referral " + r.reference(),
				"A referral (" + r.reference() + ") has been sent to your agency.\n\nPlease acknowledge it by "
						+ WHEN.format(r.ackDueAt().atZone(zone)) + " and accept or decline it by "
						+ WHEN.format(r.decisionDueAt().atZone(zone)) + ".\n\nSign in to read it: " + baseUrl
						+ "/partner/referrals\n\nThis message holds no personal data.");
	}

	void overdue(ReferralView r, boolean acknowledgement) {
		String what = acknowledgement ? "acknowledged" : "accepted or declined";
		toAgency(r, "REFERRAL_OVERDUE", "Overdue referral " + r.reference(),
				"Referral " + r.reference() + " has not been " + what + " in time. Sign in to answer it: " + baseUrl
						+ "/partner/referrals");
		toSender(r, "REFERRAL_OVERDUE", "Your referral " + r.reference() + " is overdue",
				"Your referral " + r.reference() + " to " + r.receivingAgency() + " has not been " + what
						+ " in time. It has gone to your supervisor. " + baseUrl + "/referrals/" + r.id());
	}

	public void answered(ReferralView r) {
		toSender(r, "REFERRAL_" + r.status().name(), "Referral " + r.reference() + ": " + Referral.describe(r.status()),
				"Your referral " + r.reference() + " to " + r.receivingAgency() + " is now " + Referral.describe(r.status())
						+ ". " + baseUrl + "/referrals/" + r.id());
	}

	/** The agency asked the referrer a question: the officer who made the referral is told to answer it. */
	void asked(ReferralView r) {
		toSender(r, "REFERRAL_QUESTION", "A question about your referral " + r.reference(),
				"The agency has asked a question about your referral " + r.reference() + ". Answer it on the referral: "
						+ baseUrl + "/referrals/" + r.id());
	}

	/** The police answered the agency's question. */
	void answeredQuestion(ReferralView r) {
		toAgency(r, "REFERRAL_ANSWER", "An answer about referral " + r.reference(),
				"The police have answered a question about referral " + r.reference() + ". Sign in to read it: " + baseUrl
						+ "/partner/referrals/" + r.id() + "\n\nThis message holds no personal data.");
	}

	private void toAgency(ReferralView r, String event, String subject, String text) {
		agencies.find(r.receivingAgency()).ifPresent(agency -> agency.contactRoutes().forEach(route -> {
			if (route.kind() == ContactRouteKind.EMAIL || route.kind() == ContactRouteKind.SECURE_EMAIL) {
				notifications.enqueue(Notification.email(route.value(), subject, text, ReferralManagement.AUDIT_SUBJECT,
						r.id().toString(), event));
			}
			else if (route.kind() == ContactRouteKind.WEBHOOK) {
				notifications.enqueue(Notification.webhook(route.value(), """
						{"reference":"%s","agency":"%s","status":"%s","acknowledgeBy":"%s","decideBy":"%s"}"""
					.formatted(r.reference(), r.receivingAgency(), r.status(), r.ackDueAt(), r.decisionDueAt()),
						ReferralManagement.AUDIT_SUBJECT, r.id().toString(), event));
			}
		}));
	}

	private void toSender(ReferralView r, String event, String subject, String text) {
		if (StringUtils.hasText(staffEmailPattern) && r.createdBy() != null) {
			notifications.enqueue(Notification.email(staffEmailPattern.formatted(r.createdBy()), subject, text,
					ReferralManagement.AUDIT_SUBJECT, r.id().toString(), event));
		}
	}
}
