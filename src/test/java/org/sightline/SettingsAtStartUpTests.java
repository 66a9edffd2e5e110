package org.sightline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.sightline.assessment.AssessmentSettings;
import org.sightline.audit.internal.AuditSettings;
import org.sightline.identity.internal.IdentitySettings;
import org.sightline.routing.internal.RoutingSettings;
import org.sightline.shared.Situation;
import org.sightline.shared.SightlineSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The settings records as the application binds them at start-up: a force that sets nothing gets one
 * default for each setting, and a value that cannot work stops the start with a message naming the
 * setting, instead of the application running on it.
 */
class SettingsAtStartUpTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ SightlineSettings.class, ApplicationSettings.class, IdentitySettings.class,
			AssessmentSettings.class, RoutingSettings.class, AuditSettings.class })
	static class Settings {
	}

	final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class)
		.withPropertyValues("sightline.force-name=Northshire Police");

	@Test
	void a_force_that_sets_nothing_but_its_name_gets_one_default_for_each_setting() {
		runner.run(context -> {
			assertThat(context).hasNotFailed();
			SightlineSettings shared = context.getBean(SightlineSettings.class);
			assertThat(shared.forceName()).isEqualTo("Northshire Police");
			assertThat(shared.demo()).isTrue();
			assertThat(shared.timeZone()).isEqualTo(ZoneId.of("Europe/London"));
			assertThat(shared.retention().encounterReviewYears()).isEqualTo(6);
			assertThat(shared.disclosure().minimumCount()).isEqualTo(5);
			ApplicationSettings application = context.getBean(ApplicationSettings.class);
			assertThat(application.scheduler().pollingInterval()).isEqualTo(Duration.ofSeconds(2));
			assertThat(application.events().redeliverAfter()).isEqualTo(Duration.ofMinutes(2));
			assertThat(application.api().maxRequestBody()).isEqualTo(DataSize.ofMegabytes(1));
			assertThat(application.embeddedDb().dir()).isEqualTo("data/pg");
			IdentitySettings identity = context.getBean(IdentitySettings.class);
			assertThat(identity.signIn().maxFailuresPerAccount()).isEqualTo(5);
			assertThat(identity.tokens().lifetime()).isEqualTo(Duration.ofMinutes(10));
			assertThat(identity.apiDocs().isPublic()).isFalse();
			assertThat(context.getBean(AuditSettings.class).verifyAt()).isEqualTo(LocalTime.of(3, 15));
			assertThat(context.getBean(RoutingSettings.class).hoursPerAttendance(Situation.MISSING_PERSON))
				.isEqualTo(RoutingSettings.DEFAULT_HOURS);
		});
	}

	@Test
	void a_setting_is_read_under_its_documented_name() {
		runner.withPropertyValues("sightline.sign-in.window=30m", "sightline.api-docs.public=true",
				"sightline.audit.verify-at=04:30", "sightline.officer-hours.default=3",
				"sightline.officer-hours.MISSING_PERSON=6.5", "sightline.retention.person-review-years=4",
				"sightline.notification.staff-email-pattern=%s@northshire.police.uk").run(context -> {
					assertThat(context).hasNotFailed();
					assertThat(context.getBean(IdentitySettings.class).signIn().window()).isEqualTo(Duration.ofMinutes(30));
					assertThat(context.getBean(IdentitySettings.class).apiDocs().isPublic()).isTrue();
					assertThat(context.getBean(AuditSettings.class).verifyAt()).isEqualTo(LocalTime.of(4, 30));
					RoutingSettings routing = context.getBean(RoutingSettings.class);
					assertThat(routing.hoursPerAttendance(Situation.MISSING_PERSON)).isEqualTo(6.5);
					assertThat(routing.hoursPerAttendance(Situation.CONCERN_FOR_WELFARE)).isEqualTo(3.0);
					SightlineSettings shared = context.getBean(SightlineSettings.class);
					assertThat(shared.retention().personReviewYears()).isEqualTo(4);
					assertThat(shared.notification().staffEmailPattern()).isEqualTo("%s@northshire.police.uk");
				});
	}

	@Test
	void a_negative_duration_stops_the_start_naming_the_setting() {
		runner.withPropertyValues("sightline.scheduler.polling-interval=-2s")
			.run(context -> assertFailsNaming(context, "sightline.scheduler.polling-interval is PT-2S"));
	}

	@Test
	void an_adult_age_of_0_stops_the_start_naming_the_setting() {
		runner.withPropertyValues("sightline.assessment.adult-age=0")
			.run(context -> assertFailsNaming(context, "sightline.assessment.adult-age is 0"));
	}

	@Test
	void an_installation_without_a_force_name_does_not_start() {
		new ApplicationContextRunner().withUserConfiguration(Settings.class)
			.run(context -> assertFailsNaming(context, "sightline.force-name is not set"));
	}

	@Test
	void a_sign_in_throttle_of_no_failures_stops_the_start_naming_the_setting() {
		runner.withPropertyValues("sightline.sign-in.max-failures-per-account=0")
			.run(context -> assertFailsNaming(context, "sightline.sign-in.max-failures-per-account is 0"));
	}

	@Test
	void a_token_lifetime_over_a_day_stops_the_start_naming_the_setting() {
		runner.withPropertyValues("sightline.tokens.lifetime=25h")
			.run(context -> assertFailsNaming(context, "sightline.tokens.lifetime is PT25H"));
	}

	@Test
	void officer_hours_for_a_situation_that_does_not_exist_stop_the_start_naming_the_setting() {
		runner.withPropertyValues("sightline.officer-hours.MISING_PERSON=6")
			.run(context -> assertFailsNaming(context, "sightline.officer-hours.MISING_PERSON is not a situation"));
	}

	@Test
	void a_staff_email_pattern_without_a_place_for_the_username_stops_the_start_naming_the_setting() {
		runner.withPropertyValues("sightline.notification.staff-email-pattern=staff@northshire.police.uk")
			.run(context -> assertFailsNaming(context, "sightline.notification.staff-email-pattern is"));
	}

	@Test
	void an_unreadable_value_stops_the_start_naming_the_setting() {
		runner.withPropertyValues("sightline.time-zone=Europe/Northshire")
			.run(context -> assertThat(context).getFailure().cause().hasMessageContaining("sightline.time-zone"));
	}

	static void assertFailsNaming(AssertableApplicationContext context, String message) {
		assertThat(context).hasFailed();
		assertThat(context).getFailure().rootCause().hasMessageContaining(message);
	}
}
