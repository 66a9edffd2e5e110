package org.sightline.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.GovukFormErrors;
import org.sightline.shared.MutableClock;
import org.sightline.shared.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Learning records, teams and the team view through the pages and the API, with the real database:
 * a required course comes due for renewal as the clock moves; each person reads only their own; a
 * partner practitioner and an analyst are refused; bad input is shown and stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestClock.class)
class LearningTests {

	static final String PASSWORD = "learning-test-password";

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
	ZoneId displayZone;

	Instant started;

	String suffix;

	String team;

	String learner;

	String teamSupervisor;

	String otherLearner;

	@BeforeEach
	void aTeamOfItsOwn() throws Exception {
		started = clock.instant();
		suffix = UUID.randomUUID().toString().substring(0, 8);
		team = "learning-" + suffix;
		learner = account("learner-" + suffix, "Lee Learner " + suffix, "RESPONDER");
		teamSupervisor = account("sgt-" + suffix, "Sgt Sam Team " + suffix, "SUPERVISOR");
		otherLearner = account("other-" + suffix, "Olu Other " + suffix, "CALL_HANDLER");
		for (String member : List.of(learner, teamSupervisor)) {
			mvc.perform(post("/learning/teams").with(as("trainer")).with(csrf()).param("username", member).param("team", team))
				.andExpect(status().is3xxRedirection());
		}
		mvc.perform(post("/learning/teams").with(as("admin")).with(csrf()).param("username", otherLearner)
			.param("team", "elsewhere-" + suffix)).andExpect(status().is3xxRedirection());
	}

	@AfterEach
	void clockBack() {
		clock.setTo(started);
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

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), displayZone);
	}

	Element rowOf(String html, String name, String course) {
		return Jsoup.parse(html).select("#due tbody tr").stream()
			.filter(tr -> tr.child(0).text().equals(name) && tr.child(1).text().equals(course))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " / " + course + " not in the team view"));
	}

	String page(String path, String username) throws Exception {
		return mvc.perform(get(path).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	long completions() {
		return jdbc.sql("select count(*) from learning.course_completion").query(Long.class).single();
	}

	@Test
	void a_required_course_due_for_renewal_appears_in_the_team_view_as_the_clock_moves() throws Exception {
		LocalDate completed = today().minusMonths(1);
		mvc.perform(post("/api/v1/learning/records").with(httpBasic("trainer", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"%s","course":"VULNERABILITY_THRIVE","provider":"Force training school","completedOn":"%s"}
					""".formatted(learner, completed)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.renewalDue").value(completed.plusMonths(36).toString()))
			.andExpect(jsonPath("$.courseTitle").value("Vulnerability and THRIVE"));
		String path = "/learning/teams/" + team;
		String name = "Lee Learner " + suffix;
		assertThat(rowOf(page(path, "trainer"), name, "Vulnerability and THRIVE").child(2).text()).isEqualTo("Done");

		// 35 months on: the renewal is 30 days away, inside the 60 days
		clock.advance(Duration.ofDays(today().plusMonths(35).minusDays(30).toEpochDay() - today().toEpochDay()));
		String html = page(path, "trainer");
		assertThat(rowOf(html, name, "Vulnerability and THRIVE").child(2).text()).isEqualTo("Due for renewal");
		mvc.perform(get("/api/v1" + path).with(httpBasic("trainer", "demo-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.courses[?(@.username == '%s' && @.course == 'VULNERABILITY_THRIVE')].status"
				.formatted(learner)).value("DUE_SOON"));
		// what needs doing comes first: the never-done courses above the one due, nothing done above either
		List<String> statuses = Jsoup.parse(html).select("#due tbody tr").stream().map(tr -> tr.child(2).text()).toList();
		assertThat(statuses.indexOf("Due for renewal")).isGreaterThan(statuses.lastIndexOf("Never done"));
		assertThat(statuses).doesNotContain("Done");
		assertThat(Jsoup.parse(html).select("#members li").eachText()).containsExactly(name, "Sgt Sam Team " + suffix);

		// the team's own supervisor sees it too; past the date it is overdue, and first
		clock.advance(Duration.ofDays(40));
		html = page(path, teamSupervisor);
		assertThat(rowOf(html, name, "Vulnerability and THRIVE").child(2).text()).isEqualTo("Overdue");
		assertThat(Jsoup.parse(html).select("#due tbody tr").first().child(2).text()).isEqualTo("Overdue");
	}

	@Test
	void each_member_reads_their_own_learning_and_nobody_elses() throws Exception {
		mvc.perform(post("/api/v1/learning/records").with(httpBasic("trainer", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"%s","course":"DA_MATTERS","provider":"SafeLives","completedOn":"%s"}
					""".formatted(otherLearner, today().minusDays(3))))
			.andExpect(status().isCreated());
		String mine = page("/learning/me", learner);
		assertThat(mine).contains("Lee Learner " + suffix).doesNotContain("SafeLives").doesNotContain("Olu Other");
		assertThat(page("/learning/me", otherLearner)).contains("SafeLives").contains("Domestic abuse (DA Matters)");
		mvc.perform(get("/api/v1/learning/me").with(httpBasic(learner, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(learner))
			.andExpect(jsonPath("$.completions.length()").value(0))
			.andExpect(jsonPath("$.required[?(@.course == 'DA_MATTERS')].status").value("NEVER_DONE"));
		// a member of staff may not read their team's view, nor a supervisor another team's
		mvc.perform(get("/learning/teams/" + team).with(as(learner))).andExpect(status().isForbidden());
		mvc.perform(get("/learning/teams/elsewhere-" + suffix).with(as(teamSupervisor))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/learning/teams/elsewhere-" + suffix).with(httpBasic(teamSupervisor, PASSWORD)))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from audit.audit_entry where actor = :a and action = 'REFUSAL'")
			.param("a", teamSupervisor).query(Long.class).single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void partners_and_analysts_are_refused() throws Exception {
		for (String path : List.of("/learning/me", "/learning/teams/" + team, "/learning/teams", "/learning/records/new")) {
			mvc.perform(get(path).with(as("partner-csc"))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/learning/teams/" + team).with(as("analyst"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/learning/me").with(httpBasic("partner-csc", "demo-password")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/learning/teams/" + team).with(httpBasic("analyst", "demo-password")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/learning/records").with(httpBasic("supervisor", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
	}

	@Test
	void bad_input_to_the_form_is_shown_beside_each_field_keeps_what_was_typed_and_stores_nothing() throws Exception {
		long before = completions();
		String html = mvc.perform(post("/learning/records/new").with(as("trainer")).with(csrf())
			.param("username", learner)
			.param("course", "")
			.param("provider", "College of Policing")
			.param("completedOnDay", "31").param("completedOnMonth", "2").param("completedOnYear", "2026"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		GovukFormErrors.assertShownBeside(html, "course", "Choose the course");
		GovukFormErrors.assertShownBeside(html, "completedOn", "must be a real date");
		GovukFormErrors.assertKept(html, "provider", "College of Policing");
		GovukFormErrors.assertKept(html, "completedOn", "31");
		assertThat(Jsoup.parse(html).select("#username option[selected]").attr("value")).isEqualTo(learner);
		assertThat(completions()).isEqualTo(before);

		String teams = mvc.perform(post("/learning/teams").with(as("admin")).with(csrf()).param("username", learner)
			.param("team", "Not A Team!")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		GovukFormErrors.assertShownBeside(teams, "team", "lower-case letters");
		GovukFormErrors.assertKept(teams, "team", "Not A Team!");
		// a partner practitioner is never in a team
		String partner = mvc.perform(post("/learning/teams").with(as("trainer")).with(csrf()).param("username", "partner-csc")
			.param("team", team)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		GovukFormErrors.assertShownBeside(partner, "username", "Choose a member of staff from the list");
		assertThat(jdbc.sql("select team from identity.account where username = 'partner-csc'").query(String.class).optional())
			.isEmpty();
	}

	@Test
	void bad_input_to_the_api_is_a_problem_naming_each_field_and_stores_nothing() throws Exception {
		long before = completions();
		mvc.perform(post("/api/v1/learning/records").with(httpBasic("trainer", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"nobody-%s","course":"KNITTING","provider":"","completedOn":"%s","renewalDue":"2000-01-01"}
					""".formatted(suffix, today().plusDays(1))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(
					org.hamcrest.Matchers.containsInAnyOrder("username", "course", "provider", "completedOn", "renewalDue")));
		// a partner practitioner is not a member of staff
		mvc.perform(post("/api/v1/learning/records").with(httpBasic("trainer", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"partner-csc","course":"DA_MATTERS","provider":"SafeLives","completedOn":"%s"}
					""".formatted(today())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
		assertThat(completions()).isEqualTo(before);
	}

	@Test
	void the_learning_api_is_in_the_published_description() throws Exception {
		mvc.perform(get("/v3/api-docs").with(as("trainer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/learning/me'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/learning/teams/{team}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/learning/records'].post").exists());
	}
}
