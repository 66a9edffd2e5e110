package org.sightline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class MutableClockTests {

	@Test
	void time_stands_still_until_the_test_moves_it_and_a_zoned_view_moves_with_it() {
		MutableClock clock = MutableClock.at("2100-12-31T23:30:00Z");
		var london = clock.withZone(ZoneId.of("Europe/London"));
		assertThat(Instant.now(clock)).isEqualTo(Instant.now(clock)).isEqualTo(Instant.parse("2100-12-31T23:30:00Z"));
		assertThat(LocalDate.now(london)).isEqualTo(LocalDate.of(2100, 12, 31));

		clock.advance(Duration.ofHours(1));
		assertThat(LocalDate.now(london)).isEqualTo(LocalDate.of(2101, 1, 1));
		london.setTo(Instant.parse("2100-06-01T12:00:00Z"));
		assertThat(clock.instant()).isEqualTo(Instant.parse("2100-06-01T12:00:00Z"));
		assertThat(london.getZone()).isEqualTo(ZoneId.of("Europe/London"));
	}
}
