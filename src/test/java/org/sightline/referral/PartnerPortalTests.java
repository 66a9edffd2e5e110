package org.sightline.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.sightline.referral.PartnerScenarios.PARTNER_ASC;
import static org.sightline.referral.PartnerScenarios.PARTNER_CSC;
import static org.sightline.referral.ReferralIntegrationTests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sightline.GovukFormErrors;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditEntry;
import org.sightline.audit.AuditTrail;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.referral.internal.ReferrerQuestions;
import org.sightline.shared.RecordNotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The partner portal a practitioner would choose: a list they can search and filter, showing only
 * what was shared with their agency; a copy to print or keep as a PDF; questions to the referrer;
 * a home page of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PartnerPortalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReferralManagement referrals;

	@Autowired
	ReferrerQuestions questions;

	@Autowired
	EncounterManagement encounters;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	RequestPostProcessor signedIn(String username) {
		return user(users.loadUserByUsername(username));
	}

	long questionRows() {
		return jdbc.sql("select count(*) from referral.question").query(Long.class).single();
	}

	@Test
	void a_name_not_shared_with_the_agency_is_neither_shown_in_its_list_nor_found_by_search() throws Exception {
		String shared = PartnerScenarios.uniqueName();
		String notShared = PartnerScenarios.uniqueName();
		ReferralView withNames = PartnerScenarios.sentToChildrensSocialCare(referrals,
				PartnerScenarios.encounter(encounters, shared), "NAMES", "AGES");
		ReferralView withoutNames = PartnerScenarios.sentToChildrensSocialCare(referrals,
				PartnerScenarios.encounter(encounters, notShared), "AGES");

		mvc.perform(get("/partner/referrals").with(signedIn("partner-csc")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jesse " + shared)))
			.andExpect(content().string(containsString(withoutNames.reference())))
			.andExpect(content().string(not(containsString(notShared))))
			.andExpect(content().string(containsString("Name not shared (Child present)")));
		mvc.perform(get("/partner/referrals").param("q", notShared).with(signedIn("partner-csc")))
			.andExpect(content().string(containsString("No referral matches")))
			.andExpect(content().string(not(containsString(withoutNames.reference()))));
		mvc.perform(get("/partner/referrals").param("q", shared).with(signedIn("partner-csc")))
			.andExpect(content().string(containsString(withNames.reference())))
			.andExpect(content().string(not(containsString(withoutNames.reference()))));
	}

	@Test
	void a_search_too_long_to_be_a_name_is_shown_in_the_error_summary_and_beside_the_box_and_kept() throws Exception {
		String typed = "Jesse ".repeat(40).strip();
		String page = mvc.perform(get("/partner/referrals").param("q", typed).with(signedIn("partner-csc")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		GovukFormErrors.assertShownBeside(page, "q", "characters or fewer");
		GovukFormErrors.assertKept(page, "q", typed);
	}

	@Test
	void the_search_finds_a_referral_by_its_reference_and_the_status_filter_narrows_the_list() throws Exception {
		EncounterView e = PartnerScenarios.encounter(encounters, PartnerScenarios.uniqueName());
		ReferralView first = PartnerScenarios.sentToChildrensSocialCare(referrals, e, "AGES");
		ReferralView second = PartnerScenarios.sentToChildrensSocialCare(referrals, e, "AGES");
		as(PARTNER_CSC, () -> referrals.acknowledge(PARTNER_CSC, second.id()));

		mvc.perform(get("/partner/referrals").param("q", first.reference().toLowerCase()).with(signedIn("partner-csc")))
			.andExpect(content().string(containsString(first.reference())))
			.andExpect(content().string(not(containsString(second.reference()))));
		mvc.perform(get("/partner/referrals").param("status", "ACKNOWLEDGED").with(signedIn("partner-csc")))
			.andExpect(content().string(containsString(second.reference())))
			.andExpect(content().string(not(containsString(first.reference()))))
			.andExpect(content().string(containsString("<option value=\"ACKNOWLEDGED\" selected=\"selected\">Acknowledged</option>")));
		// a referral to another agency is never found, by reference or otherwise
		mvc.perform(get("/partner/referrals").param("q", first.reference()).with(signedIn("partner-asc")))
			.andExpect(content().string(containsString("No referral matches")))
			.andExpect(content().string(not(containsString("/partner/referrals/" + first.id()))));
	}

	@Test
	void the_partner_prints_the_referral_as_shared_or_downloads_it_as_a_pdf_and_each_copy_is_audited() throws Exception {
		String family = PartnerScenarios.uniqueName();
		ReferralView sent = PartnerScenarios.sentToChildrensSocialCare(referrals, PartnerScenarios.encounter(encounters, family),
				"AGES");

		mvc.perform(get("/partner/referrals/" + sent.id()).with(signedIn("partner-csc")))
			.andExpect(content().string(containsString("/partner/referrals/" + sent.id() + "/print")))
			.andExpect(content().string(containsString("/partner/referrals/" + sent.id() + "/pdf")));
		mvc.perform(get("/partner/referrals/" + sent.id() + "/print").with(signedIn("partner-csc")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(sent.reference())))
			.andExpect(content().string(containsString("Age 6")))
			.andExpect(content().string(containsString("sl-print")))
			.andExpect(content().string(not(containsString(family))));
		mvc.perform(get("/partner/referrals/" + sent.id() + "/pdf").with(signedIn("partner-csc")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", containsString(sent.reference() + ".pdf")));
		assertThat(audit.entriesFor("REFERRAL", sent.id().toString()))
			.filteredOn(a -> a.actor().equals("partner-csc") && a.action() == AuditAction.CONSULTATION)
			.extracting(AuditEntry::reason)
			.contains("Partner took a copy of a referral to their agency (print)",
					"Partner took a copy of a referral to their agency (PDF)");

		mvc.perform(get("/partner/referrals/" + sent.id() + "/print").with(signedIn("partner-asc"))).andExpect(status().isNotFound());
		mvc.perform(get("/partner/referrals/" + sent.id() + "/pdf").with(signedIn("partner-asc"))).andExpect(status().isNotFound());
	}

	@Test
	void a_partner_asks_the_referrer_a_question_and_the_police_see_it_on_the_referral_and_answer() throws Exception {
		ReferralView sent = PartnerScenarios.sentToChildrensSocialCare(referrals,
				PartnerScenarios.encounter(encounters, PartnerScenarios.uniqueName()), "AGES");

		mvc.perform(post("/referrals/" + sent.id() + "/questions").with(csrf()).with(signedIn("partner-csc"))
			.param("question", "Is the child at school tomorrow?"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/referrals/" + sent.id()).with(signedIn("responder")))
			.andExpect(content().string(containsString("Is the child at school tomorrow?")))
			.andExpect(content().string(containsString("Chloe Stone (children&#39;s social care), Children’s social care")));

		mvc.perform(post("/referrals/" + sent.id() + "/questions").with(csrf()).with(signedIn("responder"))
			.param("question", "Yes: the school is told."))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/partner/referrals/" + sent.id()).with(signedIn("partner-csc")))
			.andExpect(content().string(containsString("Is the child at school tomorrow?")))
			.andExpect(content().string(containsString("Yes: the school is told.")))
			.andExpect(content().string(containsString("The police")))
			.andExpect(content().string(not(containsString("PC Ravi Rao"))));

		assertThat(audit.entriesFor("REFERRAL", sent.id().toString())).extracting(AuditEntry::reason)
			.contains("Question to the referrer asked", "Police answered the partner's question");
		// the officer who made the referral is told there is a question to answer
		assertThat(as(PartnerScenarios.RESPONDER, () -> referrals.deliveries(PartnerScenarios.RESPONDER, sent.id())))
			.anySatisfy(d -> {
				assertThat(d.recipient()).isEqualTo("responder@demo-constabulary.example");
				assertThat(d.eventType()).isEqualTo("REFERRAL_QUESTION");
			});
	}

	@Test
	void a_partner_of_another_agency_can_neither_see_nor_add_to_the_questions_and_nothing_is_stored() throws Exception {
		ReferralView sent = PartnerScenarios.sentToChildrensSocialCare(referrals,
				PartnerScenarios.encounter(encounters, PartnerScenarios.uniqueName()), "AGES");
		as(PARTNER_CSC, () -> questions.post(PARTNER_CSC, sent.id(), "Who has parental responsibility?"));
		long before = questionRows();

		assertThatThrownBy(() -> as(PARTNER_ASC, () -> questions.thread(PARTNER_ASC, sent.id())))
			.isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> as(PARTNER_ASC, () -> questions.post(PARTNER_ASC, sent.id(), "Anything?")))
			.isInstanceOf(RecordNotFoundException.class);
		mvc.perform(get("/api/v1/referrals/" + sent.id() + "/questions").with(httpBasic("partner-asc", "demo-password")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/referrals/" + sent.id() + "/questions").with(httpBasic("partner-asc", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Anything?\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/referrals/" + sent.id() + "/questions").with(csrf()).with(signedIn("partner-asc"))
			.param("question", "Anything?"))
			.andExpect(status().isNotFound());

		assertThat(questionRows()).isEqualTo(before);
		assertThat(audit.entriesFor("REFERRAL", sent.id().toString()))
			.filteredOn(a -> a.actor().equals("partner-asc"))
			.extracting(AuditEntry::action)
			.isNotEmpty()
			.containsOnly(AuditAction.REFUSAL);
	}

	@Test
	void a_question_without_words_or_too_long_is_refused_as_a_problem_and_nothing_is_stored() throws Exception {
		ReferralView sent = PartnerScenarios.sentToChildrensSocialCare(referrals,
				PartnerScenarios.encounter(encounters, PartnerScenarios.uniqueName()), "AGES");
		long before = questionRows();
		mvc.perform(post("/api/v1/referrals/" + sent.id() + "/questions").with(httpBasic("partner-csc", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/referrals/" + sent.id() + "/questions").with(httpBasic("partner-csc", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"" + "x".repeat(2_001) + "\"}"))
			.andExpect(status().isBadRequest());
		assertThat(questionRows()).isEqualTo(before);

		mvc.perform(post("/api/v1/referrals/" + sent.id() + "/questions").with(httpBasic("partner-csc", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"When was the last incident?\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.side").value("PARTNER"));
	}

	@Test
	void a_partner_s_home_page_shows_referrals_waiting_for_their_answer_and_no_police_advice() throws Exception {
		ReferralView sent = PartnerScenarios.sentToChildrensSocialCare(referrals,
				PartnerScenarios.encounter(encounters, PartnerScenarios.uniqueName()), "AGES");
		mvc.perform(get("/").with(signedIn("partner-csc")))
			.andExpect(content().string(containsString("Waiting for your answer")))
			.andExpect(content().string(containsString(sent.reference())))
			.andExpect(content().string(containsString("How to respond")))
			.andExpect(content().string(not(containsString("Remember"))))
			.andExpect(content().string(not(containsString("Record vulnerabilities as facts"))));
		mvc.perform(get("/").with(signedIn("responder")))
			.andExpect(content().string(containsString("Remember")))
			.andExpect(content().string(not(containsString("Waiting for your answer"))));
	}
}
