package org.sightline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.CrashWithIdempotencyKeysTests.SightlineProcess;
import org.sightline.assessment.AssessmentFixtures;
import org.sightline.encounter.EncounterFixtures;

/**
 * Issue #15, fault 3: Sightline is killed between a referral's commit and its notification; after a
 * restart the notification is delivered, and a receiver that drops duplicates by Message-ID sees it
 * exactly once.
 *
 * <p>The kill comes at the worst moment for an outbox: the SMTP server has the whole message but has
 * not yet said "250 OK", so Sightline cannot know it was delivered. After the restart it sends the
 * message again (once the dead node's lease on it runs out), with the same Message-ID.
 */
class OutboxAfterCrashTests {

	static final String AGENCY_MAILBOX = "front-door@csc.example";

	@TempDir
	Path dir;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void a_referral_committed_before_a_kill_is_notified_after_the_restart_once_to_a_receiver_that_drops_duplicates()
			throws Exception {
		try (StoppableDatabase database = new StoppableDatabase(dir.resolve("pg"));
				HeldSmtpServer smtp = new HeldSmtpServer(StoppableDatabase.freePort())) {
			List<String> settings = List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port(),
					"--sightline.notification.poll-interval=1s", "--sightline.notification.retry-delays=1s",
					"--sightline.notification.webhook-timeout=1s", "--sightline.notification.lease=3s",
					"--sightline.scheduler.polling-interval=1s");
			SightlineProcess app = SightlineProcess.start(database, dir.resolve("first.log"), settings);
			try {
				try (var connection = database.connect(); var sql = connection.createStatement()) {
					sql.execute("insert into partnership.contact_route (agency_code, position, kind, value) "
							+ "values ('CHILDRENS_SOCIAL_CARE', 1000, 'EMAIL', '" + AGENCY_MAILBOX + "')");
				}
				String referral = referChildFromAnEncounter(app.base());

				assertThat(smtp.firstMessageHeld.await(60, TimeUnit.SECONDS)).as("the e-mail reached the SMTP server").isTrue();
				app.kill(); // the referral is committed; the e-mail was received, but never acknowledged to Sightline

				String outboxId;
				try (var connection = database.connect(); var sql = connection.createStatement();
						var rows = sql.executeQuery("select id, status from notification.outbox_message where subject_id = '"
								+ referral + "' and recipient = '" + AGENCY_MAILBOX + "'")) {
					assertThat(rows.next()).as("the notification committed with the referral").isTrue();
					outboxId = rows.getString(1);
					assertThat(rows.getString(2)).as("not known to be delivered at the kill").isNotEqualTo("DELIVERED");
					assertThat(rows.next()).isFalse();
				}

				smtp.release();
				long restarted = System.nanoTime();
				app = SightlineProcess.start(database, dir.resolve("second.log"), settings);
				// the dead node's hold on the delivery task is found dead after 4 missed heartbeats of 5 s
				long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
				String status = "";
				while (!status.equals("DELIVERED") && System.nanoTime() < deadline) {
					Thread.sleep(250);
					try (var connection = database.connect(); var sql = connection.createStatement();
							var rows = sql.executeQuery("select status from notification.outbox_message where id = '" + outboxId + "'")) {
						rows.next();
						status = rows.getString(1);
					}
				}
				assertThat(status).as("the notification after the restart").isEqualTo("DELIVERED");
				System.out.printf("Outbox test: delivered %d s after the restart began%n",
						(System.nanoTime() - restarted) / 1_000_000_000);
				Thread.sleep(3_000); // a few more polls: nothing else follows

				System.out.printf("Outbox test: %d copies received, message ids %s%n", smtp.received.size(), smtp.messageIds);
				// the crash did its worst: the receiver was sent the message twice ...
				assertThat(smtp.received).hasSize(2);
				// ... and, dropping duplicates by Message-ID, sees it once, under the outbox row's id
				assertThat(smtp.messageIds).containsExactly("<" + outboxId + "@sightline>");
				assertThat(smtp.received).allSatisfy(message -> assertThat(message).contains("has been sent to your agency"));
			}
			finally {
				app.kill();
			}
		}
	}

	String referChildFromAnEncounter(String base) throws Exception {
		String encounter = post(base, "/api/v1/encounters", EncounterFixtures.CONTRACT_EXAMPLE_JSON);
		String encounterId = field(encounter, "id");
		Matcher people = Pattern.compile("\"people\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*?\\}\\s*,\\s*\\{\\s*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"",
				Pattern.DOTALL).matcher(encounter);
		assertThat(people.find()).as(encounter).isTrue();
		post(base, "/api/v1/encounters/" + encounterId + "/assessments",
				AssessmentFixtures.initialJson(people.group(1), people.group(2)));
		return field(post(base, "/api/v1/referrals", """
				{ "encounterId": "%s", "agency": "CHILDRENS_SOCIAL_CARE", "personIds": ["%s"], "reason": "Child present",
				  "dataItems": ["AGES"], "lawfulBasis": "CHILDREN_ACT_2004_S11", "consentStatus": "NOT_SOUGHT_PREJUDICE",
				  "consentRationale": "Would alert the suspect" }
				""".formatted(encounterId, people.group(2))), "id");
	}

	String post(String base, String path, String json) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("responder:demo-password".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 299);
		return response.body();
	}

	static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
		assertThat(m.find()).as(json).isTrue();
		return m.group(1);
	}

	/**
	 * A small SMTP receiver that drops duplicates by Message-ID ({@link #messageIds}) and keeps every
	 * copy it was sent ({@link #received}). It holds its answer to the first message's data until
	 * released, so the sender can be killed after the message arrived and before it was acknowledged.
	 */
	static final class HeldSmtpServer implements AutoCloseable {

		final List<String> received = new CopyOnWriteArrayList<>();
		final Set<String> messageIds = ConcurrentHashMap.newKeySet();
		final CountDownLatch firstMessageHeld = new CountDownLatch(1);
		private final CountDownLatch released = new CountDownLatch(1);
		private final ServerSocket server;

		HeldSmtpServer(int port) throws IOException {
			server = new ServerSocket(port);
			Thread acceptor = new Thread(() -> {
				while (!server.isClosed()) {
					try {
						Socket socket = server.accept();
						Thread session = new Thread(() -> serve(socket), "smtp-session");
						session.setDaemon(true);
						session.start();
					}
					catch (IOException closed) {
						return;
					}
				}
			}, "smtp-acceptor");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		int port() {
			return server.getLocalPort();
		}

		void release() {
			released.countDown();
		}

		private void serve(Socket socket) {
			try (socket; var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
					OutputStream out = socket.getOutputStream()) {
				reply(out, "220 test SMTP");
				String line;
				while ((line = in.readLine()) != null) {
					String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
					switch (command) {
						case "EHLO", "HELO" -> reply(out, "250 test");
						case "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
						case "QUIT" -> {
							reply(out, "221 Bye");
							return;
						}
						case "DATA" -> {
							reply(out, "354 End data with <CR><LF>.<CR><LF>");
							StringBuilder message = new StringBuilder();
							while ((line = in.readLine()) != null && !line.equals(".")) {
								message.append(line.startsWith("..") ? line.substring(1) : line).append('\n');
							}
							received.add(message.toString());
							Matcher id = Pattern.compile("(?im)^Message-ID:\\s*(\\S+)").matcher(message);
							if (id.find()) {
								messageIds.add(id.group(1));
							}
							if (firstMessageHeld.getCount() > 0) {
								firstMessageHeld.countDown();
								released.await(120, TimeUnit.SECONDS);
							}
							reply(out, "250 OK queued");
						}
						default -> reply(out, "502 Command not implemented");
					}
				}
			}
			catch (IOException | InterruptedException gone) {
				// the sender died or hung up
			}
		}

		private static void reply(OutputStream out, String text) throws IOException {
			out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
		}

		@Override
		public void close() throws IOException {
			release();
			server.close();
		}
	}
}
