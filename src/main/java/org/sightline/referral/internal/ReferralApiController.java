package org.sightline.referral.internal;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sightline.referral.CreateReferral;
import org.sightline.referral.ReferralManagement;
import org.sightline.referral.ReferralStatus;
import org.sightline.referral.ReferralView;
import org.sightline.shared.Actor;
import org.sightline.shared.Agency;
import org.sightline.shared.FreeText;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Violation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Referrals to partner agencies: make one, read it, move it through its lifecycle. */
@RestController
@Tag(name = "Referrals", description = "Referrals to partner agencies, tracked until the partner answers")
public class ReferralApiController {

	/**
	 * The body of a lifecycle step: a note on acceptance (and the team taking it on), the reason for
	 * declining or revoking, or the outcome. Police recording an agency's answer name who at the
	 * agency gave it by phone; a partner records their own.
	 */
	record StepRequest(@FreeText String note, @FreeText String reason, @FreeText String outcome, String team, String receivedByPhoneFrom) {

		static final StepRequest NONE = new StepRequest(null, null, null, null, null);
	}

	/** A question to the referrer, or the police's answer. */
	record QuestionRequest(@FreeText String text) {
	}

	private final ReferralManagement referrals;
	private final ReferrerQuestions questions;
	private final ReferralFhir fhir;
	private final String forceName;

	ReferralApiController(ReferralManagement referrals, ReferrerQuestions questions, ReferralFhir fhir,
			org.sightline.shared.SightlineSettings settings) {
		this.referrals = referrals;
		this.questions = questions;
		this.fhir = fhir;
		this.forceName = settings.forceName();
	}

	@GetMapping(value = "/api/v1/referrals/{id}/fhir", produces = "application/fhir+json")
	@Operation(summary = "The referral as a FHIR R4 Bundle (ServiceRequest and a Patient per person, shared items only)",
			description = "For health partners not on Sightline. Logged as a disclosure.")
	ResponseEntity<String> fhir(Actor actor, @PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType("application/fhir+json"))
			.body(fhir.bundleJson(referrals.export(actor, id, "FHIR"), forceName));
	}

	@PostMapping("/api/v1/referrals")
	@Operation(summary = "Make a referral (sent at once unless send is false)",
			description = "400 names every invalid field: a lawful basis, at least one data item and a known agency are required.")
	ResponseEntity<ReferralView> create(Actor actor, @RequestBody CreateReferral request) {
		ReferralView view = referrals.create(actor, request);
		return ResponseEntity.created(URI.create("/api/v1/referrals/" + view.id())).body(view);
	}

	@GetMapping("/api/v1/referrals/{id}")
	@Operation(summary = "Read a referral",
			description = "A partner sees only referrals to their agency, and only what was shared; 404 otherwise. "
					+ "The ETag header (and the version field) is the version read: send it back as If-Match with a step "
					+ "so that the step is refused with 412 if someone changed the referral since.")
	ResponseEntity<ReferralView> read(Actor actor, @PathVariable UUID id) {
		ReferralView view = referrals.view(actor, id);
		return ResponseEntity.ok().eTag(ReferralVersions.etag(view.version())).body(view);
	}

	@GetMapping("/api/v1/referrals")
	@Operation(summary = "List referrals, newest first",
			description = "Partners see only their own agency's. q narrows the list to a reference, or a name where names were shared.")
	List<ReferralView> list(Actor actor, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String status, @RequestParam(required = false) String q) {
		return referrals.list(actor, code("agency", agency, Agency.class), code("status", status, ReferralStatus.class),
				Optional.ofNullable(q));
	}

	@PostMapping("/api/v1/referrals/{id}/send")
	ReferralView send(Actor actor, @PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
		return referrals.send(actor, id, ReferralVersions.fromIfMatch(ifMatch));
	}

	@PostMapping("/api/v1/referrals/{id}/acknowledge")
	@Operation(summary = "The agency acknowledges the referral",
			description = "Police may record it only with receivedByPhoneFrom: who at the agency told them by phone.")
	ReferralView acknowledge(Actor actor, @PathVariable UUID id, @RequestBody(required = false) StepRequest request,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		return referrals.acknowledge(actor, id, request == null ? null : request.receivedByPhoneFrom(),
				ReferralVersions.fromIfMatch(ifMatch));
	}

	@PostMapping("/api/v1/referrals/{id}/accept")
	ReferralView accept(Actor actor, @PathVariable UUID id, @RequestBody(required = false) StepRequest request,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		StepRequest r = request == null ? StepRequest.NONE : request;
		return referrals.accept(actor, id, r.note(), r.team(), r.receivedByPhoneFrom(), ReferralVersions.fromIfMatch(ifMatch));
	}

	@PostMapping("/api/v1/referrals/{id}/decline")
	ReferralView decline(Actor actor, @PathVariable UUID id, @RequestBody(required = false) StepRequest request,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		StepRequest r = request == null ? StepRequest.NONE : request;
		return referrals.decline(actor, id, r.reason(), r.receivedByPhoneFrom(), ReferralVersions.fromIfMatch(ifMatch));
	}

	@PostMapping("/api/v1/referrals/{id}/outcome")
	ReferralView outcome(Actor actor, @PathVariable UUID id, @RequestBody(required = false) StepRequest request,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		StepRequest r = request == null ? StepRequest.NONE : request;
		return referrals.recordOutcome(actor, id, r.outcome(), r.receivedByPhoneFrom(), ReferralVersions.fromIfMatch(ifMatch));
	}

	@PostMapping("/api/v1/referrals/{id}/revoke")
	ReferralView revoke(Actor actor, @PathVariable UUID id, @RequestBody(required = false) StepRequest request,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		return referrals.revoke(actor, id, request == null ? null : request.reason(), ReferralVersions.fromIfMatch(ifMatch));
	}

	@GetMapping("/api/v1/referrals/{id}/questions")
	@Operation(summary = "The questions to the referrer on a referral, and the police's answers, oldest first",
			description = "The receiving partner and police staff who may read the referral; 404 for anyone else.")
	List<ReferralQuestion> questions(Actor actor, @PathVariable UUID id) {
		return questions.thread(actor, id);
	}

	@PostMapping("/api/v1/referrals/{id}/questions")
	@Operation(summary = "Ask the referrer a question (partner) or answer it (police)",
			description = "400 when the text is missing or over 2,000 characters; 404 for a partner of another agency. Nothing is stored then.")
	ResponseEntity<ReferralQuestion> ask(Actor actor, @PathVariable UUID id, @RequestBody(required = false) QuestionRequest request) {
		ReferralQuestion question = questions.post(actor, id, request == null ? null : request.text());
		return ResponseEntity.created(URI.create("/api/v1/referrals/" + id + "/questions")).body(question);
	}

	@GetMapping("/api/v1/marac/referrals")
	@Operation(summary = "The MARAC meeting list: open referrals to MARAC, repeats flagged")
	List<ReferralManagement.MaracCase> marac(Actor actor) {
		return referrals.maracList(actor);
	}

	private static <E extends Enum<E>> Optional<E> code(String field, String value, Class<E> type) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Enum.valueOf(type, value));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(List.of(new Violation(field, "Unknown code ‘" + value + "’; use one of "
					+ String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()))));
		}
	}
}
