package org.sightline.shared;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings under {@code sightline} that several modules read: who the force is, where it runs and
 * whether this is a demonstration. Each module's own settings live with the module; these are here so
 * that a setting read in three places has its default written once. Checked at start-up: a value that
 * cannot be right stops the start, naming the setting.
 *
 * @param forceName the force's name, shown in the header, on the partner portal and on error pages;
 *        there is no default, so an installation cannot go live as someone else's force
 * @param demo demo mode: creates the demo accounts and invented records, and signs webhooks with the
 *        published demo secret; switch off in production
 * @param timeZone the zone in which times are shown to people and typed by them
 * @param baseUrl the address people use to reach Sightline, for links in e-mails
 * @param retention how long records are kept before they are due for a retention review
 * @param notification how staff are e-mailed
 * @param disclosure when figures are small enough to identify someone (demand dashboard, agreement simulation)
 */
@ConfigurationProperties("sightline")
public record SightlineSettings(String forceName, @DefaultValue("true") boolean demo,
		@DefaultValue("Europe/London") ZoneId timeZone, @DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue Retention retention, @DefaultValue Notification notification, @DefaultValue Disclosure disclosure) {

	/**
	 * @param personReviewYears a person record with no activity for this many years is due for review
	 * @param encounterReviewYears an encounter or referral is due for review this many years after it
	 */
	public record Retention(@DefaultValue("6") int personReviewYears, @DefaultValue("6") int encounterReviewYears) {

		public Retention {
			atLeastOne("sightline.retention.person-review-years", personReviewYears);
			atLeastOne("sightline.retention.encounter-review-years", encounterReviewYears);
		}
	}

	/**
	 * @param staffEmailPattern a member of staff's e-mail address from their username, e.g.
	 *        {@code %s@force.police.uk}; empty: staff are not e-mailed
	 */
	public record Notification(@DefaultValue("") String staffEmailPattern) {

		public Notification {
			staffEmailPattern = staffEmailPattern == null ? "" : staffEmailPattern.strip();
			if (!staffEmailPattern.isEmpty() && !staffEmailPattern.contains("%s")) {
				throw new IllegalArgumentException("sightline.notification.staff-email-pattern is " + staffEmailPattern
						+ ": it must contain %s where the username goes");
			}
		}
	}

	/**
	 * @param minimumCount a count below this (and above 0) is withheld, so that nobody can be recognised
	 *        from a small figure
	 * @param minimumPeriodDays an agreement simulation covers at least this many days
	 */
	public record Disclosure(@DefaultValue("5") int minimumCount, @DefaultValue("7") int minimumPeriodDays) {

		public Disclosure {
			atLeastOne("sightline.disclosure.minimum-count", minimumCount);
			atLeastOne("sightline.disclosure.minimum-period-days", minimumPeriodDays);
		}
	}

	public SightlineSettings {
		if (forceName == null || forceName.isBlank()) {
			throw new IllegalArgumentException("sightline.force-name is not set: set it to the force's name");
		}
		forceName = forceName.strip();
		if (baseUrl == null || !baseUrl.matches("https?://\\S+")) {
			throw new IllegalArgumentException("sightline.base-url is " + baseUrl + ": it must start with http:// or https://");
		}
	}

	private static void atLeastOne(String setting, int years) {
		if (years < 1) {
			throw new IllegalArgumentException(setting + " is " + years + ": it must be at least 1");
		}
	}
}
