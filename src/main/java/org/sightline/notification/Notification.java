package org.sightline.notification;

/**
 * A message to enqueue. {@code subjectType} and {@code subjectId} are an opaque reference to the
 * record the message is about (e.g. {@code REFERRAL} and its id), under which its delivery status is
 * read back; {@code eventType} says what happened (e.g. {@code REFERRAL_SENT}).
 *
 * @param recipient an e-mail address, or an absolute http(s) URL for a webhook
 * @param subject the e-mail subject line; for a webhook, a short title kept with the status only
 * @param body plain text for an e-mail; a JSON value for a webhook, sent as the envelope's {@code payload}
 */
public record Notification(Channel channel, String recipient, String subject, String body, String subjectType,
		String subjectId, String eventType) {

	public static Notification email(String to, String subject, String text, String subjectType, String subjectId,
			String eventType) {
		return new Notification(Channel.EMAIL, to, subject, text, subjectType, subjectId, eventType);
	}

	public static Notification webhook(String url, String json, String subjectType, String subjectId,
			String eventType) {
		return new Notification(Channel.WEBHOOK, url, eventType, json, subjectType, subjectId, eventType);
	}
}
