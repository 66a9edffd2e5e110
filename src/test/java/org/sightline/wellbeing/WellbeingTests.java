package org.sightline.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.GovukFormErrors;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterRecorded;
import org.sightline.shared.MutableClock;
import org.sightline.shared.Situation;
import org.sightline.shared.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wellbeing through the encounter API, the pages and the wellbeing API, with the real database and
 * the after-commit listener: an encounter with a qualifying incident feature raises a prompt for the
 * member of staff who recorded it, which they and their team's wellbeing lead see and nobody else
 * (their supervisor and an analyst are refused, in the audit log); an encounter with nothing
 * qualifying raises nothing; a redelivered event records nothing twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestClock.class)
class WellbeingTests {

	static final String PASSWORD = "wellbeing-test-password";

	/** Where the demo accounts start, and where the wellbeing lead goes back to after each test. */
	static final String DEMO_TEAM = "demo-team";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	String suffix;

	String team;

	String responder;

	String responderName;

	String teamSupervisor;

	@BeforeEach
	void aTeamWithItsWellbeingLead() throws Exception {
		suffix = UUID.randomUUID().toString().substring(0, 8);
		team = "wellbeing-" + suffix;
		responderName = "Rae Responder " + suffix;
		responder = account("responder-" + suffix, responderName, "RESPONDER");
		teamSupervisor = account("sgt-" + suffix, "Sgt Sol Team " + suffix, "SUPERVISOR");
		for (String member : List.of(responder, teamSupervisor, "wellbeing")) {
			inTeam(member, team);
		}
	}

	@AfterEach
	void leadBackInTheDemoTeam() throws Exception {
		inTeam("wellbeing", DEMO_TEAM);
	}

	void inTeam(String username, String name) throws Exception {
		mvc.perform(post("/learning/teams").with(as("admin")).with(csrf()).param("username", username).param("team", name))
			.andExpect(status().is3xxRedirection());
	}

	String account(String username, String name, String role) {
		jdbc.sql("""
				insert into identity.account (username, display_name, password_hash, roles, demo, enabled)
				values (:username, :name, :hash, array[:role], false, true)
				""").param("username", username).param("name", name).param("hash", passwords.encode(PASSWORD))
			.param("role", role).update();
		return username;
	}

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	/** Records an encounter through the API as the responder; its id. */
	String encounter(String situation, String incidentFeatures, String vulnerabilities) throws Exception {
		return encounterBy(responder, situation, incidentFeatures, vulnerabilities);
	}

	/** Records an encounter through the API as this member of staff; its id. */
	String encounterBy(String recorder, String situation, String incidentFeatures, String vulnerabilities)
			throws Exception {
		String occurredAt = clock.instant().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
		String body = mvc.perform(post("/api/v1/encounters").with(httpBasic(recorder, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{ "source": "EMERGENCY_CALL", "occurredAt": "%s", "location": { "description": "Mill Lane" },
					  "situation": "%s", "narrative": "Wellbeing test",%s
					  "people": [ { "role": "SUBJECT", "description": "A person", "vulnerabilities": [%s] } ] }
					""".formatted(occurredAt, situation,
					incidentFeatures == null ? "" : " \"incidentFeatures\": [" + incidentFeatures + "],", vulnerabilities)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	/** Waits until the wellbeing listener has handled every publication of this encounter (a handled one is deleted). */
	void handled(String encounterId) {
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				select count(*) from event_publication
				where listener_id like '%ExposureListener%' and serialized_event like :id
				""").param("id", "%" + encounterId + "%").query(Long.class).single() == 0);
	}

	long exposures(String encounterId) {
		return jdbc.sql("select count(*) from wellbeing.exposure where encounter_id = cast(:id as uuid)")
			.param("id", encounterId).query(Long.class).single();
	}

	long refusals(String username) {
		return jdbc.sql("select count(*) from audit.audit_entry where actor = :actor and action = 'REFUSAL'")
			.param("actor", username).query(Long.class).single();
	}

	long exposuresOf(String username, String encounterId) {
		return jdbc.sql("select count(*) from wellbeing.exposure where username = :username and encounter_id = cast(:id as uuid)")
			.param("username", username).param("id", encounterId).query(Long.class).single();
	}

	@Test
	void a_responder_who_attended_an_encounter_someone_else_recorded_says_so_and_is_offered_support() throws Exception {
		String handler = account("handler-" + suffix, "Hal Handler " + suffix, "CALL_HANDLER");
		inTeam(handler, team);
		String childDeath = encounterBy(handler, "CHILD_CONCERN", "\"DEATH_OF_A_CHILD\"", "");
		handled(childDeath);
		assertThat(exposuresOf(handler, childDeath)).as("the call handler who recorded it").isEqualTo(1);
		assertThat(exposuresOf(responder, childDeath)).as("Sightline cannot know who else attended").isZero();

		assertThat(Jsoup.parse(page("/encounters/" + childDeath, responder)).select("#attended button").text())
			.isEqualTo("I attended this incident");
		assertThat(Jsoup.parse(page("/encounters/" + childDeath, handler)).select("#attended"))
			.as("not offered to the recorder: theirs is recorded").isEmpty();

		mvc.perform(post("/wellbeing/encounters/" + childDeath + "/attended").with(as(responder)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/api/v1/wellbeing/encounters/" + childDeath + "/attended").with(httpBasic(responder, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counted").value(true));
		assertThat(exposuresOf(responder, childDeath)).as("said twice, recorded once").isEqualTo(1);
		assertThat(Jsoup.parse(page("/wellbeing/me", responder)).text()).contains("Death of a child");
		assertThat(Jsoup.parse(page("/wellbeing/team", "wellbeing")).text()).as("their lead sees the prompt")
			.contains(responderName);

		String plain = encounterBy(handler, "CONCERN_FOR_WELFARE", null, "");
		handled(plain);
		assertThat(Jsoup.parse(page("/encounters/" + plain, responder)).select("#attended"))
			.as("an encounter in no exposure category offers nothing").isEmpty();
		mvc.perform(post("/api/v1/wellbeing/encounters/" + plain + "/attended").with(httpBasic(responder, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counted").value(false));
		assertThat(exposures(plain)).isZero();

		long before = refusals("analyst");
		mvc.perform(post("/api/v1/wellbeing/encounters/" + childDeath + "/attended")
			.with(httpBasic("analyst", "demo-password"))).andExpect(status().isForbidden());
		assertThat(refusals("analyst")).as("the refusal is in the audit log").isGreaterThan(before);
		assertThat(exposuresOf("analyst", childDeath)).isZero();
	}

	String page(String path, String username) throws Exception {
		return mvc.perform(get(path).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void an_exposure_prompt_is_raised_after_a_qualifying_encounter_and_is_visible_to_the_individual_and_the_wellbeing_lead_but_refused_to_their_supervisor_and_the_analyst()
			throws Exception {
		String encounterId = encounter("CHILD_CONCERN", "\"DEATH_OF_A_CHILD\"", "");
		handled(encounterId);
		assertThat(exposures(encounterId)).isEqualTo(1);
		String prompt = jdbc.sql("select id::text from wellbeing.exposure where encounter_id = cast(:id as uuid)")
			.param("id", encounterId).query(String.class).single();

		// the individual: the page and the API
		String mine = page("/wellbeing/me", responder);
		assertThat(Jsoup.parse(mine).select("main").text()).contains("You attended an incident that can affect anyone")
			.contains("Death of a child").contains("Would you like a conversation?").contains("I would like a conversation");
		mvc.perform(get("/api/v1/wellbeing/me").with(httpBasic(responder, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.prompts[0].id").value(prompt))
			.andExpect(jsonPath("$.prompts[0].categories[0]").value("CHILD_DEATH"))
			.andExpect(jsonPath("$.prompts[0].open").value(true))
			.andExpect(jsonPath("$.exposures[?(@.category == 'CHILD_DEATH')].count").value(1));

		// the team's wellbeing lead: the page and the API
		String lead = page("/wellbeing/team", "wellbeing");
		assertThat(Jsoup.parse(lead).select("main").text()).contains(responderName).contains("Death of a child");
		mvc.perform(get("/api/v1/wellbeing/team").with(httpBasic("wellbeing", "demo-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.team").value(team))
			.andExpect(jsonPath("$.openPrompts").value(1))
			.andExpect(jsonPath("$.prompts[0].displayName").value(responderName))
			.andExpect(jsonPath("$.counts[?(@.category == 'CHILD_DEATH')].count").value(1));

		// the team's supervisor: refused the team's figures, the lead's record, and the responder's prompt
		long supervisorRefusals = refusals(teamSupervisor);
		mvc.perform(get("/wellbeing/team").with(as(teamSupervisor))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/wellbeing/team").with(httpBasic(teamSupervisor, PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/wellbeing/prompts/" + prompt + "/conversation").with(httpBasic(teamSupervisor, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"DEFUSING\",\"outcome\":\"OFFERED\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/wellbeing/prompts/" + prompt + "/answer").with(httpBasic(teamSupervisor, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"NOT_NOW\"}"))
			.andExpect(status().isNotFound());
		assertThat(Jsoup.parse(page("/wellbeing/me", teamSupervisor)).select("main").text()).doesNotContain(responderName)
			.contains("Nothing in the last");
		assertThat(refusals(teamSupervisor)).as("the supervisor's refusals in the audit log").isEqualTo(supervisorRefusals + 4);
		assertThat(jdbc.sql("""
				select count(*) from audit.audit_entry where actor = :actor and action = 'REFUSAL'
				  and subject_type = 'WELLBEING_EXPOSURE' and subject_id = :prompt and reason like 'Special category (health): %'
				""").param("actor", teamSupervisor).param("prompt", prompt).query(Long.class).single())
			.as("the refused prompt, as special-category data").isEqualTo(1);

		// the analyst: refused too
		long analystRefusals = refusals("analyst");
		mvc.perform(get("/wellbeing/team").with(as("analyst"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/wellbeing/team").with(httpBasic("analyst", "demo-password"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/wellbeing/prompts/" + prompt + "/answer").with(httpBasic("analyst", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"WANTS_CONVERSATION\"}"))
			.andExpect(status().isNotFound());
		assertThat(refusals("analyst")).as("the analyst's refusals in the audit log").isEqualTo(analystRefusals + 3);

		// nothing about anyone's health changed by the refusals
		assertThat(jdbc.sql("select answer from wellbeing.exposure where id = cast(:id as uuid)").param("id", prompt)
			.query(String.class).optional()).isEmpty();
	}

	@Test
	void the_person_opts_in_and_the_lead_records_the_conversation_which_closes_the_prompt() throws Exception {
		String encounterId = encounter("CONCERN_FOR_WELFARE", null, "\"SELF_HARM_IN_PROGRESS\"");
		handled(encounterId);
		String prompt = jdbc.sql("select id::text from wellbeing.exposure where encounter_id = cast(:id as uuid)")
			.param("id", encounterId).query(String.class).single();

		// no answer chosen: shown beside the prompt, nothing stored
		String rejected = mvc.perform(post("/wellbeing/prompts/" + prompt + "/answer").with(as(responder)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		GovukFormErrors.assertShownBeside(rejected, "answer", "Choose whether you would like a conversation");
		mvc.perform(post("/api/v1/wellbeing/prompts/" + prompt + "/answer").with(httpBasic(responder, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"MAYBE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answer"));
		assertThat(jdbc.sql("select count(*) from wellbeing.exposure where id = cast(:id as uuid) and answer is not null")
			.param("id", prompt).query(Long.class).single()).isZero();

		mvc.perform(post("/wellbeing/prompts/" + prompt + "/answer").with(as(responder)).with(csrf())
			.param("answer", "WANTS_CONVERSATION")).andExpect(status().is3xxRedirection());
		assertThat(Jsoup.parse(page("/wellbeing/team", "wellbeing")).select("main").text()).contains(responderName)
			.contains("I would like a conversation").contains("Suicide or attempted suicide");

		// the lead's form: both fields named when left out, nothing stored
		String leadRejected = mvc.perform(post("/wellbeing/prompts/" + prompt + "/conversation").with(as("wellbeing"))
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		GovukFormErrors.assertShownBeside(leadRejected, "kind", "Choose the kind of conversation");
		GovukFormErrors.assertShownBeside(leadRejected, "outcome", "Choose whether the conversation was offered or held");
		mvc.perform(post("/api/v1/wellbeing/prompts/" + prompt + "/conversation").with(httpBasic("wellbeing", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"COFFEE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("kind", "outcome")));

		mvc.perform(post("/api/v1/wellbeing/prompts/" + prompt + "/conversation").with(httpBasic("wellbeing", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"TRIM\",\"outcome\":\"HELD\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.conversationOutcome").value("HELD"))
			.andExpect(jsonPath("$.open").value(false));
		mvc.perform(get("/api/v1/wellbeing/team").with(httpBasic("wellbeing", "demo-password")))
			.andExpect(jsonPath("$.openPrompts").value(0))
			.andExpect(jsonPath("$.counts[?(@.category == 'SUICIDE')].count").value(1));
		assertThat(Jsoup.parse(page("/wellbeing/me", responder)).select("main").text())
			.contains("TRiM (trauma risk management): held");
		assertThat(jdbc.sql("""
				select count(*) from audit.audit_entry where subject_type = 'WELLBEING_EXPOSURE' and subject_id = :prompt
				  and action = 'ALTERATION' and reason like 'Special category (health): %'
				""").param("prompt", prompt).query(Long.class).single()).as("the answer and the conversation, audited")
			.isEqualTo(2);
		assertThat(jdbc.sql("""
				select count(*) from audit.audit_entry where subject_type = 'WELLBEING_EXPOSURE'
				  and (subject_id = :who or detail like '%' || :who || '%' or detail like '%SUICIDE%' or detail like '%TRIM%')
				""").param("who", responder).query(Long.class).single())
			.as("the audit log, which supervisors read, names neither the person nor what they were exposed to").isZero();
	}

	@Test
	void a_lead_of_another_team_is_refused_a_prompt_as_one_that_does_not_exist() throws Exception {
		String encounterId = encounter("CHILD_CONCERN", "\"SEXUAL_ABUSE_OF_A_CHILD\"", "");
		handled(encounterId);
		String prompt = jdbc.sql("select id::text from wellbeing.exposure where encounter_id = cast(:id as uuid)")
			.param("id", encounterId).query(String.class).single();
		inTeam("wellbeing", "elsewhere-" + suffix);
		long before = refusals("wellbeing");
		mvc.perform(post("/api/v1/wellbeing/prompts/" + prompt + "/conversation").with(httpBasic("wellbeing", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"DEFUSING\",\"outcome\":\"OFFERED\"}"))
			.andExpect(status().isNotFound());
		assertThat(refusals("wellbeing")).isEqualTo(before + 1);
		assertThat(Jsoup.parse(page("/wellbeing/team", "wellbeing")).select("main").text()).doesNotContain(responderName);
	}

	@Test
	void an_encounter_without_qualifying_facts_raises_nothing() throws Exception {
		String encounterId = encounter("DOMESTIC_ABUSE", null, "\"MENTAL_ILL_HEALTH\"");
		String empty = encounter("MISSING_PERSON", "", "");
		handled(encounterId);
		handled(empty);
		assertThat(exposures(encounterId)).isZero();
		assertThat(exposures(empty)).isZero();
		mvc.perform(get("/api/v1/wellbeing/me").with(httpBasic(responder, PASSWORD)))
			.andExpect(jsonPath("$.prompts").isEmpty());
	}

	@Test
	void a_redelivered_event_records_nothing_twice() throws Exception {
		String encounterId = encounter("OTHER", "\"DEATH\", \"SERIOUS_VIOLENCE\"", "");
		handled(encounterId);
		assertThat(exposures(encounterId)).isEqualTo(1);
		transactions.executeWithoutResult(status -> events.publishEvent(new EncounterRecorded(
				new EncounterId(UUID.fromString(encounterId)), Situation.OTHER, Instant.now(clock), List.of(), responder)));
		handled(encounterId);
		assertThat(exposures(encounterId)).isEqualTo(1);
		assertThat(jdbc.sql("""
				select count(*) from audit.audit_entry where subject_type = 'WELLBEING_EXPOSURE' and action = 'COLLECTION'
				  and subject_id in (select id::text from wellbeing.exposure where encounter_id = cast(:encounter as uuid))
				""").param("encounter", encounterId).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void the_encounter_api_still_accepts_encounters_without_incident_features_and_names_an_unknown_one() throws Exception {
		String occurredAt = clock.instant().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
		String without = """
				{ "source": "ON_SCENE", "occurredAt": "%s", "location": { "description": "Mill Lane" },
				  "situation": "CONCERN_FOR_WELFARE", "narrative": "An older client",
				  "people": [ { "role": "SUBJECT", "description": "A person" } ] }
				""".formatted(occurredAt);
		mvc.perform(post("/api/v1/encounters").with(httpBasic(responder, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content(without)).andExpect(status().isCreated()).andExpect(jsonPath("$.incidentFeatures").isEmpty());
		long encounters = jdbc.sql("select count(*) from encounter.encounter").query(Long.class).single();
		mvc.perform(post("/api/v1/encounters").with(httpBasic(responder, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content(without.replace("\"narrative\"", "\"incidentFeatures\": [\"DEATH\", \"ALIENS\"], \"narrative\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("incidentFeatures[1]"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("ALIENS")));
		assertThat(jdbc.sql("select count(*) from encounter.encounter").query(Long.class).single())
			.as("nothing stored").isEqualTo(encounters);
	}

	@Test
	void the_encounter_page_asks_what_the_people_who_attended_dealt_with_and_shows_it() throws Exception {
		String form = page("/encounters/new", responder);
		assertThat(Jsoup.parse(form).select("#incidentFeatures legend").text())
			.contains("What the people who attended dealt with");
		assertThat(Jsoup.parse(form).select("#incidentFeatures-hint").text())
			.contains("it is never used to rank anyone");
		assertThat(Jsoup.parse(form).select("input[name=incidentFeatures]")).hasSize(6);
		String encounterId = encounter("CHILD_CONCERN", "\"DEATH_OF_A_CHILD\"", "");
		assertThat(Jsoup.parse(page("/encounters/" + encounterId, responder)).select("main").text())
			.contains("What the people who attended dealt with").contains("A child had died");
		handled(encounterId);
	}

	/** The demand dashboard shows nothing of wellbeing: no module but wellbeing itself reads it. */
	@Test
	void no_other_module_depends_on_wellbeing_so_the_demand_dashboard_shows_nothing_of_it() {
		var production = new com.tngtech.archunit.core.importer.ClassFileImporter()
			.withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.sightline");
		assertThat(production.contain("org.sightline.demand.internal.DemandListeners")).isTrue();
		com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
			.that().resideOutsideOfPackage("org.sightline.wellbeing..")
			.should().dependOnClassesThat().resideInAPackage("org.sightline.wellbeing..")
			.because("exposure is special-category data about staff: never in the demand figures, never read by another module")
			.check(production);
	}
}
