package org.sightline.referral;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sightline.shared.Agency;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * How quickly each kind of agency should acknowledge and decide on a referral, in working days,
 * and the bank-holiday calendar, under {@code sightline.referral}. Defaults follow Working Together
 * (children's social care acknowledges and decides within one working day); every figure is
 * configuration, and a figure set for one agency replaces that figure only. Checked at start-up: a
 * figure out of range stops the start, naming the setting.
 *
 * @param targets the acknowledge and decide targets by agency, e.g.
 *        {@code sightline.referral.targets.MARAC.decide-working-days=5}; an agency not set keeps its default
 * @param bankHolidaysLocation a YAML file of the bank holidays to skip when counting working days;
 *        empty: the England and Wales calendar shipped with Sightline
 */
@ConfigurationProperties("sightline.referral")
public record ReferralSettings(Map<Agency, Targets> targets, @DefaultValue("") String bankHolidaysLocation) {

	/**
	 * Acknowledge and decide targets in working days.
	 *
	 * @param acknowledgeWorkingDays working days to acknowledge a referral
	 * @param decideWorkingDays working days to accept or decline it
	 */
	public record Targets(Integer acknowledgeWorkingDays, Integer decideWorkingDays) {
	}

	static final Map<Agency, Targets> DEFAULTS = new EnumMap<>(Map.of(
			Agency.CHILDRENS_SOCIAL_CARE, new Targets(1, 1),
			Agency.ADULT_SOCIAL_CARE, new Targets(1, 2),
			Agency.MENTAL_HEALTH_SERVICE, new Targets(1, 1),
			Agency.MARAC, new Targets(1, 5),
			Agency.IDVA, new Targets(1, 2)));
	static final Targets OTHERWISE = new Targets(2, 5);
	static final int MOST_WORKING_DAYS = 60;

	public ReferralSettings {
		Map<Agency, Targets> complete = new EnumMap<>(Agency.class);
		for (Agency agency : Agency.values()) {
			Targets fallback = DEFAULTS.getOrDefault(agency, OTHERWISE);
			Targets set = targets == null ? null : targets.get(agency);
			int acknowledge = set == null || set.acknowledgeWorkingDays() == null ? fallback.acknowledgeWorkingDays()
					: set.acknowledgeWorkingDays();
			int decide = set == null || set.decideWorkingDays() == null ? fallback.decideWorkingDays()
					: set.decideWorkingDays();
			String prefix = "sightline.referral.targets." + agency.name() + ".";
			workingDays(prefix + "acknowledge-working-days", acknowledge);
			workingDays(prefix + "decide-working-days", decide);
			complete.put(agency, new Targets(acknowledge, decide));
		}
		targets = java.util.Collections.unmodifiableMap(complete);
		bankHolidaysLocation = bankHolidaysLocation == null ? "" : bankHolidaysLocation.strip();
	}

	/** Every default, as a force that sets nothing gets. */
	public static ReferralSettings defaults() {
		return new ReferralSettings(null, null);
	}

	private static void workingDays(String setting, int days) {
		if (days < 0 || days > MOST_WORKING_DAYS) {
			throw new IllegalArgumentException(
					setting + " is " + days + ": it must be between 0 and " + MOST_WORKING_DAYS + " working days");
		}
	}

	public Targets targets(Agency agency) {
		return targets.getOrDefault(agency, OTHERWISE);
	}

	/** The England and Wales calendar shipped with Sightline. */
	public static Set<LocalDate> bundledBankHolidays() {
		try (InputStream in = ReferralSettings.class.getClassLoader().getResourceAsStream("referral/bank-holidays.yml")) {
			return read(in);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public static Set<LocalDate> bankHolidays(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return read(in);
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot read the bank holidays from " + resource, e);
		}
	}

	private static Set<LocalDate> read(InputStream in) {
		Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		Set<LocalDate> dates = new HashSet<>();
		if (document instanceof Map<?, ?> map) {
			for (Object list : map.values()) {
				if (list instanceof List<?> items) {
					for (Object item : items) {
						dates.add(item instanceof java.util.Date date
								? date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate()
								: LocalDate.parse(String.valueOf(item)));
					}
				}
			}
		}
		return dates;
	}
}
