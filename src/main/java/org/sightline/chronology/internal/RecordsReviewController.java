package org.sightline.chronology.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.sightline.person.PersonId;
import org.sightline.shared.Actor;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Violation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The supervisor's data-protection pages: the records review queue with its decisions (retain or
 * dispose), and a person's subject access export.
 */
@Controller
public class RecordsReviewController {

	private final RecordsReview review;
	private final SubjectAccess subjectAccess;
	private final RetentionRules rules;
	private final JsonMapper json;
	private final ZoneId zone;

	RecordsReviewController(RecordsReview review, SubjectAccess subjectAccess, RetentionRules rules, JsonMapper json,
			ZoneId displayZone) {
		this.review = review;
		this.subjectAccess = subjectAccess;
		this.rules = rules;
		this.json = json;
		this.zone = displayZone;
	}

	@GetMapping("/records-review")
	String queue(Actor actor, Model model) {
		model.addAttribute("due", review.due(actor, 200));
		model.addAttribute("groups", rules.groups());
		model.addAttribute("defaultYears", rules.defaultReviewYears());
		model.addAttribute("zone", zone);
		return "chronology/records-review";
	}

	@PostMapping("/records-review/{id}")
	String decide(@PathVariable UUID id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String nextReview,
			@RequestParam(required = false) String confirm, Actor actor, Model model, RedirectAttributes redirect) {
		try {
			if ("DISPOSE".equals(decision)) {
				if (!"yes".equals(confirm)) {
					throw new InvalidInputException(List.of(new Violation("confirm",
							"Tick to confirm that every record of this person will be deleted or anonymised")));
				}
				RecordsReview.Disposal done = review.dispose(actor, new PersonId(id), reason);
				redirect.addFlashAttribute("banner", "Records disposed of: " + done.records() + " person record(s), "
						+ done.encountersDeleted() + " encounter(s) deleted, " + done.mentionsAnonymised()
						+ " mention(s) removed or anonymised");
			}
			else if ("RETAIN".equals(decision)) {
				review.retain(actor, new PersonId(id), reason, date(nextReview));
				redirect.addFlashAttribute("banner", "Records retained until the next review on " + nextReview);
			}
			else {
				throw new InvalidInputException(List.of(new Violation("decision", "Choose retain or dispose")));
			}
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", e.violations());
			model.addAttribute("hasErrors", true);
			model.addAttribute("chosen", id);
			model.addAttribute("reason", reason);
			model.addAttribute("nextReview", nextReview);
			return queue(actor, model);
		}
		return "redirect:/records-review";
	}

	/** A subject access export, JSON or PDF, for the request reference given. */
	@GetMapping("/people/{id}/subject-access")
	Object export(@PathVariable UUID id, @RequestParam(required = false) String request,
			@RequestParam(defaultValue = "pdf") String format, Actor actor, Model model) {
		SubjectAccess.Export export;
		try {
			export = subjectAccess.export(actor, new PersonId(id), request);
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", e.violations());
			model.addAttribute("hasErrors", true);
			model.addAttribute("personId", id);
			return "chronology/subject-access";
		}
		String name = "subject-access-" + id;
		if (format.equals("json")) {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + ".json").build().toString())
				.body(json.writeValueAsString(export).getBytes(StandardCharsets.UTF_8));
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + ".pdf").build().toString())
			.body(SubjectAccess.pdf(export, zone));
	}

	private static LocalDate date(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
