package org.sightline.supervision.internal;

import java.util.Locale;

import org.sightline.supervision.ReviewItem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Review items in words for pages ({@code messages/supervision.properties}). A kind a force adds
 * (its own trigger rule) has no label of its own, so it is called by the kind of record it is
 * about: a page never shows a code.
 */
@Component("reviewLabels")
public class ReviewLabels {

	private final MessageSource messages;

	ReviewLabels(MessageSource messages) {
		this.messages = messages;
	}

	public String kind(ReviewItem item) {
		String label = messages.getMessage("supervision.kind." + item.kind(), null, null, Locale.UK);
		return label != null ? label : subject(item.subject().type());
	}

	public String subject(String type) {
		String label = messages.getMessage("supervision.subject." + type, null, null, Locale.UK);
		return label != null ? label : messages.getMessage("supervision.subject.OTHER", null, Locale.UK);
	}
}
