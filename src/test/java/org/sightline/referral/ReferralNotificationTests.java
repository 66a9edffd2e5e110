package org.sightline.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.referral.ReferralIntegrationTests.PARTNER_CSC;
import static org.sightline.referral.ReferralIntegrationTests.RESPONDER;
import static org.sightline.referral.ReferralIntegrationTests.as;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sightline.encounter.EncounterFixtures;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.notification.Channel;
import org.sightline.notification.DeliveryStatus;
import org.sightline.partnership.ContactRoute;
import org.sightline.partnership.ContactRouteKind;
import org.sightline.partnership.PartnerAgencies;
import org.sightline.partnership.PartnerAgency;
import org.sightline.partnership.UpdatePartnerAgency;
import org.sightline.shared.Actor;
import org.sightline.shared.Agency;
import org.sightline.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** Sending and answering a referral puts notifications in the outbox, visible on the referral. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ReferralNotificationTests {

	static final Actor ADMIN = new Actor("admin", "Admin", Set.of(Role.ADMIN), Optional.empty());

	@Autowired
	ReferralManagement referrals;

	@Autowired
	EncounterManagement encounters;

	@Autowired
	PartnerAgencies agencies;

	@Test
	void sending_notifies_the_agency_by_its_email_and_webhook_routes_and_an_answer_notifies_the_sender() {
		PartnerAgency csc = agencies.find(Agency.CHILDRENS_SOCIAL_CARE).orElseThrow();
		as(ADMIN, () -> agencies.update(ADMIN, new UpdatePartnerAgency(Agency.CHILDRENS_SOCIAL_CARE, csc.revision(), csc.name(),
				List.of(new ContactRoute(ContactRouteKind.SECURE_EMAIL, "mash@anytown.gov.uk", "Office hours"),
						new ContactRoute(ContactRouteKind.WEBHOOK, "https://127.0.0.1:9/sightline", "24 hours")),
				csc.workingHours(), csc.outOfHours())));
		EncounterView e = as(RESPONDER, () -> encounters.record(RESPONDER,
				EncounterFixtures.encounter(Instant.now().minus(1, ChronoUnit.HOURS)), Optional.empty()).encounter());
		ReferralView sent = as(RESPONDER, () -> referrals.create(RESPONDER,
				ReferralIntegrationTests.childReferral(e, "CHILDRENS_SOCIAL_CARE", List.of("AGES"))));

		List<DeliveryStatus> afterSend = as(RESPONDER, () -> referrals.deliveries(RESPONDER, sent.id()));
		assertThat(afterSend).extracting(DeliveryStatus::channel, DeliveryStatus::recipient, DeliveryStatus::eventType)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Channel.EMAIL, "mash@anytown.gov.uk", "REFERRAL_SENT"),
					org.assertj.core.groups.Tuple.tuple(Channel.WEBHOOK, "https://127.0.0.1:9/sightline", "REFERRAL_SENT"));

		as(PARTNER_CSC, () -> referrals.accept(PARTNER_CSC, sent.id(), null));
		assertThat(as(RESPONDER, () -> referrals.deliveries(RESPONDER, sent.id())))
			.anySatisfy(d -> {
				assertThat(d.recipient()).isEqualTo("responder@demo-constabulary.example");
				assertThat(d.eventType()).isEqualTo("REFERRAL_ACCEPTED");
			});
	}
}
