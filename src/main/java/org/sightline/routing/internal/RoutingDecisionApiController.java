package org.sightline.routing.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sightline.encounter.EncounterId;
import org.sightline.routing.Attendance;
import org.sightline.routing.RoutingDecisionView;
import org.sightline.routing.RoutingManagement;
import org.sightline.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Routing decisions for assessed encounters: decide, tell the caller, start and complete timers. */
@RestController
@Tag(name = "Routing", description = "Who should respond and why, under the partnership agreement in force")
public class RoutingDecisionApiController {

	record CallerInformed(@org.sightline.shared.FreeText String whatTold, Instant toldAt) {
	}

	record Event(String fact, Instant at) {
	}

	record AttendanceRequest(Instant deployedAt, Instant clearedAt, Integer officers) {
	}

	private final RoutingManagement routing;

	RoutingDecisionApiController(RoutingManagement routing) {
		this.routing = routing;
	}

	@PostMapping("/api/v1/encounters/{id}/routing-decisions")
	@Operation(summary = "Decide who responds to an assessed encounter",
			description = "Accepts the recommendation, or overrides it with a rationale (sent to a supervisor).")
	ResponseEntity<RoutingDecisionView> decide(Actor actor, @PathVariable UUID id, @RequestBody RoutingManagement.Decide request) {
		RoutingDecisionView decision = routing.decide(actor, new EncounterId(id), request);
		return ResponseEntity.created(URI.create("/api/v1/encounters/" + id + "/routing-decisions")).body(decision);
	}

	@GetMapping("/api/v1/encounters/{id}/routing-decisions")
	@Operation(summary = "Every routing decision for an encounter, oldest first")
	List<RoutingDecisionView> decisions(Actor actor, @PathVariable UUID id) {
		return routing.decisions(actor, new EncounterId(id));
	}

	@PostMapping("/api/v1/routing-decisions/{id}/caller-informed")
	@Operation(summary = "Record what the caller was told, and when")
	RoutingDecisionView callerInformed(Actor actor, @PathVariable UUID id, @RequestBody CallerInformed request) {
		return routing.recordCallerInformed(actor, id, request.whatTold(), request.toldAt());
	}

	@PostMapping("/api/v1/routing-decisions/{id}/events")
	@Operation(summary = "Record a fact that starts the agreement's timers (e.g. ARRIVED_AT_HEALTH_PLACE_OF_SAFETY)")
	RoutingDecisionView event(Actor actor, @PathVariable UUID id, @RequestBody Event request) {
		return routing.recordEvent(actor, id, request.fact(), request.at());
	}

	@PostMapping("/api/v1/routing-decisions/{id}/attendance")
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
	@Operation(summary = "Record police officers' attendance: deployed, cleared and how many officers")
	Attendance attendance(Actor actor, @PathVariable UUID id, @RequestBody AttendanceRequest request) {
		return routing.recordAttendance(actor, id, request.deployedAt(), request.clearedAt(), request.officers());
	}

	@PostMapping("/api/v1/routing-timers/{id}/complete")
	@Operation(summary = "The timer's task was done in time (e.g. the handover happened)")
	ResponseEntity<Void> completeTimer(Actor actor, @PathVariable UUID id) {
		if (!routing.completeTimer(actor, id)) {
			throw new org.sightline.shared.ConflictException("This timer is no longer running: it was completed or breached");
		}
		return ResponseEntity.noContent().build();
	}
}
