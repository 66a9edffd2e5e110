package org.sightline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.encounter.EncounterFixtures;

/**
 * Issue #15, fault 1: a client records encounters with idempotency keys and retries each request
 * until it is acknowledged; Sightline is killed with SIGKILL in the middle of the run and started
 * again on the same database. Every encounter the client saw acknowledged exists exactly once, and
 * nothing exists that the client did not send.
 *
 * <p>Sightline runs as a separate JVM ({@link SightlineProcess}) so that it can die as a process
 * dies, with transactions in flight; the database is the test's own and outlives it.
 */
class CrashWithIdempotencyKeysTests {

	static final int CLIENTS = 4;
	static final int ENCOUNTERS_PER_CLIENT = 10;
	/** Kill Sightline once this many encounters have been acknowledged, while the clients keep sending. */
	static final int KILL_AFTER = 12;

	@TempDir
	Path dir;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/** Each key the clients sent, and the encounter its acknowledgement named (null until acknowledged). */
	final Map<String, String> acknowledged = new ConcurrentHashMap<>();
	final Set<String> sent = ConcurrentHashMap.newKeySet();
	final AtomicInteger retries = new AtomicInteger();
	final AtomicInteger repeatsAnswered = new AtomicInteger();

	@Test
	void after_a_kill_every_acknowledged_encounter_exists_exactly_once_and_nothing_unsent_exists() throws Exception {
		try (StoppableDatabase database = new StoppableDatabase(dir.resolve("pg"))) {
			SightlineProcess app = SightlineProcess.start(database, dir.resolve("first.log"));
			ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
			try {
				String base = app.base();
				List<Future<?>> running = new ArrayList<>();
				for (int c = 0; c < CLIENTS; c++) {
					running.add(clients.submit(() -> {
						for (int i = 0; i < ENCOUNTERS_PER_CLIENT; i++) {
							recordUntilAcknowledged(base, UUID.randomUUID().toString());
						}
						return null;
					}));
				}
				long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
				while (acknowledged.size() < KILL_AFTER && System.nanoTime() < deadline) {
					Thread.sleep(20);
				}
				assertThat(acknowledged).as("acknowledged before the kill").hasSizeGreaterThanOrEqualTo(KILL_AFTER);
				// one acknowledgement is lost for certain: stored, but the client never reads the answer
				String lost = UUID.randomUUID().toString();
				sent.add(lost);
				assertThat(send(base, lost).statusCode()).isEqualTo(201);
				app.kill();
				int atKill = acknowledged.size();
				app = SightlineProcess.start(database, dir.resolve("second.log"), app.port());
				recordUntilAcknowledged(app.base(), lost);
				assertThat(repeatsAnswered.get()).as("the lost one, answered after the restart as a repeat").isPositive();
				for (Future<?> client : running) {
					client.get(120, TimeUnit.SECONDS);
				}
				System.out.printf("Crash test: %d encounters acknowledged (%d before the kill), %d retries, "
						+ "%d answered as repeats (200)%n", acknowledged.size(), atKill, retries.get(), repeatsAnswered.get());
			}
			finally {
				clients.shutdownNow();
				app.kill();
			}

			assertThat(acknowledged).hasSize(CLIENTS * ENCOUNTERS_PER_CLIENT + 1);
			try (var connection = database.connect()) {
				Map<String, String> stored = new java.util.HashMap<>();
				try (var rows = connection.createStatement().executeQuery("""
						select k.key, k.encounter_id, (select count(*) from encounter.encounter e where e.id = k.encounter_id)
						from encounter.idempotency_key k""")) {
					while (rows.next()) {
						assertThat(rows.getLong(3)).as("encounters stored for key %s", rows.getString(1)).isEqualTo(1);
						stored.put(rows.getString(1), rows.getString(2));
					}
				}
				// every acknowledged key names the encounter stored for it, and only it
				assertThat(stored).containsAllEntriesOf(acknowledged);
				// nothing the client did not send: no key it did not use, no encounter without a key
				assertThat(sent).containsAll(stored.keySet());
				try (var rows = connection.createStatement().executeQuery("""
						select count(*), count(*) filter (where not exists (
						    select 1 from encounter.idempotency_key k where k.encounter_id = e.id))
						from encounter.encounter e""")) {
					rows.next();
					assertThat(rows.getLong(1)).as("encounters stored").isEqualTo(acknowledged.size());
					assertThat(rows.getLong(2)).as("encounters no client request created").isZero();
				}
			}
		}
	}

	/** The client: sends the request with its key until Sightline answers 201 or 200; anything else is retried. */
	void recordUntilAcknowledged(String base, String key) throws InterruptedException {
		sent.add(key);
		long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				HttpResponse<String> response = send(base, key);
				if (response.statusCode() == 201 || response.statusCode() == 200) {
					Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(response.body());
					assertThat(id.find()).isTrue();
					String previous = acknowledged.putIfAbsent(key, id.group(1));
					assertThat(previous).isNull();
					if (response.statusCode() == 200) {
						repeatsAnswered.incrementAndGet();
					}
					return;
				}
				assertThat(response.statusCode()).as("answer to a valid request: %s", response.body()).isGreaterThanOrEqualTo(500);
			}
			catch (IOException refusedResetOrTimedOut) {
				// Sightline is down or died while answering: the client cannot know whether it was stored
			}
			retries.incrementAndGet();
			Thread.sleep(100);
		}
		throw new AssertionError("Never acknowledged: " + key);
	}

	HttpResponse<String> send(String base, String key) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/encounters"))
			.timeout(Duration.ofSeconds(10))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("handler:demo-password".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(EncounterFixtures.CONTRACT_EXAMPLE_JSON))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Sightline in a JVM of its own, on the test's database, killable with SIGKILL. */
	record SightlineProcess(Process process, int port) {

		static SightlineProcess start(StoppableDatabase database, Path log) throws Exception {
			return start(database, log, StoppableDatabase.freePort(), List.of());
		}

		static SightlineProcess start(StoppableDatabase database, Path log, int port) throws Exception {
			return start(database, log, port, List.of());
		}

		static SightlineProcess start(StoppableDatabase database, Path log, List<String> settings) throws Exception {
			return start(database, log, StoppableDatabase.freePort(), settings);
		}

		static SightlineProcess start(StoppableDatabase database, Path log, int port, List<String> settings)
				throws Exception {
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
					Application.class.getName(), "--server.port=" + port, "--spring.jmx.enabled=false",
					"--sightline.demo=true", "--sightline.demo-password=demo-password", "--sightline.demo-records=false",
					"--sightline.demo-force.encounters=0", "--logging.level.root=WARN"));
			command.addAll(database.arguments());
			command.addAll(settings);
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			// CI's second pass points every test at its server by environment; this Sightline uses the test's own
			builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_"));
			SightlineProcess app = new SightlineProcess(builder.start(), port);
			long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
			while (System.nanoTime() < deadline) {
				if (!app.process.isAlive()) {
					throw new IllegalStateException("Sightline exited while starting:\n" + Files.readString(log));
				}
				try {
					if (http.send(HttpRequest.newBuilder(URI.create(app.base() + "/actuator/health"))
						.timeout(Duration.ofSeconds(2))
						.build(),
							HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						return app;
					}
				}
				catch (IOException notYet) {
					// still starting
				}
				Thread.sleep(250);
			}
			app.kill();
			throw new IllegalStateException("Sightline did not start within 120 s:\n" + Files.readString(log));
		}

		String base() {
			return "http://localhost:" + port;
		}

		/** SIGKILL on Linux: no shutdown hooks, no graceful stop, transactions cut where they are. */
		void kill() throws InterruptedException {
			process.destroyForcibly();
			process.waitFor(30, TimeUnit.SECONDS);
		}
	}
}
