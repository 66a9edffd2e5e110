package org.sightline.shared;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * {@code @Import(TestClock.class)} gives a Spring test a {@link MutableClock} in place of the system
 * clock: every module reads the time from it. A test autowires it and sets it in {@code @BeforeEach}
 * (the context, and so the clock, is shared with the other test classes that import it).
 *
 * <p>It starts far in the future on purpose: the persistent scheduler fires timers by the real time,
 * so a deadline set from this clock never falls due while a test runs unless the test calls it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

	/** Friday 3 December 2100, 16:30 in London (GMT): late on the last working day of a week. */
	public static final Instant FRIDAY_AFTERNOON = Instant.parse("2100-12-03T16:30:00Z");

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(FRIDAY_AFTERNOON);
	}
}
