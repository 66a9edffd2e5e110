package org.sightline.person;

import java.time.LocalDate;
import java.util.UUID;

/** One person record as stored; {@code mergedInto} is the record it is read as while merged, or null. */
public record PersonDetails(UUID id, String givenName, String familyName, String description, LocalDate dateOfBirth,
		Integer birthYear, String sex, UUID mergedInto) {
}
