package org.sightline.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.sightline.Application;
import org.sightline.TestActors;
import org.sightline.partnership.PartnershipAgreements;
import org.sightline.routing.RoutingPolicy;
import org.sightline.routing.RoutingPreview;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Load on the running application, started in this JVM on a fresh embedded PostgreSQL (fsync and
 * synchronous_commit on, as the application configures it), over HTTP on loopback with HTTP Basic.
 * <ul>
 * <li>{@code preview}: POST /api/v1/routing/preview at rising concurrency; then in process
 * RoutingPreview.preview (validation, agreement lookup, rules, one audit entry) and RoutingPolicy.route
 * alone (the rules: the ceiling).</li>
 * <li>{@code intake}: a full intake (POST encounter with two people, POST THRIVE assessment, POST routing
 * decision) at rising concurrency, p50/p95/p99 per request type; then the raw limit: the rows one intake
 * committed (found by their transaction ids), replayed by JDBC as the same transactions with fresh ids
 * into the same database, audit chain trigger on.</li>
 * </ul>
 * Each is run twice over HTTP: with the accounts' bcrypt hashes as deployed (cost 10), and with the bench
 * accounts re-hashed at cost 4, to show what bcrypt on every stateless API request costs.
 *
 * <pre>bench/routing-preview/run-benchmark.sh, bench/intake/run-benchmark.sh</pre>
 */
public final class LoadBenchmark {

	static final String PASSWORD = "demo-password";

	static HttpClient http;

	static String base;

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		int seconds = Integer.parseInt(args[1]);
		int[] levels = Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray();
		String dir = args[3];
		ConfigurableApplicationContext ctx = SpringApplication.run(Application.class, "--server.port=0",
				"--sightline.embedded-db.dir=" + dir + "/pg", "--sightline.demo-force.encounters=0",
				"--sightline.demo-records=false", "--logging.level.root=WARN", "--server.tomcat.threads.max=200",
				// the per-client rate (50/s by default) would measure the limit, not the application
				"--sightline.api.rate-limit.per-second=0");
		try {
			base = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
			http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			DataSource app = ctx.getBean(DataSource.class);
			System.out.printf("%-34s %5s %8s %9s %8s %8s %8s %7s%n", "run", "conc", "ops", "ops/s", "p50 ms", "p95 ms",
					"p99 ms", "errors");
			// as deployed: a password (bcrypt cost 10) on every request; then an access token per client,
			// fetched once (the way a command-and-control system calls); then cost 4 as bcrypt's share
			for (String hashing : new String[] { "bcrypt-10", "token", "bcrypt-4" }) {
				bearer = hashing.equals("token");
				if (hashing.equals("bcrypt-4")) {
					rehash(app, 4);
				}
				for (int c : levels) {
					// bcrypt-10 is CPU bound at ~30 requests/s: a short run says all there is to say
					int s = hashing.equals("bcrypt-10") ? Math.min(seconds, 15) : seconds;
					if (mode.equals("preview")) {
						run("http preview " + hashing, c, s, LoadBenchmark::previewHttp);
					}
					else {
						run("http intake " + hashing, c, s, LoadBenchmark::intakeHttp);
					}
					if (hashing.equals("bcrypt-10") && c >= 4) {
						break;
					}
				}
			}
			if (mode.equals("preview")) {
				RoutingPreview preview = ctx.getBean(RoutingPreview.class);
				RoutingPolicy policy = ctx.getBean(RoutingPolicy.class);
				PartnershipAgreements agreements = ctx.getBean(PartnershipAgreements.class);
				RoutingPreview.Request request = new RoutingPreview.Request("MISSING_PERSON", "FAMILY_OR_FRIEND",
						new RoutingPreview.Request.Subject(81), List.of("DEMENTIA", "ADVERSE_WEATHER", "NO_ACCESS_TO_MEDICATION"),
						new RoutingPreview.Request.Dash(9), new RoutingPreview.Request.History(1, null));
				for (int c : levels) {
					run("in-process RoutingPreview.preview", c, Math.min(seconds, 20),
							() -> TestActors.as(TestActors.HANDLER, () -> preview.preview(TestActors.HANDLER, request)));
				}
				agreementLookup(ctx, agreements);
				var agreement = agreements.inForce();
				var routingCase = routingCase(preview, request);
				for (int c : levels) {
					run("in-process RoutingPolicy.route", c, Math.min(seconds, 10), () -> policy.route(routingCase, agreement));
				}
			}
			else {
				var superuser = new com.zaxxer.hikari.HikariDataSource();
				superuser.setJdbcUrl(ctx.getBean(EmbeddedPostgres.class).getJdbcUrl("postgres", "postgres"));
				superuser.setUsername("postgres");
				superuser.setMaximumPoolSize(Arrays.stream(levels).max().orElse(1));
				RawIntake raw = RawIntake.capture(superuser);
				for (int c : levels) {
					run("raw JDBC intake (same rows)", c, seconds, raw::replay);
				}
			}
			if (mode.equals("preview")) {
				ratios("http preview bcrypt-10", "in-process RoutingPreview.preview", levels);
				ratios("http preview token", "in-process RoutingPreview.preview", levels);
				ratios("http preview bcrypt-4", "in-process RoutingPreview.preview", levels);
				ratios("in-process RoutingPreview.preview", "in-process RoutingPolicy.route", levels);
			}
			else {
				ratios("http intake bcrypt-10", "raw JDBC intake (same rows)", levels);
				ratios("http intake token", "raw JDBC intake (same rows)", levels);
				ratios("http intake bcrypt-4", "raw JDBC intake (same rows)", levels);
			}
			System.out.println("per request type (by run):");
			TYPES.forEach((k, v) -> System.out.println("  " + k + " " + v));
		}
		finally {
			ctx.close();
		}
	}

	/**
	 * Before and after the agreement in force was cached by version: the old path (read the row, parse
	 * its JSON document) against PartnershipAgreements.inForce() now (look up the ref, reuse the parse).
	 */
	static void agreementLookup(ConfigurableApplicationContext ctx, PartnershipAgreements agreements) throws Exception {
		Object target = org.springframework.test.util.AopTestUtils.getTargetObject(agreements);
		var field = PartnershipAgreements.class.getDeclaredField("versions");
		field.setAccessible(true);
		Object versions = field.get(target);
		var method = versions.getClass().getDeclaredMethod("inForce");
		method.setAccessible(true);
		var tx = new org.springframework.transaction.support.TransactionTemplate(
				ctx.getBean(org.springframework.transaction.PlatformTransactionManager.class));
		tx.setReadOnly(true);
		for (int round = 0; round < 2; round++) { // the first round warms up
			int n = 2000;
			long t0 = System.nanoTime();
			for (int i = 0; i < n; i++) {
				tx.execute(status -> {
					try {
						return method.invoke(versions);
					}
					catch (ReflectiveOperationException e) {
						throw new IllegalStateException(e);
					}
				});
			}
			long t1 = System.nanoTime();
			for (int i = 0; i < n; i++) {
				agreements.inForce();
			}
			long t2 = System.nanoTime();
			if (round == 1) {
				System.out.printf("agreement in force, one thread, %d calls: read and parse per call %.0f us, "
						+ "cached by version (ref lookup only) %.0f us%n", n, (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n);
			}
		}
	}

	static org.sightline.routing.RoutingCase routingCase(RoutingPreview preview, RoutingPreview.Request request)
			throws Exception {
		var method = RoutingPreview.class.getDeclaredMethod("toCase", RoutingPreview.Request.class);
		method.setAccessible(true);
		return (org.sightline.routing.RoutingCase) method.invoke(preview, request);
	}

	/** Re-hashes the bench accounts' password at a lower bcrypt cost (only in this throwaway database). */
	static void rehash(DataSource app, int cost) throws Exception {
		String hash = "{bcrypt}" + new BCryptPasswordEncoder(cost).encode(PASSWORD);
		try (Connection c = app.getConnection();
				PreparedStatement s = c.prepareStatement(
						"update identity.account set password_hash = ? where username in ('handler', 'responder')")) {
			s.setString(1, hash);
			s.executeUpdate();
		}
		long start = System.nanoTime();
		var encoder = new BCryptPasswordEncoder(10);
		String ten = encoder.encode(PASSWORD);
		for (int i = 0; i < 20; i++) {
			encoder.matches(PASSWORD, ten);
		}
		double tenMs = (System.nanoTime() - start) / 21e6;
		var four = new BCryptPasswordEncoder(cost);
		String h4 = four.encode(PASSWORD);
		start = System.nanoTime();
		for (int i = 0; i < 200; i++) {
			four.matches(PASSWORD, h4);
		}
		System.out.printf("bcrypt check, one thread: cost 10 %.1f ms, cost %d %.2f ms%n", tenMs, cost,
				(System.nanoTime() - start) / 200e6);
	}

	interface Op {

		Object call() throws Exception;

	}

	static final Map<String, String> TYPES = new LinkedHashMap<>();

	static final Map<String, Double> RATES = new LinkedHashMap<>();

	/** Each run of {@code over} as a share of the same concurrency's run of {@code limit}. */
	static void ratios(String over, String limit, int[] levels) {
		for (int c : levels) {
			Double a = RATES.get(over + " c=" + c);
			Double b = RATES.get(limit + " c=" + c);
			if (a != null && b != null && b > 0) {
				System.out.printf("ratio c=%-3d %s / %s: %.1f / %.1f = %.1f%%%n", c, over, limit, a, b, 100 * a / b);
			}
		}
	}

	static final ThreadLocal<Map<String, long[]>> TIMINGS = new ThreadLocal<>();

	static final Map<String, ConcurrentLinkedQueue<Long>> TYPE_SAMPLES = new ConcurrentHashMap<>();

	static void run(String name, int threads, int seconds, Op op) throws Exception {
		// warm-up
		long warmEnd = System.nanoTime() + 3_000_000_000L;
		runFor(threads, warmEnd, op, null);
		TYPE_SAMPLES.clear();
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		long start = System.nanoTime();
		AtomicLong errors = runFor(threads, start + seconds * 1_000_000_000L, op, latencies);
		double elapsed = (System.nanoTime() - start) / 1e9;
		long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf("%-34s %5d %8d %9.1f %8.1f %8.1f %8.1f %7d%n", name, threads, sorted.length,
				sorted.length / elapsed, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), errors.get());
		RATES.put(name + " c=" + threads, sorted.length / elapsed);
		new TreeMap<>(TYPE_SAMPLES).forEach((type, q) -> {
			long[] s = q.stream().mapToLong(Long::longValue).sorted().toArray();
			TYPES.put(String.format("%-28s c=%-3d %-22s", name, threads, type), String.format(
					"n=%7d %8.1f/s p50 %6.1f p95 %6.1f p99 %6.1f ms", s.length, s.length / elapsed, pct(s, 50), pct(s, 95),
					pct(s, 99)));
		});
		System.out.flush();
	}

	static AtomicLong runFor(int threads, long end, Op op, ConcurrentLinkedQueue<Long> latencies) throws Exception {
		AtomicLong errors = new AtomicLong();
		List<Thread> workers = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			Thread t = new Thread(() -> {
				while (System.nanoTime() < end) {
					long t0 = System.nanoTime();
					try {
						op.call();
						if (latencies != null) {
							latencies.add(System.nanoTime() - t0);
						}
					}
					catch (Exception e) {
						if (errors.incrementAndGet() <= 3 && latencies != null) {
							System.out.println("  error: " + e);
						}
					}
				}
			});
			t.start();
			workers.add(t);
		}
		for (Thread t : workers) {
			t.join();
		}
		return errors;
	}

	static double pct(long[] sorted, int p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
	}

	static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	/** Whether requests carry an access token instead of the password. */
	static volatile boolean bearer;

	static final java.util.Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

	/** The user's credentials for one request: the password, or a token swapped for it once. */
	static String authorization(String user) {
		if (!bearer) {
			return basic(user);
		}
		return "Bearer " + TOKENS.computeIfAbsent(user, u -> {
			try {
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/oauth/token"))
					.header("Authorization", basic(u))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
					.build(), HttpResponse.BodyHandlers.ofString());
				java.util.regex.Matcher token = java.util.regex.Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"")
					.matcher(response.body());
				if (response.statusCode() != 200 || !token.find()) {
					throw new IllegalStateException("token " + response.statusCode() + " " + response.body());
				}
				return token.group(1);
			}
			catch (java.io.IOException | InterruptedException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	static String post(String type, String user, String path, String json, int expected) throws Exception {
		long t0 = System.nanoTime();
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", authorization(user))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		long took = System.nanoTime() - t0;
		if (response.statusCode() != expected) {
			throw new IllegalStateException(type + " " + response.statusCode() + " " + response.body());
		}
		TYPE_SAMPLES.computeIfAbsent(type, k -> new ConcurrentLinkedQueue<>()).add(took);
		return response.body();
	}

	static final String PREVIEW = """
			{"situation":"MISSING_PERSON","callerType":"FAMILY_OR_FRIEND","subject":{"ageYears":81},
			 "facts":["DEMENTIA","ADVERSE_WEATHER","NO_ACCESS_TO_MEDICATION"],"dash":{"yesAnswers":9},
			 "history":{"domesticIncidentsLast12Months":1,"monthsSinceLastMarac":null}}""";

	static Object previewHttp() throws Exception {
		return post("POST routing/preview", "handler", "/api/v1/routing/preview", PREVIEW, 200);
	}

	static final String[] GIVEN = { "Sam", "Alex", "Jo", "Priya", "Tomasz", "Aisha", "Owen", "Mei", "Kofi", "Ruth" };

	static final String[] FAMILY = { "Taylor", "Nowak", "Khan", "Okafor", "Evans", "Chen", "Murphy", "Singh", "Brown",
			"Ali", "Jones", "Patel" };

	static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

	/** The random part of the last family name: letters g to z, so never inside a UUID, and kept by normalising. */
	static volatile String lastFamily;

	static String suffix() {
		var r = ThreadLocalRandom.current();
		char[] letters = new char[8];
		for (int i = 0; i < letters.length; i++) {
			letters[i] = (char) ('g' + r.nextInt(20));
		}
		return new String(letters);
	}

	static Object intakeHttp() throws Exception {
		var r = ThreadLocalRandom.current();
		String suffix = suffix();
		String family = FAMILY[r.nextInt(FAMILY.length)] + "-" + suffix;
		lastFamily = suffix;
		String encounter = """
				{"source":"EMERGENCY_CALL","occurredAt":"2026-11-26T21:14:00Z",
				 "location":{"description":"14 Mill Lane, Anytown","latitude":53.80,"longitude":-1.55},
				 "situation":"DOMESTIC_ABUSE","narrative":"Caller reports shouting and a child crying next door.",
				 "people":[{"role":"VICTIM","givenName":"%s","familyName":"%s","dateOfBirth":"19%02d-%02d-%02d",
				   "vulnerabilities":["MENTAL_ILL_HEALTH"],"barriers":["FEAR_BULLYING_COERCION"],
				   "communicationNeeds":["INTERPRETER"],"spokenToAlone":true,
				   "voice":"Says she wants him to leave but is scared to say so in front of him."},
				  {"role":"CHILD_PRESENT","givenName":"%s","familyName":"%s","estimatedAgeYears":6}]}
				""".formatted(GIVEN[r.nextInt(GIVEN.length)], family, 50 + r.nextInt(50), 1 + r.nextInt(12),
				1 + r.nextInt(28), GIVEN[r.nextInt(GIVEN.length)], family);
		String body = post("POST encounters", "handler", "/api/v1/encounters", encounter, 201);
		Matcher m = ID.matcher(body);
		List<String> ids = new ArrayList<>();
		while (m.find()) {
			ids.add(m.group(1));
		}
		String encounterId = ids.get(0);
		String assessment = """
				{"trigger":"INITIAL",
				 "elements":{"THREAT":"Ex-partner at the address","HARM":"Injury","RISK":"Likely tonight",
				   "INVESTIGATION":"Assault","VULNERABILITY":"Fear; child present","ENGAGEMENT":"Speak alone"},
				 "grade":"PRIORITY",
				 "rationale":{"CODE_OF_ETHICS":{"content":"Protect the victim and the child"},
				   "INFORMATION":{"content":"Caller's account"},"ASSESSMENT":{"content":"Threat is current"},
				   "POWERS_AND_POLICY":{"notApplicableBecause":"No powers used yet"},
				   "OPTIONS":{"content":"Attend now"},"ACTION_AND_REVIEW":{"content":"Re-assess on arrival"}},
				 "personRisks":[{"personId":"%s","riskLevel":"MEDIUM"},{"personId":"%s","riskLevel":"LOW"}]}
				""".formatted(ids.get(1), ids.get(2));
		post("POST assessments", "responder", "/api/v1/encounters/" + encounterId + "/assessments", assessment, 201);
		post("POST routing-decisions", "responder", "/api/v1/encounters/" + encounterId + "/routing-decisions",
				"{\"domesticIncidentsLast12Months\":1}", 201);
		return encounterId;
	}

	/**
	 * The rows one intake commits, transaction by transaction (found by xmin after one intake over
	 * HTTP), replayed with fresh UUIDs (the same fresh UUID wherever the same one appeared, so foreign
	 * keys hold) through jsonb_populate_record: the database's own cost for the same rows and commits.
	 */
	static final class RawIntake {

		record Row(String table, String columns, String json) {
		}

		final DataSource superuser;

		final List<List<Row>> transactions;

		/** Unique values that are not UUIDs: the encounter's reference (from its sequence) and the family name. */
		String reference;

		String family;

		static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

		RawIntake(DataSource superuser, List<List<Row>> transactions) {
			this.superuser = superuser;
			this.transactions = transactions;
		}

		static RawIntake capture(DataSource superuser) throws Exception {
			long before;
			try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
				ResultSet rs = s.executeQuery("select txid_current()");
				rs.next();
				before = rs.getLong(1);
			}
			drain(superuser, "after the load runs");
			String encounterId = (String) intakeHttp();
			drain(superuser, "after the captured intake");
			Map<Long, List<Row>> byXid = new TreeMap<>();
			// written by triggers, not by the application: the replay's own trigger writes them again
			Set<String> triggerWritten = Set.of("audit.audit_chain");
			try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
				List<String[]> tables = new ArrayList<>();
				ResultSet rs = s.executeQuery("""
						select table_schema, table_name from information_schema.tables
						where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema', 'public')
						""");
				while (rs.next()) {
					tables.add(new String[] { rs.getString(1), rs.getString(2) });
				}
				for (String[] t : tables) {
					String table = t[0] + "." + t[1];
					if (triggerWritten.contains(table)) {
						continue;
					}
					List<String> columns = new ArrayList<>();
					try (PreparedStatement p = c.prepareStatement("""
							select column_name from information_schema.columns where table_schema = ? and table_name = ?
							  and is_identity = 'NO' and coalesce(column_default, '') not like 'nextval%' and is_generated = 'NEVER'
							order by ordinal_position""")) {
						p.setString(1, t[0]);
						p.setString(2, t[1]);
						ResultSet cr = p.executeQuery();
						while (cr.next()) {
							columns.add("\"" + cr.getString(1) + "\"");
						}
					}
					String cols = String.join(", ", columns);
					ResultSet rows = c.createStatement()
						.executeQuery("select xmin::text::bigint, to_jsonb(r)::text from " + table + " r where xmin::text::bigint > "
								+ before);
					while (rows.next()) {
						byXid.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(new Row(table, cols, rows.getString(2)));
					}
				}
			}
			// only this intake's transactions: every one of them names its encounter
			byXid.values().removeIf(rows -> rows.stream().noneMatch(r -> r.json().contains(encounterId)));
			System.out.println("raw intake: one intake committed " + byXid.size() + " transactions:");
			byXid.forEach((xid, rows) -> {
				Map<String, Integer> counts = new TreeMap<>();
				rows.forEach(r -> counts.merge(r.table(), 1, Integer::sum));
				System.out.println("  " + counts);
			});
			RawIntake raw = new RawIntake(superuser, new ArrayList<>(byXid.values()));
			raw.family = lastFamily;
			Matcher ref = Pattern.compile("ENC-\\d{4}-\\d{6}").matcher(raw.transactions.toString());
			raw.reference = ref.find() ? ref.group() : null;
			System.out.println("  unique values renewed on each replay: " + raw.reference + ", " + raw.family);
			return raw;
		}

		/**
		 * Waits until the event publication registry is empty (completion-mode delete: every listener,
		 * the demand projection among them, has caught up), at most two minutes, and says how long.
		 */
		static void drain(DataSource superuser, String when) throws Exception {
			long start = System.nanoTime();
			long outstanding = -1;
			while (System.nanoTime() - start < 120_000_000_000L) {
				try (Connection c = superuser.getConnection(); Statement s = c.createStatement();
						ResultSet rs = s.executeQuery("select count(*) from event_publication where completion_date is null")) {
					rs.next();
					long now = rs.getLong(1);
					if (outstanding < 0) {
						System.out.println("events outstanding " + when + ": " + now);
					}
					outstanding = now;
				}
				if (outstanding == 0) {
					break;
				}
				Thread.sleep(200);
			}
			System.out.printf("  drained to %d in %.1f s%n", outstanding, (System.nanoTime() - start) / 1e9);
		}

		Object replay() throws Exception {
			Map<String, String> fresh = new HashMap<>();
			String newFamily = suffix();
			try (Connection c = superuser.getConnection()) {
				String newReference = null;
				for (List<Row> tx : transactions) {
					c.setAutoCommit(false);
					for (Row row : tx) {
						Matcher m = UUID_TEXT.matcher(row.json());
						String json = m.replaceAll(r -> fresh.computeIfAbsent(r.group(), k -> UUID.randomUUID().toString()));
						if (reference != null && json.contains(reference)) {
							if (newReference == null) {
								try (Statement s = c.createStatement();
										ResultSet rs = s.executeQuery("select nextval('encounter.encounter_reference_seq')")) {
									rs.next();
									newReference = "ENC-" + reference.substring(4, 8) + "-%06d".formatted(rs.getLong(1));
								}
							}
							json = json.replace(reference, newReference);
						}
						if (family != null) {
							json = json.replace(family, newFamily);
						}
						try (PreparedStatement p = c.prepareStatement("insert into " + row.table() + " (" + row.columns()
								+ ") select " + row.columns() + " from jsonb_populate_record(null::" + row.table() + ", ?::jsonb)")) {
							p.setString(1, json);
							p.executeUpdate();
						}
					}
					c.commit();
				}
			}
			return null;
		}

	}

}
