package org.sightline.referral;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.sightline.referral.ReferralIntegrationTests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.partnership.ContactRoute;
import org.sightline.partnership.ContactRouteKind;
import org.sightline.partnership.PartnerAgencies;
import org.sightline.partnership.PartnerAgency;
import org.sightline.partnership.UpdatePartnerAgency;
import org.sightline.referral.internal.AgencyRoutes;
import org.sightline.shared.Agency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The referral page reads the agency's routes when it is shown, not as they were when the referral was sent. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class AgencyRoutesAtViewTimeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReferralManagement referrals;

	@Autowired
	EncounterManagement encounters;

	@Autowired
	PartnerAgencies agencies;

	@Autowired
	UserDetailsService users;

	@Test
	void a_route_added_to_the_agency_after_the_referral_was_sent_shows_on_the_referral_page() throws Exception {
		PartnerAgency housing = agencies.find(Agency.HOUSING).orElseThrow();
		EncounterView e = PartnerScenarios.encounter(encounters, PartnerScenarios.uniqueName());
		ReferralView sent = as(PartnerScenarios.RESPONDER, () -> referrals.create(PartnerScenarios.RESPONDER,
				new CreateReferral(e.id(), "HOUSING", List.of(e.people().get(0).id()), "Needs a safe place to live", null,
						List.of("NAMES"), "CONSENT", "GIVEN", null, true)));
		var responder = user(users.loadUserByUsername("responder"));
		try {
			if (housing.contactRoutes().stream().noneMatch(AgencyRoutes::notifiable)) {
				mvc.perform(get("/referrals/" + sent.id()).with(responder))
					.andExpect(content().string(containsString("Send them the PDF")));
			}
			var withEmail = new java.util.ArrayList<>(housing.contactRoutes());
			withEmail.add(new ContactRoute(ContactRouteKind.EMAIL, "housing-options@example.gov.uk", null));
			as(PartnerScenarios.ADMIN, () -> agencies.update(PartnerScenarios.ADMIN, new UpdatePartnerAgency(Agency.HOUSING,
					housing.revision(), housing.name(), withEmail, housing.workingHours(), housing.outOfHours())));

			mvc.perform(get("/referrals/" + sent.id()).with(responder))
				.andExpect(content().string(containsString("housing-options@example.gov.uk")))
				.andExpect(content().string(not(containsString("Send them the PDF"))));
		}
		finally {
			PartnerAgency now = agencies.find(Agency.HOUSING).orElseThrow();
			if (now.revision() != housing.revision()) {
				as(PartnerScenarios.ADMIN, () -> agencies.update(PartnerScenarios.ADMIN, new UpdatePartnerAgency(Agency.HOUSING,
						now.revision(), housing.name(), housing.contactRoutes().isEmpty()
								? List.of(new ContactRoute(ContactRouteKind.PHONE, "0300 123 4567", null)) : housing.contactRoutes(),
						housing.workingHours(), housing.outOfHours())));
			}
		}
	}
}
