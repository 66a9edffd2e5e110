package org.sightline.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sightline.shared.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The course catalogue and the required courses per role: defaults, a force's own, and values that cannot work. */
class LearningSettingsTests {

	@EnableConfigurationProperties(LearningSettings.class)
	static class Settings {
	}

	final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

	@Test
	void a_force_that_sets_nothing_gets_four_courses_and_a_list_for_each_operational_role() {
		runner.run(context -> {
			LearningSettings settings = context.getBean(LearningSettings.class);
			assertThat(settings.dueWithinDays()).isEqualTo(60);
			assertThat(settings.courses().keySet()).containsExactly("VULNERABILITY_THRIVE", "DA_MATTERS",
					"MENTAL_HEALTH_AWARENESS", "CHILD_EXPLOITATION");
			assertThat(settings.courses().get("MENTAL_HEALTH_AWARENESS").renewalMonths()).isEqualTo(24);
			assertThat(settings.requiredOf(Set.of(Role.RESPONDER))).hasSize(4);
			assertThat(settings.requiredOf(Set.of(Role.ANALYST))).isEmpty();
			assertThat(settings.requiredOf(Set.of(Role.TRAINER, Role.WELLBEING_LEAD)))
				.containsExactly("VULNERABILITY_THRIVE", "MENTAL_HEALTH_AWARENESS");
		});
	}

	@Test
	void a_force_lists_its_own_courses_and_what_each_role_requires() {
		runner.withPropertyValues("sightline.learning.due-within-days=30",
				"sightline.learning.courses.STALKING.title=Stalking and harassment",
				"sightline.learning.courses.STALKING.renewal-months=12",
				"sightline.learning.courses.FIRST_AID.renewal-months=0",
				"sightline.learning.required-by-role.CALL_HANDLER=STALKING,FIRST_AID")
			.run(context -> {
				LearningSettings settings = context.getBean(LearningSettings.class);
				assertThat(settings.dueWithinDays()).isEqualTo(30);
				assertThat(settings.courses().keySet()).containsExactlyInAnyOrder("STALKING", "FIRST_AID");
				assertThat(settings.courses().get("STALKING").title()).isEqualTo("Stalking and harassment");
				assertThat(settings.requiredOf(Set.of(Role.CALL_HANDLER))).containsExactlyInAnyOrder("STALKING", "FIRST_AID");
				assertThat(settings.requiredOf(Set.of(Role.RESPONDER))).isEqualTo(List.of());
			});
	}

	@Test
	void a_required_course_not_in_the_catalogue_stops_the_start_naming_the_setting() {
		runner.withPropertyValues("sightline.learning.required-by-role.RESPONDER=KNITTING")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("sightline.learning.required-by-role.RESPONDER"));
	}

	@Test
	void a_negative_renewal_period_stops_the_start_naming_the_setting() {
		runner.withPropertyValues("sightline.learning.courses.STALKING.renewal-months=-1")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("sightline.learning.courses.STALKING.renewal-months"));
	}
}
