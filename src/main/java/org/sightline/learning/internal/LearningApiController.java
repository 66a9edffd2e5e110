package org.sightline.learning.internal;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sightline.learning.LearningRecords;
import org.sightline.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Learning records for other systems (a force's learning management system): read and record. */
@RestController
@RequestMapping("/api/v1/learning")
@Tag(name = "Learning", description = "Training and CPD of police staff: your own, a team's, and recording a completed course")
public class LearningApiController {

	/** A completed course; {@code renewalDue} is worked out from the course's renewal period when left out. */
	record RecordRequest(String username, String course, String provider, LocalDate completedOn, LocalDate renewalDue) {
	}

	private final LearningRecords records;

	LearningApiController(LearningRecords records) {
		this.records = records;
	}

	@GetMapping("/me")
	@Operation(summary = "Your own learning: the courses your roles require, where you stand, and everything recorded",
			description = "Police staff only; each reads their own and nobody else's.")
	LearningRecords.MyLearning mine(Actor actor) {
		return records.mine(actor);
	}

	@GetMapping("/teams/{team}")
	@Operation(summary = "A team's learning: each member's required courses, overdue, never done and due soon first",
			description = "Trainers (any team) and supervisors (their own team). Another team is a 404.")
	LearningRecords.TeamLearning team(Actor actor, @PathVariable String team) {
		return records.team(actor, team);
	}

	@PostMapping("/records")
	@Operation(summary = "Record a course a member of staff completed (trainer)",
			description = "Body: {username, course (a code of the configured catalogue), provider, completedOn, renewalDue?}. "
					+ "201 with the record; 400 naming each bad field, nothing stored.")
	ResponseEntity<LearningRecords.Completion> record(Actor actor, @RequestBody RecordRequest request) {
		LearningRecords.Completion completion = records.record(actor, new LearningRecords.RecordCompletion(
				request.username(), request.course(), request.provider(), request.completedOn(), request.renewalDue()));
		return ResponseEntity.created(URI.create("/api/v1/learning/me")).body(completion);
	}
}
