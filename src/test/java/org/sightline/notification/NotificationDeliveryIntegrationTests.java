package org.sightline.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditEntry;
import org.sightline.audit.AuditTrail;
import org.sightline.notification.DeliveryStatus.Status;
import org.sightline.notification.internal.OutboxMessage;
import org.sightline.notification.internal.OutboxMessages;
import org.sightline.notification.internal.SendResult;
import org.sightline.notification.internal.WebhookCourier;
import org.sightline.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real SMTP server (GreenMail) and a real webhook receiver on 127.0.0.1, with
 * one-second polls and retries so a test sees several attempts.
 */
@SpringBootTest
@DirtiesContext
@WithMockUser(roles = "SAFEGUARDING_HUB")
class NotificationDeliveryIntegrationTests {

	static final String SECRET = "integration-test-secret";
	static final GreenMail SMTP;
	static final WebhookReceiver RECEIVER;

	static {
		try {
			SMTP = new GreenMail(new ServerSetup(WebhookReceiver.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			SMTP.start();
			RECEIVER = WebhookReceiver.start(0, SECRET);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
		registry.add("sightline.notification.webhook-secret", () -> SECRET);
		registry.add("sightline.notification.poll-interval", () -> "1s");
		registry.add("sightline.notification.retry-delays", () -> "1s");
		registry.add("sightline.notification.max-attempts", () -> "3");
		registry.add("sightline.notification.webhook-timeout", () -> "5s");
	}

	@AfterAll
	static void stop() {
		SMTP.stop();
		RECEIVER.close();
	}

	@Autowired
	Notifications notifications;

	@Autowired
	OutboxMessages outbox;

	@Autowired
	WebhookCourier webhooks;

	@Autowired
	AuditTrail audit;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	/** Security context is per thread: poll in the test's thread, which has the mock user. */
	static ConditionFactory eventually() {
		return await().pollInSameThread().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200));
	}

	UUID enqueue(Notification notification) {
		return new TransactionTemplate(transactions).execute(status -> notifications.enqueue(notification));
	}

	DeliveryStatus status(String referral, UUID id) {
		return notifications.statusFor("REFERRAL", referral)
			.stream()
			.filter(s -> s.messageId().equals(id))
			.findFirst()
			.orElseThrow();
	}

	static List<MimeMessage> emailsWithId(UUID id) {
		return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
			try {
				return id.toString().equals(m.getHeader("X-Sightline-Message-Id", null));
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	static String referral() {
		return UUID.randomUUID().toString();
	}

	@Test
	void an_enqueued_email_arrives_with_its_stable_message_id_and_the_disclosure_is_audited() throws Exception {
		String referral = referral();
		UUID id = enqueue(Notification.email("mash@csc.demo-council.example", "Referral sent: concern for a child",
				"A referral is waiting for you in Sightline.", "REFERRAL", referral, "REFERRAL_SENT"));

		eventually().until(() -> emailsWithId(id).size() == 1);
		MimeMessage email = emailsWithId(id).get(0);
		assertThat(email.getMessageID()).isEqualTo("<" + id + "@sightline>");
		assertThat(email.getFrom()[0].toString()).isEqualTo("sightline@demo-constabulary.example");
		assertThat(email.getAllRecipients()[0].toString()).isEqualTo("mash@csc.demo-council.example");
		assertThat(email.getSubject()).isEqualTo("Referral sent: concern for a child");
		assertThat(((String) email.getContent()).trim()).isEqualTo("A referral is waiting for you in Sightline.");

		eventually().untilAsserted(() -> assertThat(status(referral, id).status()).isEqualTo(Status.DELIVERED));
		DeliveryStatus status = status(referral, id);
		assertThat(status.channel()).isEqualTo(Channel.EMAIL);
		assertThat(status.recipient()).isEqualTo("mash@csc.demo-council.example");
		assertThat(status.attempts()).isEqualTo(1);
		assertThat(status.deliveredAt()).isPresent();
		assertThat(status.nextAttemptAt()).isEmpty();
		assertThat(audit.entriesFor("REFERRAL", referral)).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo(AuditAction.DISCLOSURE);
			assertThat(entry.actor()).isEqualTo("notification");
			assertThat(entry.detail()).contains(id.toString(), "mash@csc.demo-council.example");
		});
	}

	@Test
	void a_webhook_arrives_signed_with_its_message_id_in_the_header_and_the_envelope() {
		String referral = referral();
		String path = "/hooks/" + UUID.randomUUID();
		UUID id = enqueue(Notification.webhook(RECEIVER.url(path), "{\"referralId\":\"" + referral + "\"}", "REFERRAL",
				referral, "REFERRAL_ACKNOWLEDGED"));

		eventually().until(() -> RECEIVER.requestsTo(path).size() == 1);
		WebhookReceiver.Request request = RECEIVER.requestsTo(path).get(0);
		assertThat(request.signed()).isTrue();
		assertThat(request.answered()).isEqualTo(200);
		assertThat(request.headerMessageId()).isEqualTo(id.toString());
		assertThat(request.envelopeMessageId()).isEqualTo(id.toString());
		assertThat(request.body()).contains("\"eventType\":\"REFERRAL_ACKNOWLEDGED\"",
				"\"payload\":{\"referralId\":\"" + referral + "\"}");
		eventually().untilAsserted(() -> assertThat(status(referral, id).status()).isEqualTo(Status.DELIVERED));
	}

	@Test
	void a_receiver_that_fails_twice_gets_the_same_message_id_on_the_third_attempt() {
		String referral = referral();
		String path = "/flaky/" + UUID.randomUUID();
		RECEIVER.failNext(path, 2);
		UUID id = enqueue(Notification.webhook(RECEIVER.url(path), "{}", "REFERRAL", referral, "REFERRAL_DECLINED"));

		eventually().untilAsserted(() -> assertThat(status(referral, id).status()).isEqualTo(Status.DELIVERED));
		assertThat(RECEIVER.requestsTo(path)).extracting(WebhookReceiver.Request::answered).containsExactly(500, 500, 200);
		assertThat(RECEIVER.requestsTo(path)).extracting(WebhookReceiver.Request::headerMessageId)
			.containsOnly(id.toString());
		assertThat(RECEIVER.requestsTo(path)).extracting(WebhookReceiver.Request::body).as("the same body every time")
			.containsOnly(RECEIVER.requestsTo(path).get(0).body());
		DeliveryStatus status = status(referral, id);
		assertThat(status.attempts()).isEqualTo(3);
		assertThat(status.lastError()).contains("receiver answered HTTP 500");
	}

	@Test
	void a_message_fails_after_the_last_allowed_attempt_and_is_not_tried_again() {
		String referral = referral();
		String path = "/down/" + UUID.randomUUID();
		RECEIVER.failAlways(path);
		UUID id = enqueue(Notification.webhook(RECEIVER.url(path), "{}", "REFERRAL", referral, "REFERRAL_OVERDUE"));

		eventually().untilAsserted(() -> assertThat(status(referral, id).status()).isEqualTo(Status.FAILED));
		DeliveryStatus status = status(referral, id);
		assertThat(status.attempts()).isEqualTo(3);
		assertThat(status.nextAttemptAt()).isEmpty();
		assertThat(status.lastError()).contains("receiver answered HTTP 500");
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> RECEIVER.requestsTo(path).size() == 3);
		assertThat(audit.entriesFor("REFERRAL", referral)).isEmpty();
	}

	@Test
	void a_rolled_back_transaction_enqueues_nothing() {
		String referral = referral();
		String path = "/rolled-back/" + UUID.randomUUID();
		new TransactionTemplate(transactions).executeWithoutResult(tx -> {
			notifications.enqueue(Notification.webhook(RECEIVER.url(path), "{}", "REFERRAL", referral, "REFERRAL_SENT"));
			notifications.enqueue(Notification.email("mash@csc.demo-council.example", "Referral sent", "text", "REFERRAL",
					referral, "REFERRAL_SENT"));
			tx.setRollbackOnly();
		});

		assertThat(notifications.statusFor("REFERRAL", referral)).isEmpty();
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> RECEIVER.requestsTo(path).isEmpty());
	}

	@Test
	void a_message_is_enqueued_only_inside_the_callers_transaction() {
		String referral = referral();
		assertThatThrownBy(() -> notifications
			.enqueue(Notification.webhook(RECEIVER.url("/no-tx"), "{}", "REFERRAL", referral, "REFERRAL_SENT")))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThat(notifications.statusFor("REFERRAL", referral)).isEmpty();
	}

	@Test
	void a_node_that_sent_a_message_and_died_before_recording_it_leads_to_a_resend_under_the_same_id() {
		String referral = referral();
		String path = "/crash/" + UUID.randomUUID();
		// One transaction enqueues and picks, as a node would, so the running scheduler cannot pick it first;
		// the lease is two seconds.
		OutboxMessage picked = new TransactionTemplate(transactions).execute(tx -> {
			notifications.enqueue(Notification.webhook(RECEIVER.url(path), "{\"n\":1}", "REFERRAL", referral,
					"REFERRAL_SENT"));
			Instant now = Instant.now();
			return outbox.pickNext(Set.of(Channel.WEBHOOK), now, now.plusSeconds(2)).orElseThrow();
		});
		assertThat(picked.subjectId()).isEqualTo(referral);
		// The node sends it, then dies: the outcome is never recorded.
		assertThat(webhooks.send(picked)).isInstanceOf(SendResult.Sent.class);

		eventually().untilAsserted(() -> assertThat(status(referral, picked.id()).status()).isEqualTo(Status.DELIVERED));
		assertThat(RECEIVER.requestsTo(path)).hasSize(2)
			.extracting(WebhookReceiver.Request::envelopeMessageId)
			.containsOnly(picked.id().toString());
		assertThat(status(referral, picked.id()).attempts()).isEqualTo(2);
		assertThat(audit.entriesFor("REFERRAL", referral)).extracting(AuditEntry::action)
			.containsExactly(AuditAction.DISCLOSURE);
	}

	@Test
	void a_webhook_body_that_is_not_json_or_an_unusable_recipient_is_refused() {
		Supplier<TransactionTemplate> tx = () -> new TransactionTemplate(transactions);
		assertThatThrownBy(() -> tx.get()
			.execute(s -> notifications.enqueue(Notification.webhook(RECEIVER.url("/x"), "not json", "REFERRAL", "r", "E"))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("body"));
		assertThatThrownBy(() -> tx.get()
			.execute(s -> notifications.enqueue(Notification.webhook("ftp://partner.example/", "{}", "REFERRAL", "r", "E"))))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> tx.get()
			.execute(s -> notifications.enqueue(Notification.email("not an address", "S", "T", "REFERRAL", "r", "E"))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("recipient"));
	}

	@Test
	void after_retention_a_delivered_message_keeps_its_status_but_not_its_subject_or_body() {
		String referral = referral();
		UUID id = enqueue(Notification.email("mash@csc.demo-council.example", "Referral sent", "Personal details",
				"REFERRAL", referral, "REFERRAL_SENT"));
		eventually().untilAsserted(() -> assertThat(status(referral, id).status()).isEqualTo(Status.DELIVERED));

		assertThat(outbox.eraseExpired(Instant.now().plus(Duration.ofDays(89)))).as("not yet").isZero();
		assertThat(outbox.eraseExpired(Instant.now().plus(Duration.ofDays(91)))).isPositive();

		assertThat(jdbc.sql("select coalesce(subject_line, body, 'erased') from notification.outbox_message where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("erased");
		assertThat(status(referral, id).status()).isEqualTo(Status.DELIVERED);
	}

	@Test
	void delivery_status_is_read_only_by_a_signed_in_user() {
		SecurityContextHolder.clearContext();
		assertThatThrownBy(() -> notifications.statusFor("REFERRAL", referral()))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}
}
