package org.sightline.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.sightline.assessment.AssessmentFixtures.initial;
import static org.sightline.assessment.AssessmentFixtures.reassessment;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.GovukFormErrors;
import org.sightline.assessment.AssessmentManagement;
import org.sightline.assessment.RecordAssessment;
import org.sightline.encounter.EncounterFixtures;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.identity.CurrentActor;
import org.sightline.shared.MutableClock;
import org.sightline.shared.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The safeguarding hub's triage queue, through its pages, with the real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestClock.class)
class HubTriageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EncounterManagement encounters;

	@Autowired
	AssessmentManagement assessments;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	EncounterView encounter;

	<T> T as(String username, Supplier<T> action) {
		var details = users.loadUserByUsername(username);
		var saved = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(saved);
		}
	}

	RequestPostProcessor hub() {
		return user(users.loadUserByUsername("hub"));
	}

	@BeforeEach
	void recordEncounter() {
		clock.setTo(TestClock.FRIDAY_AFTERNOON);
		encounter = as("handler", () -> encounters.record(CurrentActor.require(),
				EncounterFixtures.encounter(Instant.now(clock).minus(1, ChronoUnit.HOURS)), Optional.empty()).encounter());
	}

	List<RecordAssessment.PersonRisk> risks(String victim, String child) {
		return List.of(new RecordAssessment.PersonRisk(encounter.people().get(0).id(), victim),
				new RecordAssessment.PersonRisk(encounter.people().get(1).id(), child));
	}

	void assess(RecordAssessment command) {
		as("responder", () -> assessments.record(CurrentActor.require(), new EncounterId(encounter.id()), command));
	}

	long decisions() {
		return jdbc.sql("select count(*) from hub.triage_decision").query(Long.class).single();
	}

	@Test
	void an_assessed_encounter_with_a_child_waits_for_triage_and_leaves_the_queue_once_triaged() throws Exception {
		mvc.perform(get("/hub").with(hub()))
			.andExpect(content().string(not(containsString(encounter.reference()))));
		assess(initial(risks("HIGH", "MEDIUM")));

		mvc.perform(get("/hub").with(hub()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(encounter.reference())))
			.andExpect(content().string(containsString("High risk")))
			.andExpect(content().string(containsString("A child is involved")));
		mvc.perform(get("/hub/encounters/" + encounter.id()).with(hub()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Why it is here")))
			.andExpect(content().string(containsString("Strategy discussion arranged")));

		mvc.perform(post("/hub/encounters/" + encounter.id()).with(hub()).with(csrf())
			.param("version", "1").param("outcome", "STRATEGY_DISCUSSION").param("note", "Strategy discussion with CSC at 14:00."))
			.andExpect(redirectedUrl("/hub"));
		mvc.perform(get("/hub").with(hub()))
			.andExpect(content().string(not(containsString(encounter.reference()))));
	}

	@Test
	void an_untriaged_concern_leaves_the_queue_when_it_is_older_than_the_hubs_seven_day_look_back() throws Exception {
		assess(initial(risks("HIGH", "MEDIUM")));
		clock.advance(Duration.ofDays(7).minusMinutes(1));
		mvc.perform(get("/hub").with(hub()))
			.andExpect(content().string(containsString(encounter.reference())));
		clock.advance(Duration.ofMinutes(2));
		mvc.perform(get("/hub").with(hub()))
			.andExpect(content().string(not(containsString(encounter.reference()))));
	}

	@Test
	void a_re_assessment_puts_a_triaged_encounter_back_in_the_queue() throws Exception {
		assess(initial(risks("HIGH", "MEDIUM")));
		mvc.perform(post("/hub/encounters/" + encounter.id()).with(hub()).with(csrf())
			.param("version", "1").param("outcome", "NO_FURTHER_HUB_ACTION").param("note", "Referrals already made."))
			.andExpect(redirectedUrl("/hub"));
		assess(reassessment(initial(risks("HIGH", "HIGH")), "NEW_INFORMATION", "School called: child has bruises", 1,
				"EMERGENCY"));
		mvc.perform(get("/hub").with(hub()))
			.andExpect(content().string(containsString(encounter.reference())));
	}

	@Test
	void a_triage_without_an_outcome_shows_the_error_summary_keeps_what_was_typed_and_stores_nothing() throws Exception {
		assess(initial(risks("HIGH", "MEDIUM")));
		long before = decisions();
		String page = mvc.perform(post("/hub/encounters/" + encounter.id()).with(hub()).with(csrf())
			.param("version", "1").param("note", "Typed but no outcome chosen"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Select what the hub decided")))
			.andExpect(content().string(containsString("Typed but no outcome chosen")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		GovukFormErrors.assertShownBeside(page, "outcome", "Select what the hub decided");
		GovukFormErrors.assertKept(page, "note", "Typed but no outcome chosen");
		assertThat(decisions()).isEqualTo(before);
	}

	@Test
	void a_triage_of_a_version_that_is_no_longer_the_latest_is_refused_and_stores_nothing() throws Exception {
		assess(initial(risks("HIGH", "MEDIUM")));
		assess(reassessment(initial(risks("HIGH", "HIGH")), "NEW_INFORMATION", "More known", 1, "EMERGENCY"));
		long before = decisions();
		mvc.perform(post("/hub/encounters/" + encounter.id()).with(hub()).with(csrf())
			.param("version", "1").param("outcome", "NO_FURTHER_HUB_ACTION").param("note", "Read the old version."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("re-assessed while you were reading it")));
		assertThat(decisions()).isEqualTo(before);
	}
}
