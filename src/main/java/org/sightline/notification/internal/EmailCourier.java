package org.sightline.notification.internal;

import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.sightline.notification.Channel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends e-mails through Boot's {@link JavaMailSender}, which exists only when {@code spring.mail.host}
 * is set; without it e-mails wait. The Message-ID is the outbox id, set before sending (Spring keeps
 * a Message-ID that is already set), so a retry is the same message to the receiving mail system.
 */
@Component
public class EmailCourier implements Courier {

	static final String NOT_CONFIGURED = "no SMTP server configured (spring.mail.host)";

	private final ObjectProvider<JavaMailSender> mailSender;
	private final String from;

	EmailCourier(ObjectProvider<JavaMailSender> mailSender, NotificationSettings settings) {
		this.mailSender = mailSender;
		this.from = settings.from();
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public Optional<String> unavailable() {
		return mailSender.getIfAvailable() == null ? Optional.of(NOT_CONFIGURED) : Optional.empty();
	}

	@Override
	public SendResult send(OutboxMessage message) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			return new SendResult.NotSent(NOT_CONFIGURED);
		}
		try {
			MimeMessage mime = sender.createMimeMessage();
			MimeMessageHelper email = new MimeMessageHelper(mime, false, "UTF-8");
			email.setFrom(from);
			email.setTo(message.recipient());
			email.setSubject(message.subject());
			email.setText(message.body(), false);
			mime.setHeader("Message-ID", message.emailMessageId());
			mime.setHeader("X-Sightline-Message-Id", message.id().toString());
			mime.setHeader("X-Sightline-Event-Type", message.eventType());
			sender.send(mime);
			return new SendResult.Sent();
		}
		catch (MessagingException | RuntimeException e) { // a MailException is a RuntimeException
			return new SendResult.NotSent(Errors.describe(e));
		}
	}
}
