package org.sightline.person.internal;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sightline.person.MatchReview;
import org.sightline.person.Merge;
import org.sightline.person.MoreDetails;
import org.sightline.person.PersonId;
import org.sightline.person.PersonIndex;
import org.sightline.person.PersonMerging;
import org.sightline.shared.Actor;
import org.sightline.shared.FreeText;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Adding details to a person, merging and unmerging records, and deciding possible matches, for other systems. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "People", description = "The person index: details, merges and possible matches")
public class PersonApiController {

	/** Merge the record {@code personId} into the person in the path. */
	record MergeRequest(UUID personId, @FreeText String reason) {
	}

	record UnmergeRequest(@FreeText String reason) {
	}

	record DecisionRequest(Boolean samePerson, @FreeText String note) {
	}

	private final PersonIndex index;

	private final PersonMerging merging;

	PersonApiController(PersonIndex index, PersonMerging merging) {
		this.index = index;
		this.merging = merging;
	}

	@PostMapping("/people/{id}/details")
	@Operation(summary = "Add other names, addresses, phone numbers or identifiers to a person",
			description = "Body: {aliases:[{givenName,familyName}], addresses:[{address,postcode}], phones:[], "
					+ "identifiers:[{scheme,value}]}; schemes PNC_ID, NHS_NUMBER, NATIONAL_INSURANCE_NUMBER, CRO_NUMBER. "
					+ "204 when added; 400 naming each invalid field, nothing stored.")
	ResponseEntity<Void> addDetails(Actor actor, @PathVariable UUID id, @RequestBody MoreDetails details) {
		index.addDetails(actor, new PersonId(id), details);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/people/{id}/merges")
	@Operation(summary = "Merge another record into this person (supervisor or safeguarding hub)",
			description = "A reason is required. 409 when the record is already merged into someone.")
	ResponseEntity<Merge> merge(Actor actor, @PathVariable UUID id, @RequestBody MergeRequest request) {
		Merge merge = merging.merge(actor, new PersonId(id), Optional.ofNullable(request.personId()), request.reason());
		return ResponseEntity.created(URI.create("/api/v1/people/" + id)).body(merge);
	}

	@PostMapping("/people/{id}/unmerge")
	@Operation(summary = "Undo the merge of this record (supervisor or safeguarding hub)",
			description = "A reason is required. 409 when the record is not merged (never was, or already unmerged).")
	Merge unmerge(Actor actor, @PathVariable UUID id, @RequestBody UnmergeRequest request) {
		return merging.unmerge(actor, new PersonId(id), request.reason());
	}

	@GetMapping("/person-matches")
	@Operation(summary = "Possible matches awaiting a decision, oldest first (supervisor or safeguarding hub)")
	List<MatchReview> openMatches(org.sightline.shared.Actor actor) {
		return merging.openReviews(actor);
	}

	@PostMapping("/person-matches/{id}/decision")
	@Operation(summary = "Decide a possible match: samePerson true merges the new record into the existing one")
	MatchReview decide(Actor actor, @PathVariable UUID id, @RequestBody DecisionRequest request) {
		return merging.decide(actor, id, request.samePerson(), request.note());
	}
}
