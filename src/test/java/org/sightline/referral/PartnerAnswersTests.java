package org.sightline.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.sightline.referral.PartnerScenarios.PARTNER_CSC;
import static org.sightline.referral.PartnerScenarios.RESPONDER;
import static org.sightline.referral.ReferralIntegrationTests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sightline.SessionCookie;
import org.sightline.audit.AuditEntry;
import org.sightline.audit.AuditTrail;
import org.sightline.encounter.EncounterManagement;
import org.sightline.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Only the partner records the partner's answer; police record one only as received by phone, from a named person. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PartnerAnswersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReferralManagement referrals;

	@Autowired
	EncounterManagement encounters;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	long steps(ReferralView r) {
		return jdbc.sql("select count(*) from referral.referral_step where referral_id = :id").param("id", r.id())
			.query(Long.class).single();
	}

	@Test
	void police_cannot_record_the_partner_s_answer_without_naming_who_gave_it_by_phone_and_nothing_is_stored() throws Exception {
		ReferralView sent = PartnerScenarios.sentToChildrensSocialCare(referrals,
				PartnerScenarios.encounter(encounters, PartnerScenarios.uniqueName()), "AGES");
		long before = steps(sent);

		assertThatThrownBy(() -> as(RESPONDER, () -> referrals.accept(RESPONDER, sent.id(), "Allocated")))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(v -> v.field())
				.containsExactly("receivedByPhoneFrom"));
		assertThatThrownBy(() -> as(RESPONDER, () -> referrals.acknowledge(RESPONDER, sent.id(), "  ")))
			.isInstanceOf(InvalidInputException.class);

		// the page: the error summary, the field marked, what was typed kept; the referral unchanged
		MvcResult refused = mvc.perform(post("/referrals/" + sent.id() + "/accept").with(csrf())
			.with(user(users.loadUserByUsername("responder")))
			.param("text", "Allocated to the duty social worker"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("stepErrors"))
			.andReturn();
		// followed as a browser does, with the session cookie: the problems wait in the session
		mvc.perform(get("/referrals/" + sent.id()).with(user(users.loadUserByUsername("responder")))
			.cookie(SessionCookie.from(refused)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#accept-phone\"")))
			.andExpect(content().string(containsString("Enter the name of the person at the agency who gave you their answer by phone")))
			.andExpect(content().string(containsString("value=\"Allocated to the duty social worker\"")));

		ReferralView after = as(RESPONDER, () -> referrals.view(RESPONDER, sent.id()));
		assertThat(after.status()).isEqualTo(ReferralStatus.SENT);
		assertThat(steps(sent)).isEqualTo(before);
	}

	@Test
	void an_answer_police_received_by_phone_shows_as_received_by_phone_from_that_person_to_police_partner_and_audit() throws Exception {
		ReferralView sent = PartnerScenarios.sentToChildrensSocialCare(referrals,
				PartnerScenarios.encounter(encounters, PartnerScenarios.uniqueName()), "AGES");

		mvc.perform(post("/referrals/" + sent.id() + "/accept").with(csrf())
			.with(user(users.loadUserByUsername("responder")))
			.param("text", "Allocated")
			.param("receivedByPhoneFrom", "Dana Whitfield, duty manager"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeCount(1));

		mvc.perform(get("/referrals/" + sent.id()).with(user(users.loadUserByUsername("responder"))))
			.andExpect(content().string(containsString("received by phone from Dana Whitfield, duty manager (recorded by responder)")));
		mvc.perform(get("/partner/referrals/" + sent.id()).with(user(users.loadUserByUsername("partner-csc"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("received by phone from Dana Whitfield, duty manager")))
			.andExpect(content().string(not(containsString("recorded by responder"))));
		assertThat(as(PARTNER_CSC, () -> referrals.view(PARTNER_CSC, sent.id())).history())
			.filteredOn(s -> s.status() == ReferralStatus.ACCEPTED)
			.singleElement()
			.satisfies(s -> {
				assertThat(s.receivedByPhoneFrom()).isEqualTo("Dana Whitfield, duty manager");
				assertThat(s.by()).as("no police username for the partner").isNull();
			});
		assertThat(audit.entriesFor("REFERRAL", sent.id().toString())).extracting(AuditEntry::reason)
			.contains("Referral accepted (received by phone from Dana Whitfield, duty manager, recorded by police)");

		// the outcome by phone closes the referral: the partner sees no police username on any step
		as(RESPONDER, () -> referrals.recordOutcome(RESPONDER, sent.id(), "Child in need plan", "Dana Whitfield"));
		assertThat(as(PARTNER_CSC, () -> referrals.view(PARTNER_CSC, sent.id())).history())
			.extracting(ReferralView.Step::status)
			.contains(ReferralStatus.OUTCOME_RECORDED, ReferralStatus.CLOSED);
		assertThat(as(PARTNER_CSC, () -> referrals.view(PARTNER_CSC, sent.id())).history())
			.allSatisfy(step -> assertThat(step.by()).isNull());
	}

	@Test
	void the_partner_records_their_own_answer_without_a_phone_name() {
		ReferralView sent = PartnerScenarios.sentToChildrensSocialCare(referrals,
				PartnerScenarios.encounter(encounters, PartnerScenarios.uniqueName()), "AGES");
		ReferralView accepted = as(PARTNER_CSC,
				() -> referrals.accept(PARTNER_CSC, sent.id(), "Allocated", "North locality team", "ignored for a partner"));
		assertThat(accepted.status()).isEqualTo(ReferralStatus.ACCEPTED);
		assertThat(accepted.allocatedTeam()).isEqualTo("North locality team");
		assertThat(accepted.history()).filteredOn(s -> s.status() == ReferralStatus.ACCEPTED)
			.singleElement()
			.satisfies(s -> {
				assertThat(s.by()).isEqualTo("partner-csc");
				assertThat(s.receivedByPhoneFrom()).isNull();
			});
	}
}
