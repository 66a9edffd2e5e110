package org.sightline.person;

import java.time.LocalDate;
import java.util.List;

/**
 * A person the index found for a search, with how well they match and why.
 *
 * @param id          the person
 * @param rank        1 for the best match
 * @param givenName   given name(s) as recorded, or null
 * @param familyName  surname as recorded
 * @param dateOfBirth date of birth, or null
 * @param birthYear   estimated year of birth when the date is not known, or null
 * @param address     current address as recorded, or null
 * @param score       match weight in bits: the sum of the fields' evidence; higher is a better match
 * @param evidence    one line per field the query and the person both give, such as
 *                    "surname: close spelling (Jaro-Winkler 0.94)"
 */
public record Candidate(PersonId id, int rank, String givenName, String familyName, LocalDate dateOfBirth,
		Integer birthYear, String address, double score, List<String> evidence) {

	public Candidate {
		evidence = List.copyOf(evidence);
	}
}
