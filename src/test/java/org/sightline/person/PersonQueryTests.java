package org.sightline.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sightline.person.linkage.Address;

class PersonQueryTests {

	@Test
	void the_last_word_of_a_name_typed_in_one_box_is_the_surname() {
		PersonQuery query = PersonQuery.of(" Mary Jane  Watson ", null, null);
		assertThat(query.givenName()).isEqualTo("Mary Jane");
		assertThat(query.familyName()).isEqualTo("Watson");
	}

	@Test
	void one_word_is_taken_as_a_surname() {
		PersonQuery query = PersonQuery.of("Watson", null, null);
		assertThat(query.givenName()).isNull();
		assertThat(query.familyName()).isEqualTo("Watson");
	}

	@Test
	void a_date_of_birth_is_also_looked_for_with_day_and_month_swapped_when_that_is_a_date() {
		assertThat(PersonIndex.withDayAndMonthSwapped(LocalDate.of(1988, 3, 4)))
			.containsExactly(LocalDate.of(1988, 3, 4), LocalDate.of(1988, 4, 3));
		assertThat(PersonIndex.withDayAndMonthSwapped(LocalDate.of(1988, 3, 24))).containsExactly(LocalDate.of(1988, 3, 24));
		assertThat(PersonIndex.withDayAndMonthSwapped(LocalDate.of(1988, 5, 5))).containsExactly(LocalDate.of(1988, 5, 5));
	}

	@Test
	void a_postcode_typed_in_the_address_is_compared_as_a_postcode() {
		Address address = PersonIndex.address("12 High Street, Cardiff cf10 1aa");
		assertThat(address.postcode()).isEqualTo("CF10 1AA");
		assertThat(address.street()).isEqualTo("12 High Street, Cardiff");
	}
}
