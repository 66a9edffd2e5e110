package org.sightline.learning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sightline.identity.StaffTeams;
import org.sightline.learning.LearningRecords;
import org.sightline.shared.Actor;
import org.sightline.shared.DateInput;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Violation;
import org.sightline.shared.Violations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Learning pages: your own learning, a team's, the teams, and recording a completed course. */
@Controller
@RequestMapping("/learning")
public class LearningController {

	private final LearningRecords records;
	private final StaffTeams teams;

	LearningController(LearningRecords records, StaffTeams teams) {
		this.records = records;
		this.teams = teams;
	}

	@GetMapping("/me")
	String mine(Actor actor, Model model) {
		model.addAttribute("learning", records.mine(actor));
		return "learning/me";
	}

	@GetMapping("/teams/{team}")
	String team(@PathVariable String team, Actor actor, Model model) {
		model.addAttribute("learning", records.team(actor, team));
		return "learning/team";
	}

	@GetMapping("/teams")
	String teams(Actor actor, Model model) {
		model.addAttribute("teams", teams.teams(actor));
		model.addAttribute("staff", teams.staff(actor));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "learning/teams";
	}

	@PostMapping("/teams")
	String assign(@RequestParam(required = false) String username, @RequestParam(required = false) String team,
			Actor actor, Model model, RedirectAttributes redirect) {
		try {
			teams.assign(actor, username, team);
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", e.violations());
			model.addAttribute("chosenUsername", username);
			model.addAttribute("team", team);
			return teams(actor, model);
		}
		redirect.addFlashAttribute("banner", "Team saved");
		return "redirect:/learning/teams";
	}

	@GetMapping("/records/new")
	String recordForm(Actor actor, Model model) {
		model.addAttribute("staff", teams.staff(actor));
		model.addAttribute("courses", records.courses());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
			model.addAttribute("form", Map.of());
		}
		return "learning/record";
	}

	@PostMapping("/records/new")
	String record(@RequestParam Map<String, String> form, Actor actor, Model model, RedirectAttributes redirect) {
		List<Violation> dateProblems = new ArrayList<>();
		LocalDate completedOn = date(form, "completedOn", true, dateProblems);
		LocalDate renewalDue = date(form, "renewalDue", false, dateProblems);
		var command = new LearningRecords.RecordCompletion(form.get("username"), form.get("course"), form.get("provider"),
				completedOn, renewalDue);
		List<Violation> errors;
		if (dateProblems.isEmpty()) {
			try {
				var completion = records.record(actor, command);
				redirect.addFlashAttribute("banner", "Recorded: " + completion.courseTitle() + " for " + completion.username());
				return "redirect:/learning/records/new";
			}
			catch (InvalidInputException e) {
				errors = e.violations();
			}
		}
		else {
			// a date that could not be read says so, rather than that it is missing
			errors = new ArrayList<>(records.problems(command).stream()
				.filter(v -> dateProblems.stream().noneMatch(p -> p.field().equals(v.field())))
				.toList());
			errors.addAll(dateProblems);
		}
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		return recordForm(actor, model);
	}

	/** A GOV.UK date input's three fields as a date ({@link DateInput}); a problem named after the field when they do not make one. */
	private static LocalDate date(Map<String, String> form, String field, boolean required, List<Violation> problems) {
		Violations read = new Violations();
		LocalDate date = new DateInput(form.get(field + "Day"), form.get(field + "Month"), form.get(field + "Year"))
			.read(field, required ? "The date completed" : "The renewal date", false, LocalDate.of(2026, 3, 27), read);
		problems.addAll(read.list());
		return date;
	}
}
