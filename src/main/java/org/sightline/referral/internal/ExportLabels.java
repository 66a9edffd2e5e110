package org.sightline.referral.internal;

import java.util.Locale;

import org.sightline.referral.ConsentStatus;
import org.sightline.referral.LawfulBasis;
import org.sightline.referral.ReferralStatus;
import org.sightline.referral.SharedItem;
import org.sightline.shared.Agency;
import org.sightline.shared.Situation;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The plain-English words of a referral export. Exports go to readers outside the police in
 * English, whoever asks for them, so they read their own bundle plus the agency and situation
 * names the rest of the application already uses, rather than the request's locale.
 */
public final class ExportLabels {

	private static final Locale ENGLISH_UK = Locale.UK;

	private final MessageSource messages;

	public ExportLabels() {
		var source = new ResourceBundleMessageSource();
		source.setBasenames("messages/referral-export", "messages/partnership", "messages/encounter");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		this.messages = source;
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, ENGLISH_UK);
	}

	public String agency(Agency agency) {
		return text("agency." + agency.name());
	}

	String situation(Situation situation) {
		return text("situation." + situation.name());
	}

	/** A person's role; the code itself if a new role has no label yet, so an export never fails on it. */
	String role(String role) {
		try {
			return text("personRole." + role);
		}
		catch (NoSuchMessageException unknown) {
			return role;
		}
	}

	String lawfulBasis(LawfulBasis basis) {
		return text("export.lawfulBasis." + basis.name());
	}

	String consent(ConsentStatus consent) {
		return text("export.consentStatus." + consent.name());
	}

	String item(SharedItem item) {
		return text("export.sharedItem." + item.name());
	}

	String status(ReferralStatus status) {
		return text("export.referralStatus." + status.name());
	}
}
