package org.sightline.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.Application;
import org.sightline.notification.DeliveryStatus.Status;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nothing in the outbox is lost when the application stops before delivering it. The first run has
 * no SMTP server configured and nothing listening at the webhook URL; the second run has both, on
 * one embedded-PostgreSQL data directory, and each receiver gets each message exactly once.
 */
class NotificationsSurviveRestartTests {

	static final String SECRET = "restart-test-secret";

	@TempDir
	Path dataDir;

	/** Both starts use one database, also on an external PostgreSQL (see IsolatedTestDatabase). */
	final String database = "restart_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	ConfigurableApplicationContext start(String... more) {
		String[] args = Stream.concat(Stream.of("--server.port=0", "--sightline.embedded-db.dir=" + dataDir.resolve("pg"), "--sightline.test.database-name=" + database,
				"--spring.jmx.enabled=false", "--sightline.scheduler.polling-interval=1s",
				"--sightline.notification.poll-interval=1s", "--sightline.notification.retry-delays=1s",
				"--sightline.notification.webhook-timeout=2s", "--sightline.notification.webhook-secret=" + SECRET),
				Stream.of(more))
			.toArray(String[]::new);
		return new SpringApplicationBuilder(Application.class).run(args);
	}

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	static DeliveryStatus status(ConfigurableApplicationContext context, String referral, UUID id) {
		return context.getBean(Notifications.class)
			.statusFor("REFERRAL", referral)
			.stream()
			.filter(s -> s.messageId().equals(id))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void messages_enqueued_before_a_restart_are_delivered_after_it_exactly_once() throws Exception {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("hub", null,
					AuthorityUtils.createAuthorityList("ROLE_SAFEGUARDING_HUB")));
		int smtpPort = WebhookReceiver.freePort();
		int webhookPort = WebhookReceiver.freePort();
		String webhookUrl = "http://127.0.0.1:" + webhookPort + "/hooks/referrals";
		String referral = UUID.randomUUID().toString();
		UUID email;
		UUID webhook;

		try (var first = start()) {
			TransactionTemplate tx = new TransactionTemplate(first.getBean(PlatformTransactionManager.class));
			Notifications notifications = first.getBean(Notifications.class);
			email = tx.execute(s -> notifications.enqueue(Notification.email("mash@csc.demo-council.example",
					"Referral sent", "A referral is waiting for you.", "REFERRAL", referral, "REFERRAL_SENT")));
			webhook = tx.execute(s -> notifications.enqueue(Notification.webhook(webhookUrl, "{\"referralId\":\"" + referral
					+ "\"}", "REFERRAL", referral, "REFERRAL_SENT")));

			await().pollInSameThread().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				DeliveryStatus waiting = status(first, referral, email);
				assertThat(waiting.status()).isEqualTo(Status.PENDING);
				assertThat(waiting.attempts()).isZero();
				assertThat(waiting.lastError()).contains("no SMTP server configured (spring.mail.host)");
				DeliveryStatus retrying = status(first, referral, webhook);
				assertThat(retrying.status()).isEqualTo(Status.RETRYING);
				assertThat(retrying.attempts()).isPositive();
			});
		}

		GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		try (var receiver = WebhookReceiver.start(webhookPort, SECRET);
				var second = start("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort)) {
			await().pollInSameThread().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
				assertThat(status(second, referral, email).status()).isEqualTo(Status.DELIVERED);
				assertThat(status(second, referral, webhook).status()).isEqualTo(Status.DELIVERED);
			});
			// Each stays at one for a few more polls: no duplicate follows.
			await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
				.until(() -> smtp.getReceivedMessages().length == 1 && receiver.requestsFor(webhook.toString()).size() == 1);

			List<String> emailIds = Arrays.stream(smtp.getReceivedMessages()).map(m -> {
				try {
					return m.getMessageID();
				}
				catch (MessagingException e) {
					throw new IllegalStateException(e);
				}
			}).toList();
			assertThat(emailIds).containsExactly("<" + email + "@sightline>");
			assertThat(receiver.requestsFor(webhook.toString())).singleElement().satisfies(request -> {
				assertThat(request.signed()).isTrue();
				assertThat(request.answered()).isEqualTo(200);
				assertThat(request.envelopeMessageId()).isEqualTo(webhook.toString());
			});
		}
		finally {
			smtp.stop();
		}
	}
}
