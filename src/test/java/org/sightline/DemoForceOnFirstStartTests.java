package org.sightline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.sightline.assessment.AssessmentManagement;
import org.sightline.assessment.AssessmentView;
import org.sightline.chronology.Chronology;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.person.PersonId;
import org.sightline.referral.ReferralManagement;
import org.sightline.routing.RoutingDecisionView;
import org.sightline.routing.RoutingManagement;
import org.sightline.shared.OperationalRecordsLoaded;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Demo mode's first start generates a small invented force that the application's own readers,
 * pages and APIs accept, announces it, and a second start adds nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sightline.demo-force.encounters=500", "sightline.demo-records=true" })
@AutoConfigureMockMvc
class DemoForceOnFirstStartTests {

	static final String PASSWORD = "demo-password";

	@TestConfiguration
	static class Events {

		final List<OperationalRecordsLoaded> loaded = new CopyOnWriteArrayList<>();

		@EventListener
		void on(OperationalRecordsLoaded event) {
			loaded.add(event);
		}
	}

	@Autowired
	DemoForceOnFirstStart firstStart;

	@Autowired
	Events events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@Autowired
	EncounterManagement encounters;

	@Autowired
	AssessmentManagement assessments;

	@Autowired
	RoutingManagement routing;

	@Autowired
	ReferralManagement referrals;

	@Autowired
	Chronology chronology;

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void the_first_start_generates_a_force_once_and_announces_it() throws Exception {
		assertThat(count("select count(*) from encounter.encounter where recorded_by like 'demo-force.%'")).isEqualTo(500);
		assertThat(count("select count(*) from encounter.encounter where recorded_by = 'responder'"))
			.as("DemoRecords' six first, kept").isEqualTo(6);
		assertThat(count("select count(*) from encounter.encounter_person p join encounter.encounter e on e.id = p.encounter_id "
				+ "where e.recorded_by like 'demo-force.%'")).isGreaterThan(500);
		assertThat(count("select count(*) from person.person_link where linked_by like 'demo-force.%'")).isGreaterThan(500);
		assertThat(count("select count(distinct situation) from encounter.encounter where recorded_by like 'demo-force.%'"))
			.as("every situation").isEqualTo(org.sightline.shared.Situation.values().length);
		assertThat(count("select count(*) from assessment.thrive_assessment where assessed_by like 'demo-force.%' and version = 1"))
			.isEqualTo(500);
		assertThat(count("select count(*) from routing.routing_decision where decided_by like 'demo-force.%'")).isEqualTo(500);
		assertThat(count("""
				select count(*) from routing.routing_decision d join partnership.agreement_version a
				  on a.agreement_id = d.agreement_id and a.version = d.agreement_version
				where d.decided_by like 'demo-force.%'
				""")).as("decisions name the agreement the app seeded").isEqualTo(500);
		assertThat(count("select count(*) from routing.routing_decision where decided_by like 'demo-force.%' and outcome in "
				+ "('PARTNER_ONLY', 'NO_AGENCY_ACTION', 'PARTNER_PRIMARY_POLICE_SUPPORTING')")).isGreaterThan(50);
		assertThat(count("select count(*) from routing.caller_notice where recorded_by like 'demo-force.%'")).isGreaterThan(0);
		assertThat(count("select count(*) from routing.attendance where recorded_by like 'demo-force.%'")).isGreaterThan(100);
		assertThat(count("select count(*) from referral.referral where created_by like 'demo-force.%'")).isGreaterThan(20);
		assertThat(count("select count(*) from referral.referral_step s join referral.referral r on r.id = s.referral_id "
				+ "where r.created_by like 'demo-force.%'")).isGreaterThan(40);
		assertThat(count("""
				select count(*) from (select person_id from person.person_link where linked_by like 'demo-force.%'
				group by person_id having count(*) >= 3) repeat
				""")).as("people who come back").isGreaterThan(5);
		assertThat(count("select count(*) from audit.audit_entry where actor like 'demo-force.%'"))
			.as("bulk records have no audit entries").isZero();
		assertThat(events.loaded).extracting(OperationalRecordsLoaded::encounters).containsExactly(500L);

		firstStart.run(null);

		assertThat(count("select count(*) from encounter.encounter")).as("a second start adds nothing").isEqualTo(506);
		assertThat(events.loaded).hasSize(1);
	}

	@Test
	@WithUserDetails("supervisor")
	void generated_records_read_back_through_the_modules_and_their_pages() throws Exception {
		var supervisor = TestActors.SUPERVISOR;
		UUID encounter = jdbc.sql("""
				select e.id from encounter.encounter e join referral.referral r on r.encounter_id = e.id
				where e.recorded_by like 'demo-force.%' and r.status <> 'DRAFT' order by e.occurred_at limit 1
				""").query(UUID.class).single();
		UUID referral = jdbc.sql("select id from referral.referral where encounter_id = :id limit 1").param("id", encounter)
			.query(UUID.class).single();

		assertThat(encounters.view(supervisor, new EncounterId(encounter)).people()).isNotEmpty();
		List<AssessmentView> history = assessments.history(supervisor, new EncounterId(encounter));
		assertThat(history).isNotEmpty();
		assertThat(history.get(0).snapshot().people()).isNotEmpty();
		List<RoutingDecisionView> decisions = routing.decisions(supervisor, new EncounterId(encounter));
		assertThat(decisions).hasSize(1);
		assertThat(decisions.get(0).recommendation().agreement().id()).isEqualTo("national-rcrp");
		assertThat(referrals.view(supervisor, referral).shared().people()).isNotEmpty();

		mvc.perform(get("/encounters/" + encounter)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/encounters/" + encounter).with(httpBasic("supervisor", PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/encounters/" + encounter + "/routing-decisions").with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].outcome").exists());
		mvc.perform(get("/api/v1/referrals/" + referral).with(httpBasic("supervisor", PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/referrals/" + referral + "/fhir").with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk());

		// an s136 detention with its handover timer, and the chronology of someone who comes back
		UUID s136 = jdbc.sql("select encounter_id from routing.timer where code = 'HANDOVER' limit 1").query(UUID.class)
			.optional().orElse(null);
		if (s136 != null) {
			assertThat(TestActors.as(supervisor, () -> routing.decisions(supervisor, new EncounterId(s136))).get(0).timers())
				.isNotEmpty();
			mvc.perform(get("/encounters/" + s136)).andExpect(status().isOk());
		}
		UUID repeat = jdbc.sql("""
				select person_id from person.person_link where linked_by like 'demo-force.%'
				group by person_id order by count(*) desc limit 1
				""").query(UUID.class).single();
		assertThat(TestActors.as(supervisor, () -> chronology.open(supervisor, new PersonId(repeat), "Supervisor review"))
			.entries()).hasSizeGreaterThan(2);
	}

	@Test
	void the_demand_dashboard_is_alive_on_first_start_and_its_figures_are_the_generated_records() throws Exception {
		// the bulk load announced itself and the read model was rebuilt; the six recorded encounters came by events
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
				count("select count(*) from demand.encounter_demand")).isEqualTo(count("select count(*) from encounter.encounter")));
		assertThat(count("select count(*) from demand.referral_demand"))
			.isEqualTo(count("select count(*) from referral.referral where sent_at is not null"));
		assertThat(count("select coalesce(sum(officer_minutes), 0) from demand.encounter_demand")).isEqualTo(count("""
				select coalesce(sum(m), 0) from (select (sum(extract(epoch from (cleared_at - deployed_at)) / 60 * officers))::bigint m
				from routing.attendance where cleared_at is not null group by encounter_id) per_encounter"""));
		assertThat(count("select count(*) from demand.encounter_demand where outcome = 'PARTNER_ONLY'")).isEqualTo(count("""
				select count(*) from (select distinct on (encounter_id) outcome from routing.routing_decision
				order by encounter_id, decided_at desc, id) d where outcome = 'PARTNER_ONLY'"""));
		long encounters = count("select count(*) from encounter.encounter");
		long lastYear = count("select count(*) from encounter.encounter where occurred_at >= (date_trunc('month', now() at time zone 'Europe/London') - interval '11 months') at time zone 'Europe/London'");
		String page = mvc.perform(get("/demand").with(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("chief"))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(encounters).isGreaterThan(500);
		assertThat(page).contains("data-headline=\"encounters\">" + String.format("%,d", lastYear) + "<")
			.contains("Partner performance: referrals by agency");
	}
}
