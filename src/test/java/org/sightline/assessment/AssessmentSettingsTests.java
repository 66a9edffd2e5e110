package org.sightline.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The force's safeguarding thresholds: one default each, read from settings, and refused at start-up when absurd. */
class AssessmentSettingsTests {

	static AssessmentSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("sightline.assessment", AssessmentSettings.class);
	}

	@Test
	void a_force_that_sets_nothing_gets_the_defaults_of_the_guidance() {
		AssessmentSettings settings = bind(Map.of());
		assertThat(settings.adultAge()).isEqualTo(18);
		assertThat(settings.missingPerson().youngChildAge()).isEqualTo(12);
		assertThat(settings.childSafeguarding().youngChildAge()).isEqualTo(5);
		assertThat(settings.childSafeguarding().operationEncompass()).isTrue();
		assertThat(settings.toolsDirectory()).isEmpty();
		assertThat(settings).isEqualTo(AssessmentSettings.defaults());
	}

	@Test
	void a_force_setting_is_read_under_its_documented_name() {
		AssessmentSettings settings = bind(Map.of("sightline.assessment.missing-person.young-child-age", "13",
				"sightline.assessment.child-safeguarding.operation-encompass", "false"));
		assertThat(settings.missingPerson().youngChildAge()).isEqualTo(13);
		assertThat(settings.childSafeguarding().operationEncompass()).isFalse();
		assertThat(settings.adultAge()).isEqualTo(18);
	}

	@Test
	void an_adult_age_outside_the_law_stops_the_start_naming_the_setting() {
		assertThatThrownBy(() -> bind(Map.of("sightline.assessment.adult-age", "8")))
			.isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("sightline.assessment.adult-age is 8");
	}

	@Test
	void marac_thresholds_have_one_default_each_and_refuse_nonsense() {
		MaracSettings defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
			.bindOrCreate("sightline.marac", MaracSettings.class);
		assertThat(defaults).isEqualTo(MaracSettings.defaults());
		assertThat(defaults.minimumAge()).isEqualTo(MaracReferralPolicy.DEFAULT_MINIMUM_AGE);
		assertThatThrownBy(() -> new Binder(new MapConfigurationPropertySource(Map.of("sightline.marac.escalation-incidents", "0")))
			.bindOrCreate("sightline.marac", MaracSettings.class)).rootCause()
			.hasMessageContaining("sightline.marac.escalation-incidents is 0");
	}
}
