package org.sightline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Time is a bean: production code asks the shared {@link Clock} (TimeConfig) what time it is, so
 * that a test can fix it or move it. Reading the system clock anywhere else makes "now" untestable.
 * {@code System.nanoTime()} stays allowed: it measures how long something took, not what time it is.
 */
class TimeComesFromTheClockTests {

	private static final Set<String> TEMPORALS = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
			LocalTime.class, ZonedDateTime.class, OffsetDateTime.class, OffsetTime.class, Year.class, YearMonth.class,
			MonthDay.class).stream().map(Class::getName).collect(java.util.stream.Collectors.toSet());

	/** {@code now()} and {@code now(ZoneId)} read the system clock; only {@code now(Clock)} does not. */
	static final DescribedPredicate<JavaAccess<?>> READS_THE_SYSTEM_CLOCK = new DescribedPredicate<>(
			"reads the system clock (now() or now(zone) of a java.time type, Clock.system*(), Clock.tick*(zone), "
					+ "System.currentTimeMillis())") {
		@Override
		public boolean test(JavaAccess<?> access) {
			if (!(access.getTarget() instanceof AccessTarget.CodeUnitAccessTarget target)) {
				return false;
			}
			String owner = target.getOwner().getName();
			String name = target.getName();
			List<String> parameters = target.getRawParameterTypes().stream().map(JavaClass::getName).toList();
			if (TEMPORALS.contains(owner) && name.equals("now")) {
				return !parameters.equals(List.of(Clock.class.getName()));
			}
			if (owner.equals(Clock.class.getName())) {
				// tick(Clock, Duration) wraps a clock it is given; tickSeconds(zone) and the like wrap the system's
				return name.startsWith("system") || (name.startsWith("tick") && !name.equals("tick"));
			}
			return owner.equals(System.class.getName()) && name.equals("currentTimeMillis");
		}
	};

	static final ArchRule TIME_COMES_FROM_THE_CLOCK = noClasses().that()
		.doNotHaveFullyQualifiedName(TimeConfig.class.getName())
		.should().accessTargetWhere(READS_THE_SYSTEM_CLOCK)
		.because("time is a bean: take the shared java.time.Clock (TimeConfig), so that tests can fix and move it");

	@Test
	void production_code_reads_time_only_from_the_clock_bean() {
		JavaClasses production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.sightline");
		assertThat(production.contain(TimeConfig.class)).as("the production classes were imported").isTrue();
		TIME_COMES_FROM_THE_CLOCK.check(production);
	}

	@Test
	void the_rule_reports_every_way_of_reading_the_system_clock_and_allows_the_clock_bean() {
		EvaluationResult dodger = TIME_COMES_FROM_THE_CLOCK.evaluate(new ClassFileImporter().importClasses(ClockDodger.class));
		assertThat(dodger.hasViolation()).isTrue();
		String report = String.join("\n", dodger.getFailureReport().getDetails());
		assertThat(report).contains("Instant.now()", "LocalDate.now(java.time.ZoneId)", "LocalDateTime.now()",
				"ZonedDateTime.now()", "OffsetDateTime.now()", "LocalTime.now()", "Clock.systemUTC()",
				"Clock.systemDefaultZone()", "System.currentTimeMillis()");
		assertThat(dodger.getFailureReport().getDetails()).hasSize(10); // the method reference too

		EvaluationResult punctual = TIME_COMES_FROM_THE_CLOCK.evaluate(new ClassFileImporter().importClasses(Punctual.class));
		assertThat(punctual.hasViolation()).as(punctual.getFailureReport().toString()).isFalse();
	}

	/** Test-only: every way the rule forbids. */
	static class ClockDodger {

		Object[] times() {
			Supplier<Instant> later = Instant::now;
			return new Object[] { Instant.now(), LocalDate.now(ZoneOffset.UTC), LocalDateTime.now(), ZonedDateTime.now(),
					OffsetDateTime.now(), LocalTime.now(), Clock.systemUTC(), Clock.systemDefaultZone(),
					System.currentTimeMillis(), later };
		}
	}

	/** Test-only: the way the rule allows. */
	static class Punctual {

		private final Clock clock;

		Punctual(Clock clock) {
			this.clock = clock;
		}

		Object[] times() {
			return new Object[] { Instant.now(clock), LocalDate.now(clock.withZone(ZoneOffset.UTC)), System.nanoTime() };
		}
	}
}
