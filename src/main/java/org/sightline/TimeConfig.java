package org.sightline;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so that tests can fix time. Stored times are UTC. */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

	@Bean
	Clock clock() {
		return systemClock();
	}

	/**
	 * The only place that reads the system clock (TimeComesFromTheClockTests holds everything else to
	 * the bean); command-line tools that run without the application context take it from here.
	 */
	static Clock systemClock() {
		return Clock.systemUTC();
	}

	/** The zone in which times are shown to users and typed by them. */
	@Bean
	ZoneId displayZone(@Value("${sightline.time-zone:Europe/London}") String zone) {
		return ZoneId.of(zone);
	}
}
