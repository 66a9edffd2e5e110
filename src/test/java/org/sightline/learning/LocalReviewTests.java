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

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import org.springframework.test.web.servlet.MockMvc;

/**
 * Local reviews and their recommendations through the pages and the API, with the real database and the
 * test clock: a recommendation not done by its due date is overdue and comes first as the clock moves; a
 * recommendation only moves on; supervisors read, trainers and administrators change, others are refused;
 * bad input is named field by field and stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestClock.class)
class LocalReviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ZoneId displayZone;

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

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), displayZone);
	}

	String api(String username, String path, String json, int expected) throws Exception {
		return mvc.perform(post(path).with(httpBasic(username, "demo-password")).contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
	}

	String logReview(String reference) throws Exception {
		return JsonPath.read(api("trainer", "/api/v1/learning/reviews", """
				{"kind":"DOMESTIC_HOMICIDE_REVIEW","reference":"%s","title":"Review of a death at home"}
				""".formatted(reference), 201), "$.id");
	}

	String recommend(String review, String text, LocalDate due) throws Exception {
		return JsonPath.read(api("trainer", "/api/v1/learning/reviews/" + review + "/recommendations", """
				{"text":"%s","owner":"Contact centre","dueOn":"%s"}
				""".formatted(text, due), 201), "$.id");
	}

	Element card(Document page, String reference) {
		return page.select("#reviews .govuk-summary-card").stream()
			.filter(c -> c.selectFirst("h2").text().contains(reference))
			.findFirst()
			.orElseThrow(() -> new AssertionError(reference + " not on the page"));
	}

	Document page(String username) throws Exception {
		return Jsoup.parse(mvc.perform(get("/learning/reviews").with(user(users.loadUserByUsername(username))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	long recommendations() {
		return jdbc.sql("select count(*) from learning.recommendation").query(Long.class).single();
	}

	@Test
	void a_recommendation_not_done_by_its_due_date_is_overdue_and_comes_first_as_the_clock_moves() throws Exception {
		String reference = "DHR " + suffix;
		String review = logReview(reference);
		recommend(review, "Later " + suffix, today().plusDays(40));
		recommend(review, "Sooner " + suffix, today().plusDays(10));
		String done = recommend(review, "Soonest " + suffix, today().plusDays(5));
		api("admin", "/api/v1/learning/reviews/recommendations/" + done, "{\"status\":\"DONE\"}", 200);

		Element before = card(page("supervisor"), reference);
		assertThat(before.select("li p.sl-pre-wrap").eachText())
			.containsExactly("Sooner " + suffix, "Later " + suffix, "Soonest " + suffix);
		assertThat(before.text()).doesNotContain("overdue").doesNotContain("Overdue");

		// a review logged an hour later, with nothing overdue: newest first, for now
		clock.advance(Duration.ofHours(1));
		String calmReference = "SAR " + suffix;
		recommend(logReview(calmReference), "Far off " + suffix, today().plusDays(400));
		List<String> order = page("trainer").select("#reviews h2").eachText();
		assertThat(indexOf(order, calmReference)).isLessThan(indexOf(order, reference));

		// twenty days on, "Sooner" is past its date: overdue and first, and its review comes before the calm one
		clock.advance(Duration.ofDays(20));
		Document later = page("trainer");
		Element after = card(later, reference);
		assertThat(after.select("li p.sl-pre-wrap").eachText())
			.containsExactly("Sooner " + suffix, "Later " + suffix, "Soonest " + suffix);
		assertThat(after.select("li").first().selectFirst(".govuk-tag").text()).isEqualTo("Overdue");
		assertThat(after.selectFirst("h2 .govuk-tag").text()).isEqualTo("1 overdue");
		order = later.select("#reviews h2").eachText();
		assertThat(indexOf(order, reference)).isLessThan(indexOf(order, calmReference));
		mvc.perform(get("/api/v1/learning/reviews").with(httpBasic("supervisor", "demo-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.reference == '%s')].recommendations[0].overdue".formatted(reference)).value(true))
			.andExpect(jsonPath("$[?(@.reference == '%s')].recommendations[0].text".formatted(reference))
				.value("Sooner " + suffix));

		// moved on to in progress it is still overdue; done, it is not, and goes last
		String soonerId = jdbc.sql("select id::text from learning.recommendation where text = :t")
			.param("t", "Sooner " + suffix).query(String.class).single();
		mvc.perform(post("/learning/reviews/recommendations/" + soonerId).with(user(users.loadUserByUsername("trainer")))
			.with(csrf()).param("status", "IN_PROGRESS")).andExpect(status().is3xxRedirection());
		assertThat(card(page("trainer"), reference).select("li").first().text()).contains("Overdue", "In progress");
		mvc.perform(post("/learning/reviews/recommendations/" + soonerId).with(user(users.loadUserByUsername("trainer")))
			.with(csrf()).param("status", "DONE")).andExpect(status().is3xxRedirection());
		Element finished = card(page("trainer"), reference);
		assertThat(finished.select("li p.sl-pre-wrap").eachText())
			.containsExactly("Later " + suffix, "Soonest " + suffix, "Sooner " + suffix);
		assertThat(finished.text()).doesNotContain("Overdue").contains("Done " + formatted(today()));
	}

	static String formatted(LocalDate day) {
		return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
	}

	static int indexOf(List<String> headings, String reference) {
		for (int i = 0; i < headings.size(); i++) {
			if (headings.get(i).contains(reference)) {
				return i;
			}
		}
		throw new AssertionError(reference + " not in " + headings);
	}

	@Test
	void a_recommendation_only_moves_on_and_is_done_on_a_real_day_not_in_the_future() throws Exception {
		String review = logReview("CSPR " + suffix);
		String id = recommend(review, "Share the chronology " + suffix, today().plusDays(30));
		String path = "/api/v1/learning/reviews/recommendations/" + id;
		mvc.perform(post(path).with(httpBasic("trainer", "demo-password")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"DONE\",\"doneOn\":\"%s\"}".formatted(today().plusDays(1))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("doneOn")));
		api("trainer", path, "{\"status\":\"IN_PROGRESS\"}", 200);
		mvc.perform(post(path).with(httpBasic("trainer", "demo-password")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"OPEN\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		String done = api("trainer", path, "{\"status\":\"DONE\",\"doneOn\":\"%s\"}".formatted(today().minusDays(2)), 200);
		assertThat((String) JsonPath.read(done, "$.status.label")).isEqualTo("Done");
		assertThat((String) JsonPath.read(done, "$.doneOn")).isEqualTo(today().minusDays(2).toString());
		mvc.perform(post(path).with(httpBasic("trainer", "demo-password")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"DONE\"}")).andExpect(status().isBadRequest());
		assertThat(jdbc.sql("""
				select count(*) from audit.audit_entry where actor = 'trainer' and action = 'ALTERATION'
				and subject_type = 'LOCAL_REVIEW' and subject_id = :id""").param("id", review).query(Long.class).single())
			.isEqualTo(2);
	}

	@Test
	void supervisors_read_trainers_and_administrators_change_and_others_are_refused_in_the_audit_log() throws Exception {
		String review = logReview("OTH " + suffix);
		page("supervisor");
		api("supervisor", "/api/v1/learning/reviews", "{\"kind\":\"OTHER\",\"reference\":\"r\",\"title\":\"t\"}", 403);
		api("supervisor", "/api/v1/learning/reviews/" + review + "/recommendations", "{}", 403);
		assertThat(page("supervisor").text()).doesNotContain("Log a local review").doesNotContain("Add a recommendation");
		for (String refused : List.of("analyst", "partner-csc", "responder")) {
			long before = jdbc.sql("select count(*) from audit.audit_entry where actor = :a and action = 'REFUSAL'")
				.param("a", refused).query(Long.class).single();
			mvc.perform(get("/learning/reviews").with(user(users.loadUserByUsername(refused)))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/learning/reviews").with(httpBasic(refused, "demo-password")))
				.andExpect(status().isForbidden());
			assertThat(jdbc.sql("select count(*) from audit.audit_entry where actor = :a and action = 'REFUSAL'")
				.param("a", refused).query(Long.class).single()).as(refused).isGreaterThanOrEqualTo(before + 2);
		}
	}

	@Test
	void bad_input_is_shown_beside_each_field_keeps_what_was_typed_and_stores_nothing() throws Exception {
		long reviews = jdbc.sql("select count(*) from learning.local_review").query(Long.class).single();
		String html = mvc.perform(post("/learning/reviews/new").with(user(users.loadUserByUsername("admin"))).with(csrf())
			.param("reference", "DHR 2026/09").param("title", " "))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		GovukFormErrors.assertShownBeside(html, "kind", "Select the kind of review");
		GovukFormErrors.assertShownBeside(html, "title", "Enter the review's title");
		GovukFormErrors.assertKept(html, "reference", "DHR 2026/09");
		assertThat(jdbc.sql("select count(*) from learning.local_review").query(Long.class).single()).isEqualTo(reviews);

		String review = logReview("DHR " + suffix);
		long before = recommendations();
		String form = mvc.perform(post("/learning/reviews/" + review + "/recommendations/new")
			.with(user(users.loadUserByUsername("trainer"))).with(csrf())
			.param("text", "Train on coercive control").param("owner", "")
			.param("dueOnDay", "31").param("dueOnMonth", "2").param("dueOnYear", "2027"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		GovukFormErrors.assertShownBeside(form, "owner", "Enter who owns it");
		GovukFormErrors.assertShownBeside(form, "dueOn", "must be a real date");
		GovukFormErrors.assertKept(form, "text", "Train on coercive control");
		GovukFormErrors.assertKept(form, "dueOn", "31");
		mvc.perform(post("/api/v1/learning/reviews/" + review + "/recommendations").with(httpBasic("trainer", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"dueOn\":\"soon\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("text", "owner", "dueOn")));
		mvc.perform(post("/api/v1/learning/reviews").with(httpBasic("trainer", "demo-password"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"INQUEST\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("kind", "reference", "title")));
		assertThat(recommendations()).isEqualTo(before);
	}
}
