package org.sightline.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.GovukFormErrors;
import org.sightline.browser.BrowserSupport;
import org.sightline.chronology.RecordsDisposed;
import org.sightline.encounter.EncounterFixtures;
import org.sightline.shared.MutableClock;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Learning from practice through the pages and the API, with the real database and a real SMTP server
 * (GreenMail) for the digest's e-mails: a debrief's theme, count and learning point reach the trainer's
 * digest for its period and leave it when the period moves on; who may record and read debriefs, and the
 * refusals in the audit log; bad input named field by field with nothing stored; the digest sent to a team
 * arrives in words, never codes, and the sending is logged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestClock.class)
class PracticeReviewTests {

	static final String PASSWORD = "practice-test-password";
	static final GreenMail SMTP;

	static {
		SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		SMTP.start();
	}

	static int freePort() {
		try (var socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
		registry.add("sightline.notification.poll-interval", () -> "1s");
		registry.add("sightline.notification.staff-email-pattern", () -> "%s@force.example");
	}

	@AfterAll
	static void stopSmtp() {
		SMTP.stop();
	}

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

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	Instant started;

	String suffix;

	@BeforeEach
	void remember() {
		started = clock.instant();
		suffix = UUID.randomUUID().toString().substring(0, 8);
	}

	@AfterEach
	void clockBack() {
		clock.setTo(started);
	}

	String account(String username, String role) {
		jdbc.sql("""
				insert into identity.account (username, display_name, password_hash, roles, demo, enabled)
				values (:username, :name, :hash, array[:role], false, true)
				""").param("username", username).param("name", "Test " + username).param("hash", passwords.encode(PASSWORD))
			.param("role", role).update();
		return username;
	}

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	/** An encounter the user recorded through the API; its id. */
	String encounterBy(String username, String password) throws Exception {
		String body = mvc.perform(post("/api/v1/encounters").with(httpBasic(username, password))
			.contentType(MediaType.APPLICATION_JSON).content(EncounterFixtures.CONTRACT_EXAMPLE_JSON))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	String debriefJson(String encounter, String kind, String toLearn, String... themes) {
		return """
				{"encounterId":"%s","kind":"%s","bwvReference":"BWV-%s","wentWell":"Calm and clear","toLearn":"%s",
				 "guideline":"COMMUNICATION","themes":[%s]}
				""".formatted(encounter, kind, suffix, toLearn,
				String.join(",", Arrays.stream(themes).map(t -> "\"" + t + "\"").toList()));
	}

	long reviews() {
		return jdbc.sql("select count(*) from learning.practice_review").query(Long.class).single();
	}

	long refusals(String username) {
		return jdbc.sql("select count(*) from audit.audit_entry where actor = :a and action = 'REFUSAL'")
			.param("a", username).query(Long.class).single();
	}

	String page(String path, String username) throws Exception {
		return mvc.perform(get(path).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	/** The count the trainer's digest API gives a theme in the default period (0 when the theme is not there). */
	int digestCount(String theme) throws Exception {
		String body = mvc.perform(get("/api/v1/learning/digest").with(httpBasic("trainer", "demo-password")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Integer> counts = JsonPath.read(body, "$.themes[?(@.theme == '" + theme + "')].count");
		return counts.isEmpty() ? 0 : counts.get(0);
	}

	/** The theme's block on the digest page, by its label. */
	static Element themeOnPage(Document digest, String label) {
		return digest.select("#themes > div").stream()
			.filter(d -> d.selectFirst("h3 span").text().equals(label))
			.findFirst()
			.orElse(null);
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), displayZone);
	}

	@Test
	void a_debriefs_theme_appears_in_the_digest_for_its_period_and_not_after_it() throws Exception {
		String encounter = encounterBy("responder", "demo-password");
		int before = digestCount("CURIOSITY");
		String point = "Ask who else lives at the address " + suffix;
		mvc.perform(post("/api/v1/learning/debriefs").with(httpBasic("responder", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(debriefJson(encounter, "DEBRIEF", point, "CURIOSITY", "CLUES")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind.label").value("Debrief"))
			.andExpect(jsonPath("$.themes[*].label").value(org.hamcrest.Matchers.contains("Clues", "Curiosity")));
		// and one through the page, by a supervisor
		String pagePoint = "Explain next steps without jargon " + suffix;
		mvc.perform(post("/learning/debriefs/new").with(as("supervisor")).with(csrf())
			.param("encounterId", encounter).param("kind", "BWV_REVIEW").param("bwvReference", "BWV-" + suffix)
			.param("toLearn", pagePoint).param("guideline", "COMMUNICATION").param("themes", "CURIOSITY"))
			.andExpect(status().is3xxRedirection());

		assertThat(digestCount("CURIOSITY")).isEqualTo(before + 2);
		mvc.perform(get("/api/v1/learning/digest").with(httpBasic("trainer", "demo-password")))
			.andExpect(jsonPath("$.themes[?(@.theme == 'CURIOSITY')].label").value("Curiosity"))
			.andExpect(jsonPath("$.themes[?(@.theme == 'CURIOSITY')].points[*]").value(
					org.hamcrest.Matchers.hasItems(point, pagePoint)))
			.andExpect(jsonPath("$.from").value(today().minusDays(29).toString()))
			.andExpect(jsonPath("$.to").value(today().toString()));
		Document digest = Jsoup.parse(page("/learning/digest", "trainer"));
		Element curiosity = themeOnPage(digest, "Curiosity");
		assertThat(curiosity).as("Curiosity on the digest page").isNotNull();
		assertThat(curiosity.selectFirst(".govuk-caption-m").text()).isEqualTo((before + 2) + " debriefs");
		assertThat(curiosity.select("li").eachText()).contains(point, pagePoint);
		assertThat(themeOnPage(digest, "Clues").select("li").eachText()).contains(point);
		// the digest names no encounter and no member of staff
		String reference = JsonPath.read(mvc.perform(get("/api/v1/encounters/" + encounter)
			.with(httpBasic("responder", "demo-password"))).andReturn().getResponse().getContentAsString(), "$.reference");
		assertThat(digest.selectFirst("main").text()).doesNotContain(reference).doesNotContain("Test ")
			.doesNotContain("Demo Responder");
		assertThat(BrowserSupport.INTERNAL_CODE.matcher(digest.selectFirst("main").text()).find()).isFalse();

		// forty days on, the default period has moved past it; a period that covers the day still shows it
		LocalDate recorded = today();
		clock.advance(Duration.ofDays(40));
		String later = mvc.perform(get("/api/v1/learning/digest").with(httpBasic("trainer", "demo-password")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(later).doesNotContain(point).doesNotContain(pagePoint);
		assertThat(Jsoup.parse(page("/learning/digest", "trainer")).text()).doesNotContain(point);
		mvc.perform(get("/api/v1/learning/digest").param("from", recorded.toString()).param("to", recorded.toString())
			.with(httpBasic("trainer", "demo-password")))
			.andExpect(jsonPath("$.themes[?(@.theme == 'CURIOSITY')].points[*]").value(org.hamcrest.Matchers.hasItem(point)));
		String chosen = page("/learning/digest?fromDay=" + recorded.getDayOfMonth() + "&fromMonth=" + recorded.getMonthValue()
				+ "&fromYear=" + recorded.getYear() + "&toDay=" + recorded.getDayOfMonth() + "&toMonth="
				+ recorded.getMonthValue() + "&toYear=" + recorded.getYear(), "trainer");
		assertThat(themeOnPage(Jsoup.parse(chosen), "Curiosity").select("li").eachText()).contains(point, pagePoint);
	}

	/**
	 * Over generated days and periods: a debrief is in the digest of a period exactly when the day it was
	 * recorded (in the force's time zone) is within the period, both ends included.
	 */
	@Test
	void the_debriefs_of_an_encounter_a_records_review_disposes_of_are_deleted_with_it() throws Exception {
		String disposed = encounterBy("responder", "demo-password");
		String kept = encounterBy("responder", "demo-password");
		for (String encounter : List.of(disposed, kept)) {
			mvc.perform(post("/api/v1/learning/debriefs").with(httpBasic("responder", "demo-password"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(debriefJson(encounter, "DEBRIEF", "Check the household " + suffix, "CURIOSITY")))
				.andExpect(status().isCreated());
		}

		// as the records review publishes it, in the transaction that deleted the encounter
		transactions.executeWithoutResult(tx -> events.publishEvent(
				new RecordsDisposed(List.of(UUID.randomUUID()), List.of(UUID.fromString(disposed)))));

		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> debriefsOf(disposed) == 0);
		assertThat(debriefsOf(kept)).as("another encounter's debrief stays").isEqualTo(1);
		assertThat(jdbc.sql("""
				select count(*) from audit.audit_entry
				where action = 'ERASURE' and reason = 'Records review: debriefs of disposed encounters deleted'
				""").query(Long.class).single()).isPositive();
	}

	long debriefsOf(String encounter) {
		return jdbc.sql("select count(*) from learning.practice_review where encounter_id = cast(:id as uuid)")
			.param("id", encounter).query(Long.class).single();
	}

	@Test
	void a_debrief_is_in_the_digest_exactly_when_the_day_it_was_recorded_is_within_the_period() throws Exception {
		String encounter = encounterBy("responder", "demo-password");
		Instant now = clock.instant();
		org.quicktheories.QuickTheory.qt().withExamples(20).withShrinkCycles(0)
			.forAll(org.quicktheories.generators.SourceDSL.integers().between(0, 12),
					org.quicktheories.generators.SourceDSL.integers().between(0, 12),
					org.quicktheories.generators.SourceDSL.integers().between(0, 6))
			.checkAssert((recordedDaysAgo, fromDaysAgo, days) -> {
				try {
					String point = "Point " + UUID.randomUUID();
					clock.setTo(now.minus(Duration.ofDays(recordedDaysAgo)));
					LocalDate recorded = today();
					mvc.perform(post("/api/v1/learning/debriefs").with(httpBasic("responder", "demo-password"))
						.contentType(MediaType.APPLICATION_JSON).content(debriefJson(encounter, "DEBRIEF", point, "NDM")))
						.andExpect(status().isCreated());
					clock.setTo(now);
					LocalDate from = today().minusDays(fromDaysAgo);
					LocalDate to = from.plusDays(days);
					String digest = mvc.perform(get("/api/v1/learning/digest").param("from", from.toString())
						.param("to", to.toString()).with(httpBasic("trainer", "demo-password")))
						.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
					assertThat(digest.contains(point)).as("recorded " + recorded + ", period " + from + " to " + to)
						.isEqualTo(!recorded.isBefore(from) && !recorded.isAfter(to));
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
	}

	@Test
	void the_recorder_and_supervisors_may_record_a_debrief_others_are_refused_and_audited() throws Exception {
		String encounter = encounterBy("responder", "demo-password");
		String colleague = account("colleague-" + suffix, "RESPONDER");
		// the encounter page offers the link to its recorder and a supervisor, not to a colleague reading a live incident
		assertThat(page("/encounters/" + encounter, "responder")).contains("Record a debrief");
		assertThat(page("/encounters/" + encounter, "supervisor")).contains("Record a debrief");
		assertThat(page("/encounters/" + encounter, colleague)).doesNotContain("Record a debrief");
		long before = reviews();
		long colleagueRefusals = refusals(colleague);
		mvc.perform(get("/learning/debriefs/new").param("encounter", encounter).with(as(colleague)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/learning/debriefs").with(httpBasic(colleague, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(debriefJson(encounter, "DEBRIEF", "Point", "NDM")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("encounterId"));
		assertThat(refusals(colleague)).isEqualTo(colleagueRefusals + 2);
		// an analyst and a partner practitioner may neither record nor read; a trainer reads but does not record
		for (String refused : List.of("analyst", "partner-csc")) {
			long refusalsBefore = refusals(refused);
			mvc.perform(get("/learning/debriefs").with(as(refused))).andExpect(status().isForbidden());
			mvc.perform(get("/learning/debriefs/new").param("encounter", encounter).with(as(refused)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/learning/debriefs").with(httpBasic(refused, "demo-password")))
				.andExpect(status().isForbidden());
			mvc.perform(post("/api/v1/learning/debriefs").with(httpBasic(refused, "demo-password"))
				.contentType(MediaType.APPLICATION_JSON).content(debriefJson(encounter, "DEBRIEF", "Point", "NDM")))
				.andExpect(status().isForbidden());
			mvc.perform(get("/learning/digest").with(as(refused))).andExpect(status().isForbidden());
			assertThat(refusals(refused)).as(refused + "'s refusals in the audit log").isGreaterThanOrEqualTo(refusalsBefore + 5);
		}
		mvc.perform(post("/api/v1/learning/debriefs").with(httpBasic("trainer", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON).content(debriefJson(encounter, "DEBRIEF", "Point", "NDM")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/learning/digest").with(as("supervisor"))).andExpect(status().isForbidden());
		assertThat(reviews()).isEqualTo(before);

		// the recorder records one; they and supervisors and trainers read it, the colleague does not
		String point = "Check for children in the household " + suffix;
		mvc.perform(post("/api/v1/learning/debriefs").with(httpBasic("responder", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON).content(debriefJson(encounter, "DEBRIEF", point, "PARTNERSHIP")))
			.andExpect(status().isCreated());
		for (String reader : List.of("responder", "supervisor", "trainer")) {
			assertThat(page("/learning/debriefs?theme=PARTNERSHIP", reader)).as(reader).contains(point);
		}
		assertThat(page("/learning/debriefs", colleague)).doesNotContain(point);
		assertThat(page("/learning/debriefs?theme=NDM", "supervisor")).doesNotContain(point);
		mvc.perform(get("/api/v1/learning/debriefs").param("theme", "PARTNERSHIP").with(httpBasic("trainer", "demo-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.toLearn == '%s')].guideline.label".formatted(point)).value("Communication"));
		assertThat(jdbc.sql("""
				select count(*) from audit.audit_entry where actor = 'responder' and action = 'COLLECTION'
				and subject_type = 'PRACTICE_REVIEW'""").query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("""
				select count(*) from audit.audit_entry where actor = 'trainer' and action = 'CONSULTATION'
				and subject_type = 'PRACTICE_REVIEW' and reason is not null""").query(Long.class).single()).isPositive();
	}

	@Test
	void bad_input_to_the_debrief_form_is_shown_beside_each_field_keeps_what_was_typed_and_stores_nothing()
			throws Exception {
		String encounter = encounterBy("responder", "demo-password");
		long before = reviews();
		String html = mvc.perform(post("/learning/debriefs/new").with(as("responder")).with(csrf())
			.param("encounterId", encounter).param("kind", "BWV_REVIEW").param("bwvReference", "")
			.param("wentWell", "Spoke to her alone\nand calmly").param("toLearn", " ")
			.param("themes", "CLUES"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		GovukFormErrors.assertShownBeside(html, "bwvReference", "Enter the reference of the body-worn video");
		GovukFormErrors.assertShownBeside(html, "toLearn", "Enter what to learn");
		GovukFormErrors.assertShownBeside(html, "guideline", "Select the guideline it concerns");
		GovukFormErrors.assertKept(html, "wentWell", "Spoke to her alone\nand calmly");
		Document page = Jsoup.parse(html);
		assertThat(page.select("input[name=kind][checked]").attr("value")).isEqualTo("BWV_REVIEW");
		assertThat(page.select("input[name=themes][checked]").eachAttr("value")).containsExactly("CLUES");
		assertThat(page.select("input[type=hidden][name=encounterId]").attr("value")).isEqualTo(encounter);
		assertThat(page.text()).contains("do not name the people in the encounter");

		String noTheme = mvc.perform(post("/learning/debriefs/new").with(as("responder")).with(csrf())
			.param("encounterId", encounter).param("kind", "DEBRIEF").param("toLearn", "x".repeat(2001))
			.param("guideline", "CLUES"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		GovukFormErrors.assertShownBeside(noTheme, "themes", "Select at least one theme");
		GovukFormErrors.assertShownBeside(noTheme, "toLearn", "2,000 characters or fewer");
		assertThat(reviews()).isEqualTo(before);
	}

	@Test
	void bad_input_to_the_api_is_a_problem_naming_each_field_and_stores_nothing() throws Exception {
		String encounter = encounterBy("responder", "demo-password");
		long before = reviews();
		mvc.perform(post("/api/v1/learning/debriefs").with(httpBasic("responder", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("encounterId", "kind",
					"toLearn", "guideline", "themes")));
		mvc.perform(post("/api/v1/learning/debriefs").with(httpBasic("responder", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"encounterId":"%s","kind":"BWV_REVIEW","toLearn":"Point","guideline":"KINDNESS","themes":["CLUES","GOSSIP"]}
					""".formatted(encounter)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("bwvReference",
					"guideline", "themes")));
		mvc.perform(post("/api/v1/learning/debriefs").with(httpBasic("responder", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(debriefJson(UUID.randomUUID().toString(), "DEBRIEF", "Point", "CLUES")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("encounterId")));
		mvc.perform(get("/api/v1/learning/debriefs").param("theme", "GOSSIP").with(httpBasic("responder", "demo-password")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("theme")));
		// who may not read debriefs is refused before what they asked for is looked at
		mvc.perform(get("/api/v1/learning/debriefs").param("theme", "GOSSIP").with(httpBasic("analyst", "demo-password")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/learning/digest").param("from", "2026-02-31").param("to", "yesterday")
			.with(httpBasic("trainer", "demo-password")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("from", "to")));
		mvc.perform(post("/api/v1/learning/digest/send").with(httpBasic("trainer", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"team\":\"no-such-team-" + suffix + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("team")));
		assertThat(reviews()).isEqualTo(before);
	}

	@Test
	void the_digest_sent_to_a_team_arrives_by_email_in_words_and_the_sending_is_logged() throws Exception {
		String team = "digest-" + suffix;
		List<String> members = List.of(account("first-" + suffix, "RESPONDER"), account("second-" + suffix, "CALL_HANDLER"));
		for (String member : members) {
			mvc.perform(post("/learning/teams").with(as("trainer")).with(csrf()).param("username", member).param("team", team))
				.andExpect(status().is3xxRedirection());
		}
		String encounter = encounterBy("responder", "demo-password");
		String point = "Use the person's own words in the record " + suffix;
		mvc.perform(post("/api/v1/learning/debriefs").with(httpBasic("responder", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON).content(debriefJson(encounter, "DEBRIEF", point, "COMPASSION_FATIGUE", "THRIVE")))
			.andExpect(status().isCreated());
		long logged = jdbc.sql("select count(*) from learning.digest_dissemination").query(Long.class).single();

		mvc.perform(post("/learning/digest/send").with(as("trainer")).with(csrf()).param("team", team)
			.param("from", today().minusDays(6).toString()).param("to", today().toString()))
			.andExpect(status().is3xxRedirection());

		List<MimeMessage> received = await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(SMTP.getReceivedMessages())
			.filter(m -> {
				try {
					return m.getRecipients(Message.RecipientType.TO)[0].toString().endsWith(suffix + "@force.example");
				}
				catch (jakarta.mail.MessagingException e) {
					throw new IllegalStateException(e);
				}
			}).toList(), list -> list.size() == 2);
		assertThat(received).extracting(m -> m.getRecipients(Message.RecipientType.TO)[0].toString())
			.containsExactlyInAnyOrder("first-" + suffix + "@force.example", "second-" + suffix + "@force.example");
		for (MimeMessage email : received) {
			String text = ((String) email.getContent()).replace("\r\n", "\n");
			assertThat(email.getSubject()).startsWith("Learning from practice");
			assertThat(text).contains("Compassion or empathy fatigue", "THRIVE", point);
			assertThat(text).doesNotContain("COMPASSION_FATIGUE").doesNotContain(encounter).doesNotContain("Demo Responder");
			assertThat(BrowserSupport.INTERNAL_CODE.matcher(text).find()).as("a code in the e-mail").isFalse();
		}

		// the dissemination log: period, team, who, when, how many
		assertThat(jdbc.sql("select count(*) from learning.digest_dissemination").query(Long.class).single())
			.isEqualTo(logged + 1);
		mvc.perform(get("/api/v1/learning/digest").with(httpBasic("trainer", "demo-password")))
			.andExpect(jsonPath("$.sent[0].team").value(team))
			.andExpect(jsonPath("$.sent[0].recipients").value(2))
			.andExpect(jsonPath("$.sent[0].sentBy").value("trainer"))
			.andExpect(jsonPath("$.sent[0].from").value(today().minusDays(6).toString()))
			.andExpect(jsonPath("$.sent[0].to").value(today().toString()));
		assertThat(Jsoup.parse(page("/learning/digest", "trainer")).select("#sent li").first().text())
			.contains("to team " + team + " (2 people)");
		assertThat(jdbc.sql("""
				select count(*) from audit.audit_entry where actor = 'trainer' and action = 'DISCLOSURE'
				and subject_type = 'LEARNING_DIGEST'""").query(Long.class).single()).isPositive();
	}

	@Test
	void the_home_page_links_each_role_to_what_it_may_use() throws Exception {
		assertThat(page("/", "trainer")).contains("/learning/digest", "/learning/debriefs\"");
		assertThat(page("/", "responder")).contains("/learning/debriefs/new", "/learning/debriefs\"")
			.doesNotContain("/learning/digest");
		assertThat(page("/", "analyst")).doesNotContain("/learning/debriefs").doesNotContain("/learning/digest");
	}
}
