package org.sightline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.encounter.EncounterFixtures;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue #15, fault 2: PostgreSQL stops under a running Sightline and starts again. While it is down,
 * requests fail fast with a 503 (a problem document on the API, the error page in a browser) and the
 * health check says DOWN; when it is back, Sightline serves again without a restart.
 *
 * <p>The test owns its database ({@link StoppableDatabase}) in both CI passes, since it stops it. The
 * time bounds are generous (3 s against the pool's 0.8 s timeout) so a loaded CI machine does not
 * make them flaky: they tell a quick failure from the 30 s hang of Hikari's default, they are not a
 * benchmark.
 */
class DatabaseOutageTests {

	static final long QUICK_MILLIS = 3_000;

	@TempDir
	Path dir;

	final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	String base;

	@Test
	void while_the_database_is_down_requests_fail_fast_with_503_and_afterwards_sightline_recovers_without_a_restart()
			throws Exception {
		try (StoppableDatabase database = new StoppableDatabase(dir.resolve("pg"))) {
			List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.jmx.enabled=false"));
			args.addAll(database.arguments());
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
				.run(args.toArray(String[]::new))) {
				base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
				signIn("handler");
				assertThat(record().statusCode()).isEqualTo(201);
				assertThat(get("/encounters").statusCode()).isEqualTo(200);
				assertThat(get("/actuator/health").body()).contains("\"UP\"");

				// someone opens the sign-in page just before the outage
				HttpClient stranger = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
				String strangersForm = send(stranger, "/sign-in").body();

				database.stop();

				// the API: a 503 problem, quickly, with Retry-After
				long started = System.nanoTime();
				HttpResponse<String> api = record();
				long apiMillis = millisSince(started);
				assertThat(api.statusCode()).isEqualTo(503);
				assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
						type -> assertThat(type).startsWith("application/problem+json"));
				assertThat(api.body()).contains("https://sightline.example/problems/service-unavailable")
					.contains("Nothing you sent was stored");
				assertThat(api.headers().firstValue("Retry-After")).isPresent();
				assertThat(apiMillis).as("POST /api/v1/encounters while the database is down, ms").isLessThan(QUICK_MILLIS);

				// a page: the error page in plain English, quickly
				started = System.nanoTime();
				HttpResponse<String> page = get("/encounters");
				long pageMillis = millisSince(started);
				assertThat(page.statusCode()).isEqualTo(503);
				assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
						type -> assertThat(type).startsWith("text/html"));
				assertThat(page.body()).contains("Sorry, the service is unavailable").contains("Try again in a few seconds");
				assertThat(page.headers().firstValue("Retry-After")).isPresent();
				assertThat(pageMillis).as("GET /encounters while the database is down, ms").isLessThan(QUICK_MILLIS);

				// the health check: DOWN, quickly
				started = System.nanoTime();
				HttpResponse<String> health = get("/actuator/health");
				long healthMillis = millisSince(started);
				assertThat(health.statusCode()).isEqualTo(503);
				assertThat(health.body()).contains("\"DOWN\"");
				assertThat(healthMillis).as("GET /actuator/health while the database is down, ms").isLessThan(QUICK_MILLIS);
				// signing in from a form loaded before the outage: "unavailable, try again", never "enter a
				// correct password"; the session (and its form token) is in the database, so the answer is the
				// outage page itself
				HttpResponse<String> signIn = submitSignIn(stranger, strangersForm, "supervisor");
				assertThat(signIn.statusCode()).isEqualTo(503);
				assertThat(signIn.body()).contains("Sorry, the service is unavailable")
					.contains("Try again in a few seconds")
					.doesNotContain("Enter a correct username and password");
				// a new visitor: the same page, rather than a sign-in form that could not work
				HttpResponse<String> signInPage = send(HttpClient.newHttpClient(), "/sign-in");
				assertThat(signInPage.statusCode()).isEqualTo(503);
				assertThat(signInPage.body()).contains("Sorry, the service is unavailable");

				System.out.printf("While the database was down: API %d ms, page %d ms, health %d ms%n", apiMillis, pageMillis,
						healthMillis);

				database.start();

				// the same Sightline serves again: the pool reconnects by itself
				long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
				HttpResponse<String> again = record();
				while (again.statusCode() != 201 && System.nanoTime() < deadline) {
					Thread.sleep(250);
					again = record();
				}
				assertThat(again.statusCode()).isEqualTo(201);
				assertThat(get("/encounters").statusCode()).isEqualTo(200);
				HttpResponse<String> healthAgain = get("/actuator/health");
				assertThat(healthAgain.statusCode()).isEqualTo(200);
				assertThat(healthAgain.body()).contains("\"UP\"");
				try (var connection = database.connect(); var sql = connection.createStatement();
						var rows = sql.executeQuery("select count(*) from encounter.encounter")) {
					rows.next();
					assertThat(rows.getLong(1)).as("the encounter before and the one after the outage").isEqualTo(2);
				}
			}
		}
	}

	HttpResponse<String> record() throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/encounters"))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("handler:demo-password".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofString(EncounterFixtures.CONTRACT_EXAMPLE_JSON))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "text/html,application/json")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	void signIn(String user) throws Exception {
		HttpResponse<String> signedIn = signIn(client, user);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
	}

	HttpResponse<String> send(HttpClient with, String path) throws Exception {
		return with.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> signIn(HttpClient with, String user) throws Exception {
		return submitSignIn(with, send(with, "/sign-in").body(), user);
	}

	HttpResponse<String> submitSignIn(HttpClient with, String form, String user) throws Exception {
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
		if (!csrf.find()) {
			csrf = Pattern.compile("value=\"([^\"]+)\"[^>]*name=\"_csrf\"").matcher(form);
			assertThat(csrf.find()).isTrue();
		}
		String body = "username=" + user + "&password=demo-password&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		return with.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}
}
