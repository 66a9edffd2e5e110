package org.sightline.person.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sightline.person.Candidate;
import org.sightline.person.PersonIndex;
import org.sightline.person.PersonQuery;
import org.sightline.shared.Actor;
import org.sightline.shared.Violations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Person search for other systems, such as a command and control system at the point of call. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Search the person index")
public class PersonSearchApiController {

	/** The candidates of a search, best first. */
	record PersonSearchResponse(List<CandidateResponse> candidates) {
	}

	/** One candidate, with its match weight in bits and the evidence for it, field by field. */
	record CandidateResponse(String id, int rank, String givenName, String familyName, LocalDate dateOfBirth,
			Integer birthYear, String address, double score, List<String> evidence) {

		static CandidateResponse of(Candidate c) {
			return new CandidateResponse(c.id().toString(), c.rank(), c.givenName(), c.familyName(), c.dateOfBirth(),
					c.birthYear(), c.address(), c.score(), c.evidence());
		}
	}

	private final PersonIndex index;

	PersonSearchApiController(PersonIndex index) {
		this.index = index;
	}

	@GetMapping("/search")
	@Operation(summary = "Search for a person",
			description = "name (\"Sam Taylor\"; the last word is the surname) is required unless phone or identifier "
					+ "(PNC ID, NHS number, ...) is given; dateOfBirth is yyyy-mm-dd. "
					+ "Candidates are ranked by match weight, with per-field evidence. Writes an audit entry.")
	PersonSearchResponse search(Actor actor, @RequestParam(required = false) String name,
			@RequestParam(required = false) String dateOfBirth, @RequestParam(required = false) String address,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String identifier) {
		LocalDate born = null;
		if (dateOfBirth != null && !dateOfBirth.isBlank()) {
			try {
				born = LocalDate.parse(dateOfBirth.strip());
			}
			catch (DateTimeParseException e) {
				new Violations().add("dateOfBirth", "dateOfBirth must be a date as yyyy-mm-dd, for example 1990-03-27")
					.throwIfAny();
			}
		}
		return new PersonSearchResponse(
				index.search(actor, PersonQuery.of(name, born, address).withPhoneAndIdentifier(phone, identifier))
					.stream()
					.map(CandidateResponse::of)
					.toList());
	}
}
