package org.sightline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sightline.CrashWithIdempotencyKeysTests.SightlineProcess;
import org.sightline.OutboxAfterCrashTests.HeldSmtpServer;
import org.sightline.assessment.AssessmentFixtures;
import org.sightline.encounter.EncounterFixtures;

/**
 * Issue #15, scale out: two Sightline nodes, each a JVM of its own, against one PostgreSQL, serve
 * the same people without conflict, as behind a load balancer that sends each request anywhere.
 * <ul>
 * <li>a session begun on one node is served by the other (sessions live in the database), and a
 * sign-out on either ends it on both;</li>
 * <li>timers that run out while both nodes run are breached once each, on time, and a referral's
 * deadline that arrives raises one overdue item;</li>
 * <li>a referral's notification, with both nodes polling the outbox, reaches the agency once;</li>
 * <li>wrong passwords given to either node are counted together;</li>
 * <li>two people changing one referral on different nodes cannot overwrite each other: a step from
 * an older version is refused, and of two steps at the same moment exactly one is taken.</li>
 * </ul>
 * Both nodes run with every scheduled job on: nothing is switched off to make the test pass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTests {

	static final String AGENCY_MAILBOX = "front-door@csc.example";

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	Path dir;

	StoppableDatabase database;

	HeldSmtpServer smtp;

	SightlineProcess a;

	SightlineProcess b;

	final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(2))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@BeforeAll
	void startTwoNodes() throws Exception {
		dir = Files.createTempDirectory("two-nodes");
		database = new StoppableDatabase(dir.resolve("pg"));
		smtp = new HeldSmtpServer(StoppableDatabase.freePort());
		smtp.release(); // answer every message at once: this receiver only counts
		List<String> settings = List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port(),
				"--sightline.notification.poll-interval=1s", "--sightline.scheduler.polling-interval=1s");
		// the first node migrates the database; the second starts on it as a node joining a cluster does
		a = SightlineProcess.start(database, dir.resolve("node-a.log"), settings);
		b = SightlineProcess.start(database, dir.resolve("node-b.log"), settings);
		try (var connection = database.connect(); var sql = connection.createStatement()) {
			sql.execute("insert into partnership.contact_route (agency_code, position, kind, value) "
					+ "values ('CHILDRENS_SOCIAL_CARE', 1000, 'EMAIL', '" + AGENCY_MAILBOX + "')");
		}
	}

	@AfterAll
	void stopTwoNodes() throws Exception {
		for (SightlineProcess node : new SightlineProcess[] { a, b }) {
			if (node != null) {
				node.kill();
			}
		}
		if (smtp != null) {
			smtp.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void a_session_begun_on_one_node_is_served_by_the_other_and_a_sign_out_on_either_ends_it_on_both()
			throws Exception {
		// sign in on A, as a browser does: the page's form token, then the form
		HttpResponse<String> signInPage = get(a, "/sign-in", null);
		String cookie = sessionCookie(signInPage);
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(a.base() + "/sign-in"))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=responder&password=demo-password&_csrf="
					+ csrf(signInPage.body())))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		cookie = sessionCookie(signedIn); // a new session id at sign-in (session fixation)

		// B knows who this is
		HttpResponse<String> home = get(b, "/", cookie);
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("PC Ravi Rao");

		// a form shown by A is accepted by B: its token is in the shared session
		HttpResponse<String> pageOnA = get(a, "/", cookie);
		HttpResponse<String> signedOut = http.send(HttpRequest.newBuilder(URI.create(b.base() + "/sign-out"))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf(pageOnA.body())))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?signed-out");

		// signed out on B: A no longer serves the session either
		HttpResponse<String> afterwards = get(a, "/", cookie);
		assertThat(afterwards.statusCode()).isEqualTo(302);
		assertThat(afterwards.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
	}

	@Test
	void wrong_passwords_spread_over_both_nodes_are_counted_together_and_lock_the_account_on_both() throws Exception {
		// five wrong passwords, three to A and two to B: behind two nodes no more guesses than behind one
		for (int i = 0; i < 5; i++) {
			SightlineProcess node = i < 3 ? a : b;
			HttpResponse<String> guess = send(node, HttpRequest.newBuilder(URI.create(node.base() + "/api/v1/catalogues"))
				.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString(("analyst:guess-" + i).getBytes(StandardCharsets.UTF_8)))
				.GET());
			assertThat(guess.statusCode()).isEqualTo(401);
		}
		for (SightlineProcess node : List.of(a, b)) {
			HttpResponse<String> right = send(node, HttpRequest.newBuilder(URI.create(node.base() + "/api/v1/catalogues"))
				.header("Authorization", basic("analyst"))
				.GET());
			assertThat(right.statusCode()).as("the right password, locked out, on " + node.base()).isEqualTo(401);
		}
	}

	@Test
	void timers_that_run_out_while_two_nodes_run_are_breached_once_each_and_on_time() throws Exception {
		int timers = 6;
		List<String> ids = new ArrayList<>();
		Instant due = null;
		for (int i = 0; i < timers; i++) {
			SightlineProcess node = i % 2 == 0 ? a : b;
			String decision = decisionForADetention(node);
			// arrived at the place of safety 59 minutes 50 seconds ago: the one-hour handover runs out in 10 s
			Instant arrived = Instant.now().minus(Duration.ofMinutes(60)).plusSeconds(10);
			String answer = postJson(node, "/api/v1/routing-decisions/" + decision + "/events",
					"{\"fact\":\"ARRIVED_AT_HEALTH_PLACE_OF_SAFETY\",\"at\":\"" + arrived + "\"}", "responder");
			Matcher handover = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"\\s*,\\s*\"code\"\\s*:\\s*\"HANDOVER\"")
				.matcher(answer);
			assertThat(handover.find()).as(answer).isTrue();
			ids.add(handover.group(1));
			due = arrived.plus(Duration.ofMinutes(60));
		}

		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (breached(ids) < timers && System.nanoTime() < deadline) {
			Thread.sleep(250);
		}
		assertThat(breached(ids)).as("every timer breached").isEqualTo(timers);
		Thread.sleep(3_000); // a few more polls on both nodes: nothing fires again
		List<Duration> lateness = new ArrayList<>();
		try (var connection = database.connect(); var sql = connection.createStatement()) {
			for (String id : ids) {
				try (ResultSet rows = sql.executeQuery("select t.due_at, t.breached_at, "
						+ "(select count(*) from supervision.review_item r where r.subject_id = '" + id
						+ "' and r.reason_code = 'TIMER_BREACHED') from routing.timer t where t.id = '" + id + "'")) {
					assertThat(rows.next()).isTrue();
					assertThat(rows.getLong(3)).as("one breach in the supervisor queue for timer " + id).isEqualTo(1);
					Duration late = Duration.between(rows.getTimestamp(1).toInstant(), rows.getTimestamp(2).toInstant());
					lateness.add(late);
				}
			}
		}
		System.out.printf("Two nodes: %d timers breached, lateness after the due time %s%n", timers, lateness);
		// polled every second by two nodes: a breach is marked within seconds of the due time, never before it
		assertThat(lateness).allSatisfy(late -> assertThat(late).isBetween(Duration.ZERO, Duration.ofSeconds(10)));
		assertThat(due).isNotNull();
	}

	@Test
	void referral_deadlines_that_arrive_while_two_nodes_run_raise_one_overdue_item_each_on_time() throws Exception {
		List<String> referrals = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			referrals.add(referChild(i % 2 == 0 ? a : b));
		}
		// the acknowledgement deadline (a working day away) arrives: its scheduled check is brought
		// forward to 3 seconds from now, as the passing of a day would bring it
		Instant due = Instant.now().plusSeconds(3);
		try (var connection = database.connect();
				var sql = connection.prepareStatement("update scheduled_tasks set execution_time = ? "
						+ "where task_name = 'referral-due' and task_instance in ('" + String.join("|ACK','", referrals) + "|ACK')")) {
			sql.setTimestamp(1, java.sql.Timestamp.from(due));
			assertThat(sql.executeUpdate()).as("one acknowledgement check per referral").isEqualTo(referrals.size());
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (overdueItems(referrals) < referrals.size() && System.nanoTime() < deadline) {
			Thread.sleep(250);
		}
		Thread.sleep(3_000); // more polls on both nodes: no second item follows
		assertThat(overdueItems(referrals)).as("one overdue item per referral, across both nodes").isEqualTo(referrals.size());
		try (var connection = database.connect(); var sql = connection.createStatement();
				ResultSet rows = sql.executeQuery("select raised_at from supervision.review_item where reason_code = "
						+ "'REFERRAL_ACK_OVERDUE' and subject_id in ('" + String.join("','", referrals) + "')")) {
			List<Duration> lateness = new ArrayList<>();
			while (rows.next()) {
				lateness.add(Duration.between(due, rows.getTimestamp(1).toInstant()));
			}
			System.out.printf("Two nodes: %d referral deadlines, overdue raised after the due time %s%n", referrals.size(),
					lateness);
			assertThat(lateness).allSatisfy(late -> assertThat(late).isBetween(Duration.ZERO, Duration.ofSeconds(10)));
		}
		try (var connection = database.connect(); var sql = connection.createStatement();
				ResultSet rows = sql.executeQuery("select count(*) from scheduled_tasks where task_name = 'referral-due' "
						+ "and task_instance in ('" + String.join("|ACK','", referrals) + "|ACK')")) {
			rows.next();
			assertThat(rows.getLong(1)).as("each check ran and is gone").isZero();
		}
	}

	@Test
	void a_referral_made_on_one_node_reaches_the_agency_once_while_both_nodes_deliver_the_outbox() throws Exception {
		int before = smtp.received.size();
		List<String> referrals = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			referrals.add(referChild(i % 2 == 0 ? a : b));
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (delivered(referrals) < referrals.size() && System.nanoTime() < deadline) {
			Thread.sleep(250);
		}
		assertThat(delivered(referrals)).as("every referral's notification delivered").isEqualTo(referrals.size());
		Thread.sleep(4_000); // more polls by both nodes: no second copy follows
		List<String> copies = smtp.received.subList(before, smtp.received.size());
		for (String referral : referrals) {
			String reference = reference(referral);
			assertThat(copies.stream().filter(message -> message.contains(reference) && message.contains(AGENCY_MAILBOX)).count())
				.as("copies of the notification for " + reference)
				.isEqualTo(1);
		}
	}

	@Test
	void a_step_taken_on_one_node_from_a_version_another_node_changed_is_refused() throws Exception {
		String referral = referChild(a);
		HttpResponse<String> readOnB = send(b, HttpRequest.newBuilder(URI.create(b.base() + "/api/v1/referrals/" + referral))
			.header("Authorization", basic("partner-csc"))
			.GET());
		String seen = readOnB.headers().firstValue("ETag").orElseThrow();

		// the agency acknowledges on A, from the version it read on B ...
		HttpResponse<String> acknowledged = send(a, step(a, referral, "acknowledge", "{}", seen));
		assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
		// ... so a decline on B from that same version is refused, and changes nothing
		HttpResponse<String> declined = send(b, step(b, referral, "decline", "{\"reason\":\"No capacity\"}", seen));
		assertThat(declined.statusCode()).as(declined.body()).isEqualTo(412);
		assertThat(status(referral)).isEqualTo("ACKNOWLEDGED");
	}

	@Test
	void of_two_steps_on_one_referral_at_the_same_moment_on_two_nodes_exactly_one_is_taken() throws Exception {
		Map<Integer, Integer> outcomes = new java.util.TreeMap<>();
		for (int round = 0; round < 8; round++) {
			String referral = referChild(round % 2 == 0 ? a : b);
			assertThat(send(a, step(a, referral, "acknowledge", "{}", null)).statusCode()).isEqualTo(200);
			var accept = CompletableFuture.supplyAsync(() -> sendQuietly(a,
					step(a, referral, "accept", "{\"note\":\"Allocated\"}", null)));
			var decline = CompletableFuture.supplyAsync(() -> sendQuietly(b,
					step(b, referral, "decline", "{\"reason\":\"No capacity\"}", null)));
			int accepted = accept.get(30, TimeUnit.SECONDS).statusCode();
			int declined = decline.get(30, TimeUnit.SECONDS).statusCode();
			outcomes.merge(accepted, 1, Integer::sum);
			outcomes.merge(declined, 1, Integer::sum);
			assertThat(List.of(accepted, declined)).as("round " + round).containsExactlyInAnyOrder(200, 409);
			assertThat(status(referral)).isEqualTo(accepted == 200 ? "ACCEPTED" : "DECLINED");
			assertThat(steps(referral, accepted == 200 ? "DECLINED" : "ACCEPTED")).as("the refused step left no trace")
				.isZero();
		}
		System.out.printf("Two nodes: simultaneous accept/decline, answers by status %s%n", outcomes);
	}

	// --- the journeys, through the API of either node ---

	String decisionForADetention(SightlineProcess node) throws Exception {
		String encounter = postJson(node, "/api/v1/encounters", """
				{ "source": "ON_SCENE", "occurredAt": "%s", "location": { "description": "Bus station" },
				  "situation": "SECTION_136_PLACE_OF_SAFETY", "narrative": "Detained under s136",
				  "people": [ { "role": "SUBJECT", "givenName": "Jo", "familyName": "Node", "estimatedAgeYears": 30,
				                "vulnerabilities": ["MENTAL_ILL_HEALTH"] } ] }
				""".formatted(Instant.now().minus(Duration.ofMinutes(30))), "responder");
		String encounterId = field(encounter, "id");
		Matcher person = Pattern.compile("\"people\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"")
			.matcher(encounter);
		assertThat(person.find()).as(encounter).isTrue();
		String assessment = AssessmentFixtures.initialJson(person.group(1), person.group(1))
			.replaceFirst(",\\s*\\{\\s*\"personId\"[^}]*\\}", "");
		postJson(node, "/api/v1/encounters/" + encounterId + "/assessments", assessment, "responder");
		return field(postJson(node, "/api/v1/encounters/" + encounterId + "/routing-decisions", "{}", "responder"), "id");
	}

	String referChild(SightlineProcess node) throws Exception {
		String encounter = postJson(node, "/api/v1/encounters", EncounterFixtures.CONTRACT_EXAMPLE_JSON, "responder");
		String encounterId = field(encounter, "id");
		Matcher people = Pattern.compile(
				"\"people\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*?\\}\\s*,\\s*\\{\\s*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"",
				Pattern.DOTALL)
			.matcher(encounter);
		assertThat(people.find()).as(encounter).isTrue();
		postJson(node, "/api/v1/encounters/" + encounterId + "/assessments",
				AssessmentFixtures.initialJson(people.group(1), people.group(2)), "responder");
		return field(postJson(node, "/api/v1/referrals", """
				{ "encounterId": "%s", "agency": "CHILDRENS_SOCIAL_CARE", "personIds": ["%s"], "reason": "Child present",
				  "dataItems": ["AGES"], "lawfulBasis": "CHILDREN_ACT_2004_S11", "consentStatus": "NOT_SOUGHT_PREJUDICE",
				  "consentRationale": "Would alert the suspect" }
				""".formatted(encounterId, people.group(2)), "responder"), "id");
	}

	HttpRequest.Builder step(SightlineProcess node, String referral, String step, String json, String ifMatch) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.base() + "/api/v1/referrals/" + referral + "/" + step))
			.header("Authorization", basic("partner-csc"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return request;
	}

	// --- HTTP and SQL plumbing ---

	String postJson(SightlineProcess node, String path, String json, String username) throws Exception {
		HttpResponse<String> response = send(node, HttpRequest.newBuilder(URI.create(node.base() + path))
			.header("Authorization", basic(username))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
		assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 299);
		return response.body();
	}

	HttpResponse<String> get(SightlineProcess node, String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.base() + path)).GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return send(node, request);
	}

	HttpResponse<String> send(SightlineProcess node, HttpRequest.Builder request) throws Exception {
		return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> sendQuietly(SightlineProcess node, HttpRequest.Builder request) {
		try {
			return send(node, request);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static String basic(String username) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":demo-password").getBytes(StandardCharsets.UTF_8));
	}

	static String sessionCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith(SessionCookie.NAME + "="))
			.map(c -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

	static String csrf(String page) {
		Matcher m = CSRF.matcher(page);
		assertThat(m.find()).as("a form token on the page").isTrue();
		return java.net.URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
	}

	static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
		assertThat(m.find()).as(json).isTrue();
		return m.group(1);
	}

	long breached(List<String> timers) throws Exception {
		try (var connection = database.connect(); var sql = connection.createStatement();
				ResultSet rows = sql.executeQuery("select count(*) from routing.timer where status = 'BREACHED' and id in ('"
						+ String.join("','", timers) + "')")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	long overdueItems(List<String> referrals) throws Exception {
		try (var connection = database.connect(); var sql = connection.createStatement();
				ResultSet rows = sql.executeQuery("select count(*) from supervision.review_item where reason_code = "
						+ "'REFERRAL_ACK_OVERDUE' and subject_id in ('" + String.join("','", referrals) + "')")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	long delivered(List<String> referrals) throws Exception {
		try (var connection = database.connect(); var sql = connection.createStatement();
				ResultSet rows = sql.executeQuery("select count(*) from notification.outbox_message where status = 'DELIVERED' "
						+ "and recipient = '" + AGENCY_MAILBOX + "' and subject_id in ('" + String.join("','", referrals) + "')")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	String reference(String referral) throws Exception {
		return single("select reference from referral.referral where id = '" + referral + "'");
	}

	String status(String referral) throws Exception {
		return single("select status from referral.referral where id = '" + referral + "'");
	}

	long steps(String referral, String status) throws Exception {
		return Long.parseLong(single("select count(*) from referral.referral_step where referral_id = '" + referral
				+ "' and status = '" + status + "'"));
	}

	String single(String query) throws Exception {
		try (var connection = database.connect(); var sql = connection.createStatement();
				ResultSet rows = sql.executeQuery(query)) {
			assertThat(rows.next()).as(query).isTrue();
			return rows.getString(1);
		}
	}
}
