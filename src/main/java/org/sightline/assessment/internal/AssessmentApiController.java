package org.sightline.assessment.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sightline.assessment.AssessmentManagement;
import org.sightline.assessment.AssessmentView;
import org.sightline.assessment.RecordAssessment;
import org.sightline.encounter.EncounterId;
import org.sightline.shared.Actor;
import org.sightline.shared.RecordNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** THRIVE assessments of an encounter: record one (or a RE-THRIVE), read every version. */
@RestController
@RequestMapping("/api/v1/encounters/{id}/assessments")
@Tag(name = "Assessments", description = "THRIVE with an NDM rationale, risk tools as aids, RE-THRIVE history")
public class AssessmentApiController {

	private final AssessmentManagement assessments;

	AssessmentApiController(AssessmentManagement assessments) {
		this.assessments = assessments;
	}

	@PostMapping
	@Operation(summary = "Record a THRIVE assessment or a re-assessment",
			description = "Each call adds a version; none is overwritten. 400 names every invalid field; 409 when "
					+ "basedOnVersion is not the latest version.")
	ResponseEntity<AssessmentView> record(Actor actor, @PathVariable UUID id, @RequestBody RecordAssessment request) {
		AssessmentView view = assessments.record(actor, new EncounterId(id), request);
		return ResponseEntity.created(URI.create("/api/v1/encounters/" + id + "/assessments/" + view.version()))
			.body(view);
	}

	@GetMapping
	@Operation(summary = "Every version of the THRIVE assessment of an encounter, oldest first")
	List<AssessmentView> history(Actor actor, @PathVariable UUID id) {
		return assessments.history(actor, new EncounterId(id));
	}

	@GetMapping("/{version}")
	@Operation(summary = "One version of the THRIVE assessment of an encounter")
	AssessmentView version(Actor actor, @PathVariable UUID id, @PathVariable int version) {
		return assessments.history(actor, new EncounterId(id))
			.stream()
			.filter(v -> v.version() == version)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("Assessment version"));
	}
}
