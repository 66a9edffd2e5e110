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
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * How quickly each kind of agency should acknowledge and decide on a referral, in working days,
 * and the bank-holiday calendar. Defaults follow Working Together (children's social care
 * acknowledges and decides within one working day); every figure is configuration:
 * {@code sightline.referral.targets.<AGENCY>.acknowledge-working-days} and {@code .decide-working-days}.
 */
public final class ReferralSettings {

	/** Acknowledge and decide targets in working days. */
	public record Targets(int acknowledgeWorkingDays, int decideWorkingDays) {
	}

	static final Map<Agency, Targets> DEFAULTS = new EnumMap<>(Map.of(
			Agency.CHILDRENS_SOCIAL_CARE, new Targets(1, 1),
			Agency.ADULT_SOCIAL_CARE, new Targets(1, 2),
			Agency.MENTAL_HEALTH_SERVICE, new Targets(1, 1),
			Agency.MARAC, new Targets(1, 5),
			Agency.IDVA, new Targets(1, 2)));
	static final Targets OTHERWISE = new Targets(2, 5);

	private final Map<Agency, Targets> targets;

	ReferralSettings(Map<Agency, Targets> targets) {
		this.targets = new EnumMap<>(targets);
	}

	public static ReferralSettings from(Environment environment) {
		Map<Agency, Targets> targets = new EnumMap<>(Agency.class);
		for (Agency agency : Agency.values()) {
			Targets fallback = DEFAULTS.getOrDefault(agency, OTHERWISE);
			String prefix = "sightline.referral.targets." + agency.name() + ".";
			targets.put(agency, new Targets(
					environment.getProperty(prefix + "acknowledge-working-days", Integer.class, fallback.acknowledgeWorkingDays()),
					environment.getProperty(prefix + "decide-working-days", Integer.class, fallback.decideWorkingDays())));
		}
		return new ReferralSettings(targets);
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
