package org.sightline;

import java.time.Clock;
import java.time.ZoneId;

import org.sightline.shared.SightlineSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, so that tests can fix time. Stored times are UTC. Also binds the
 * settings several modules share ({@link SightlineSettings}): the root package's configuration is started
 * with every module, even in a test of one module alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SightlineSettings.class)
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
	ZoneId displayZone(SightlineSettings settings) {
		return settings.timeZone();
	}
}
