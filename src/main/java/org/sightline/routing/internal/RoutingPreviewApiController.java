package org.sightline.routing.internal;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sightline.routing.RoutingPreview;
import org.sightline.routing.RoutingRecommendation;
import org.sightline.shared.Actor;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/v1/routing/preview, exactly as docs/contracts/routing-preview.md. */
@RestController
@Tag(name = "Routing", description = "Who should respond and why, under the partnership agreement in force")
public class RoutingPreviewApiController {

	/** The response of the contract. */
	record PreviewResponse(String outcome, String primaryAgency, List<String> supportingAgencies, String riskLevel,
			String grade, List<String> referrals, List<String> actions, List<String> reasons,
			Map<String, String> agreement, List<String> safetyNet) {
	}

	private final RoutingPreview preview;

	RoutingPreviewApiController(RoutingPreview preview) {
		this.preview = preview;
	}

	@PostMapping("/api/v1/routing/preview")
	@Operation(summary = "Preview the route for a described situation",
			description = "Changes nothing (writes one audit entry). 400 names each unknown code or value out of range. "
					+ "Accepts every fact of GET /api/v1/catalogues (vulnerabilities and circumstances). safetyNet lists what "
					+ "the last check had to raise (empty when the rules were safe on their own).")
	PreviewResponse preview(Actor actor, @RequestBody RoutingPreview.Request request) {
		RoutingRecommendation r = preview.preview(actor, request);
		return new PreviewResponse(r.outcome().name(), r.primaryAgency().map(Enum::name).orElse(null),
				RoutingPreview.names(r.supportingAgencies()), r.riskLevel().name(), r.grade().name(),
				RoutingPreview.names(r.referrals()), RoutingPreview.names(r.actions()), r.reasons(),
				Map.of("id", r.agreement().id(), "version", r.agreement().version()), r.safetyNet());
	}
}
