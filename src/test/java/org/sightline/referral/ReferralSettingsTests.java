package org.sightline.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sightline.shared.Agency;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Referral targets are bound like every other setting: one default each, a set figure replacing only itself. */
class ReferralSettingsTests {

	static ReferralSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("sightline.referral",
				ReferralSettings.class);
	}

	@Test
	void a_force_that_sets_nothing_gets_the_working_together_targets() {
		ReferralSettings settings = bind(Map.of());
		assertThat(settings.targets(Agency.CHILDRENS_SOCIAL_CARE)).isEqualTo(new ReferralSettings.Targets(1, 1));
		assertThat(settings.targets(Agency.MARAC)).isEqualTo(new ReferralSettings.Targets(1, 5));
		assertThat(settings.bankHolidaysLocation()).isEmpty();
		assertThat(settings).isEqualTo(ReferralSettings.defaults());
	}

	@Test
	void a_figure_set_for_one_agency_replaces_that_figure_only() {
		ReferralSettings settings = bind(Map.of("sightline.referral.targets.MARAC.decide-working-days", "3",
				"sightline.referral.bank-holidays-location", "file:/etc/sightline/bank-holidays.yml"));
		assertThat(settings.targets(Agency.MARAC)).isEqualTo(new ReferralSettings.Targets(1, 3));
		assertThat(settings.targets(Agency.ADULT_SOCIAL_CARE)).isEqualTo(new ReferralSettings.Targets(1, 2));
		assertThat(settings.bankHolidaysLocation()).isEqualTo("file:/etc/sightline/bank-holidays.yml");
	}

	@Test
	void a_negative_target_stops_the_start_naming_the_setting() {
		assertThatThrownBy(() -> bind(Map.of("sightline.referral.targets.IDVA.acknowledge-working-days", "-1")))
			.isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("sightline.referral.targets.IDVA.acknowledge-working-days is -1");
	}

	@Test
	void a_target_for_an_agency_that_does_not_exist_stops_the_start_naming_the_setting() {
		assertThatThrownBy(() -> bind(Map.of("sightline.referral.targets.SOCIAL_CARE.decide-working-days", "2")))
			.isInstanceOf(BindException.class)
			.hasMessageContaining("sightline.referral.targets");
	}
}
