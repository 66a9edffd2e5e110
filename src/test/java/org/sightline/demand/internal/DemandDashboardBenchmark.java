package org.sightline.demand.internal;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sightline.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How fast the demand dashboard answers with N encounters in the read model: starts Sightline on a
 * fresh embedded PostgreSQL, fills the read model with N synthetic encounters (12 months, every
 * situation, area, outcome, agreement version, equality band; about one referral in three) by SQL,
 * then signs in as the analyst and fetches the whole dashboard page for random filters, measuring
 * each response end to end over HTTP. In the same run, the floor: the same client fetching a static
 * page (the accessibility statement) through the same server, security and layout.
 *
 * <pre>bench/demand/run-benchmark.sh [encounters] [requests]</pre>
 * Not a test: run by the script, never by {@code mvn verify}.
 */
public final class DemandDashboardBenchmark {

	static final List<String> AREAS = List.of("NORTH", "SOUTH", "EAST", "WEST", "CITY");
	static final List<String> SITUATIONS = List.of("CONCERN_FOR_WELFARE", "WALKOUT_FROM_HEALTH_SETTING",
			"AWOL_FROM_MENTAL_HEALTH_UNIT", "MEDICAL_INCIDENT", "MENTAL_HEALTH_CONVEYANCE", "SECTION_136_PLACE_OF_SAFETY",
			"MISSING_PERSON", "DOMESTIC_ABUSE", "CHILD_CONCERN", "ADULT_AT_RISK", "OTHER");
	static final List<String> AGENCIES = List.of("POLICE", "AMBULANCE", "MENTAL_HEALTH_SERVICE", "HEALTH_SETTING",
			"CHILDRENS_SOCIAL_CARE", "ADULT_SOCIAL_CARE");
	static final List<String> AGREEMENTS = List.of("national-rcrp@2023-07-26", "demo-force@2025-04-01", "demo-force@2026-04-01");

	public static void main(String[] args) throws Exception {
		long encounters = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 10_000_000L;
		int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		Path dir = Files.createTempDirectory("sightline-demand-bench");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run("--server.port=0",
				"--sightline.embedded-db.dir=" + dir.resolve("pg"), "--sightline.demo-records=false",
				"--sightline.demo-force.encounters=0", "--spring.jmx.enabled=false", "--logging.level.root=WARN",
				"--logging.level.org.sightline.demand=INFO")) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			long started = System.nanoTime();
			fill(jdbc, encounters);
			System.out.printf("filled the read model: %,d encounters, %,d referrals in %.1f s%n",
					jdbc.sql("select count(*) from demand.encounter_demand").query(Long.class).single(),
					jdbc.sql("select count(*) from demand.referral_demand").query(Long.class).single(),
					(System.nanoTime() - started) / 1e9);
			jdbc.sql("update demand.generation set generation = generation + 1 where id = 1").update();

			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			String base = "http://localhost:" + port;
			HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			signIn(client, base, "analyst", "demo-password");

			long load = System.nanoTime();
			String first = get(client, base + "/demand");
			System.out.printf("first view (loads %,d encounters into memory): %.1f s, %,d bytes%n", encounters,
					(System.nanoTime() - load) / 1e9, first.length());
			Random random = new Random(7);
			for (int i = 0; i < 20; i++) { // warm-up
				get(client, base + "/demand?" + filter(random));
				get(client, base + "/accessibility");
			}
			long[] page = new long[requests];
			long[] floor = new long[requests];
			long[] sums = new long[requests];
			long[] tables = new long[requests];
			DemandReports reports = app.getBean(DemandReports.class);
			DemandQueries queries = app.getBean(DemandQueries.class);
			for (int i = 0; i < requests; i++) {
				String url = base + "/demand?" + filter(random);
				long t = System.nanoTime();
				String body = get(client, url);
				page[i] = System.nanoTime() - t;
				if (!body.contains("Vulnerability-related demand") || body.contains("There is a problem")) {
					throw new IllegalStateException("Unexpected page for " + url);
				}
				t = System.nanoTime();
				get(client, base + "/accessibility");
				floor[i] = System.nanoTime() - t;
				// the same view in-process: summing the cube, then the tables with labels and suppression
				java.util.Map<String, String> params = new java.util.HashMap<>();
				for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
					String[] kv = pair.split("=", 2);
					params.put(kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
				}
				DemandQuery query = queries.query(queries.filters(params));
				t = System.nanoTime();
				DemandReports.Sums summed = reports.sums(query);
				sums[i] = System.nanoTime() - t;
				t = System.nanoTime();
				reports.tables(query, summed);
				tables[i] = System.nanoTime() - t;
			}
			System.out.printf("%-44s %8s %8s %8s %8s%n", "request (" + requests + " each, random filters)", "p50 ms", "p95 ms",
					"p99 ms", "max ms");
			report("GET /demand?<filters> (whole dashboard)", page);
			report("GET /accessibility (floor: static page)", floor);
			report("in-process: sum the cube", sums);
			report("in-process: tables, labels, suppression", tables);
			Runtime rt = Runtime.getRuntime();
			System.out.printf("heap used after the run: %,d MB of %,d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20,
					rt.maxMemory() >> 20);
		}
	}

	static String filter(Random random) {
		LocalDate to = LocalDate.now().minusDays(random.nextInt(60));
		LocalDate from = to.minusDays(7 + random.nextInt(358));
		StringBuilder s = new StringBuilder("from=" + from + "&to=" + to);
		if (random.nextBoolean()) {
			s.append("&area=").append(AREAS.get(random.nextInt(AREAS.size())));
		}
		if (random.nextInt(3) == 0) {
			s.append("&situation=").append(SITUATIONS.get(random.nextInt(SITUATIONS.size())));
		}
		if (random.nextInt(4) == 0) {
			s.append("&agency=").append(AGENCIES.get(random.nextInt(AGENCIES.size())));
		}
		if (random.nextInt(4) == 0) {
			s.append("&agreement=").append(URLEncoder.encode(AGREEMENTS.get(random.nextInt(AGREEMENTS.size())), StandardCharsets.UTF_8));
		}
		return s.toString();
	}

	static void report(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		System.out.printf("%-44s %8.1f %8.1f %8.1f %8.1f%n", what, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
				sorted[sorted.length - 1] / 1e6);
	}

	static double pct(long[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
	}

	static String get(HttpClient client, String url) throws Exception {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode());
		}
		return response.body();
	}

	static void signIn(HttpClient client, String base, String user, String password) throws Exception {
		String form = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
		if (!csrf.find()) {
			csrf = Pattern.compile("value=\"([^\"]+)\"[^>]*name=\"_csrf\"").matcher(form);
			csrf.find();
		}
		String body = "username=" + user + "&password=" + password + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
	}

	/** Synthetic read-model rows, in blocks, by SQL: the benchmark measures reading, not projecting. */
	static void fill(JdbcClient jdbc, long encounters) {
		long block = 500_000;
		for (long start = 0; start < encounters; start += block) {
			long end = Math.min(encounters, start + block);
			jdbc.sql("""
					insert into demand.encounter_demand (encounter_id, occurred_at, area, situation, source, location_key,
					    subject_person_id, age_band, sex, ethnicity, strands, grade, risk, outcome, lead_agency, agreement,
					    overridden, override_review, caller_informed, officer_minutes, handover_minutes, triggers,
					    repeat_person, repeat_location, repeat_missing, change_seq)
					select gen_random_uuid(),
					    now() - (random() * 365) * interval '1 day',
					    (array['NORTH','SOUTH','EAST','WEST','CITY'])[1 + floor(random() * 5)::int],
					    s.situation, 'EMERGENCY_CALL', md5((i % 400000)::text), null,
					    (array['UNDER_10','AGE_10_17','AGE_18_24','AGE_25_34','AGE_35_44','AGE_45_54','AGE_55_64','AGE_65_PLUS','UNKNOWN'])[1 + floor(random() * 9)::int],
					    (array['FEMALE','MALE','OTHER','NOT_STATED'])[1 + floor(random() * 4)::int],
					    (array['W1','W2','A1','A2','B1','B2','M1','O9','NS'])[1 + floor(random() * 9)::int],
					    case s.situation when 'DOMESTIC_ABUSE' then '{DOMESTIC_ABUSE}'::text[] when 'MISSING_PERSON' then '{MISSING_PERSONS}'
					        when 'CONCERN_FOR_WELFARE' then '{MENTAL_HEALTH}' when 'CHILD_CONCERN' then '{CHILD_ABUSE}' else '{}' end,
					    (array['EMERGENCY','PRIORITY','SCHEDULED','RESOLUTION_WITHOUT_DEPLOYMENT'])[1 + floor(random() * 4)::int],
					    (array['NO_APPARENT_RISK','LOW','MEDIUM','HIGH'])[1 + floor(random() * 4)::int],
					    o.outcome,
					    case o.outcome when 'POLICE_PRIMARY' then 'POLICE' when 'NO_AGENCY_ACTION' then null
					        else (array['AMBULANCE','MENTAL_HEALTH_SERVICE','HEALTH_SETTING','CHILDRENS_SOCIAL_CARE','ADULT_SOCIAL_CARE'])[1 + floor(random() * 5)::int] end,
					    (array['national-rcrp@2023-07-26','demo-force@2025-04-01','demo-force@2026-04-01'])[1 + floor(random() * 3)::int],
					    random() < 0.05, case when random() < 0.7 then 'RATIFIED' end, random() < 0.8,
					    case when random() < 0.4 then (30 + random() * 400)::bigint end,
					    case when s.situation = 'SECTION_136_PLACE_OF_SAFETY' then (20 + random() * 200)::bigint end,
					    case when random() < 0.02 then '{PROBLEM_SOLVING_REVIEW}'::text[] else '{}' end,
					    random() < 0.3, random() < 0.4, s.situation = 'MISSING_PERSON' and random() < 0.3,
					    nextval('demand.change_seq')
					from generate_series(:start, :end - 1) i,
					    lateral (select (array['CONCERN_FOR_WELFARE','WALKOUT_FROM_HEALTH_SETTING','AWOL_FROM_MENTAL_HEALTH_UNIT',
					        'MEDICAL_INCIDENT','MENTAL_HEALTH_CONVEYANCE','SECTION_136_PLACE_OF_SAFETY','MISSING_PERSON',
					        'DOMESTIC_ABUSE','CHILD_CONCERN','ADULT_AT_RISK','OTHER'])[1 + floor(random() * 11)::int + (0 * i)::int] as situation) s,
					    lateral (select (array['POLICE_PRIMARY','PARTNER_PRIMARY_POLICE_SUPPORTING','PARTNER_ONLY','NO_AGENCY_ACTION'])[1 + floor(random() * 4)::int + (0 * i)::int] as outcome) o
					""").param("start", start).param("end", end).update();
			System.out.printf("  %,d encounters%n", end);
		}
		jdbc.sql("""
				insert into demand.referral_demand (referral_id, encounter_id, agency, status, sent_at, acknowledged_at,
				    decided_at, ack_due_at, decision_due_at, change_seq)
				select gen_random_uuid(), e.encounter_id,
				    (array['CHILDRENS_SOCIAL_CARE','ADULT_SOCIAL_CARE','MENTAL_HEALTH_SERVICE','MARAC','IDVA'])[1 + floor(random() * 5)::int],
				    'ACCEPTED', e.occurred_at + interval '1 hour', e.occurred_at + interval '1 hour' + random() * interval '3 days',
				    e.occurred_at + interval '1 hour' + random() * interval '6 days', e.occurred_at + interval '1 day',
				    e.occurred_at + interval '3 days', nextval('demand.change_seq')
				from demand.encounter_demand e where random() < 0.33
				""").update();
	}
}
