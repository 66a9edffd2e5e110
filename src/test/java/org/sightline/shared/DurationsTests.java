package org.sightline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTests {

	@Test
	void target_times_read_as_people_say_them() {
		assertThat(Durations.inWords(15)).isEqualTo("15 minutes");
		assertThat(Durations.inWords(1)).isEqualTo("1 minute");
		assertThat(Durations.inWords(60)).isEqualTo("1 hour");
		assertThat(Durations.inWords(240)).isEqualTo("4 hours");
		assertThat(Durations.inWords(90)).isEqualTo("1 hour 30 minutes");
		assertThat(Durations.inWords(1440)).isEqualTo("1 day");
		assertThat(Durations.inWords(2880)).isEqualTo("2 days");
		assertThat(Durations.inWords(null)).isEmpty();
	}
}
