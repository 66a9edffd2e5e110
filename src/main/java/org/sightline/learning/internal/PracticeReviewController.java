package org.sightline.learning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sightline.encounter.EncounterManagement;
import org.sightline.identity.StaffTeams;
import org.sightline.learning.PracticeReviews;
import org.sightline.learning.PracticeTheme;
import org.sightline.shared.Actor;
import org.sightline.shared.DateInput;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.RecordNotFoundException;
import org.sightline.shared.Violation;
import org.sightline.shared.Violations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Learning from practice, the pages: recording a debrief or body-worn-video review of an encounter, the
 * list of them, and the learning digest a trainer reads and sends to a team.
 */
@Controller
@RequestMapping("/learning")
public class PracticeReviewController {

	private final PracticeReviews reviews;
	private final EncounterManagement encounters;
	private final StaffTeams teams;
	private final java.time.ZoneId zone;

	PracticeReviewController(PracticeReviews reviews, EncounterManagement encounters, StaffTeams teams,
			java.time.ZoneId displayZone) {
		this.reviews = reviews;
		this.encounters = encounters;
		this.teams = teams;
		this.zone = displayZone;
	}

	/** The force's time zone, in which the pages show times. */
	@org.springframework.web.bind.annotation.ModelAttribute("zone")
	java.time.ZoneId zone() {
		return zone;
	}

	@GetMapping("/debriefs")
	String list(@RequestParam(required = false) String theme, Actor actor, Model model) {
		Optional<PracticeTheme> chosen = java.util.Arrays.stream(PracticeTheme.values())
			.filter(t -> t.name().equals(theme))
			.findFirst();
		// the filter is a list to choose from: a theme that is not in it shows every debrief
		model.addAttribute("reviews", reviews.list(actor, chosen.map(Enum::name).orElse("")));
		model.addAttribute("themes", reviews.themes());
		model.addAttribute("theme", chosen.map(Enum::name).orElse(""));
		return "learning/debriefs";
	}

	/**
	 * The form for one encounter; without one, the person's own recent encounters to choose from (a
	 * supervisor reaches anyone else's from the encounter's page).
	 */
	@GetMapping("/debriefs/new")
	String form(@RequestParam(required = false) String encounter, Actor actor, Model model) {
		if (encounter == null || encounter.isBlank()) {
			model.addAttribute("encounters", encounters.recentRecordedBy(actor, 20));
			return "learning/debrief-choose";
		}
		model.addAttribute("encounter", reviews.debriefable(actor, encounter));
		model.addAttribute("form", Map.of("encounterId", encounter));
		model.addAttribute("chosenThemes", List.of());
		model.addAttribute("errors", List.of());
		return debriefForm(model);
	}

	@PostMapping("/debriefs/new")
	String record(@RequestParam MultiValueMap<String, String> posted, Actor actor, Model model,
			RedirectAttributes redirect) {
		Map<String, String> form = new HashMap<>(posted.toSingleValueMap());
		List<String> themes = posted.getOrDefault("themes", List.of());
		var command = new PracticeReviews.RecordReview(form.get("encounterId"), form.get("kind"),
				form.get("bwvReference"), form.get("wentWell"), form.get("toLearn"), form.get("guideline"), themes);
		try {
			var review = reviews.record(actor, command);
			redirect.addFlashAttribute("banner", review.kind().label() + " recorded for " + review.encounterReference());
			return "redirect:/learning/debriefs";
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", e.violations());
		}
		try {
			model.addAttribute("encounter", reviews.debriefable(actor, form.get("encounterId")));
		}
		catch (RecordNotFoundException e) {
			model.addAttribute("encounter", null);
		}
		model.addAttribute("form", form);
		model.addAttribute("chosenThemes", themes);
		return debriefForm(model);
	}

	private String debriefForm(Model model) {
		model.addAttribute("kinds", reviews.kinds());
		model.addAttribute("guidelines", reviews.guidelines());
		model.addAttribute("themes", reviews.themes());
		return "learning/debrief";
	}

	/** The digest of a period: the three-part dates of the page's form, or ISO dates (after sending). */
	@GetMapping("/digest")
	String digest(@RequestParam Map<String, String> query, Actor actor, Model model) {
		List<Violation> problems = new ArrayList<>();
		String from = query.containsKey("from") ? query.get("from") : date(query, "from", "The start of the period", problems);
		String to = query.containsKey("to") ? query.get("to") : date(query, "to", "The end of the period", problems);
		PracticeReviews.Digest digest;
		try {
			digest = reviews.digest(actor, problems.isEmpty() ? from : "", problems.isEmpty() ? to : "");
		}
		catch (InvalidInputException e) {
			problems.addAll(e.violations());
			digest = reviews.digest(actor, "", "");
		}
		model.addAttribute("errors", problems);
		model.addAttribute("form", problems.isEmpty() ? periodForm(digest) : query);
		return digestPage(actor, digest, model);
	}

	@PostMapping("/digest/send")
	String send(@RequestParam(required = false) String team, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Actor actor, Model model, RedirectAttributes redirect) {
		try {
			var sent = reviews.send(actor, team, from, to);
			redirect.addFlashAttribute("banner", "Digest sent to " + sent.team() + ": " + sent.recipients()
					+ (sent.recipients() == 1 ? " person" : " people"));
			redirect.addAttribute("from", sent.from().toString());
			redirect.addAttribute("to", sent.to().toString());
			return "redirect:/learning/digest";
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", e.violations());
		}
		PracticeReviews.Digest digest;
		try {
			digest = reviews.digest(actor, from, to);
		}
		catch (InvalidInputException e) {
			digest = reviews.digest(actor, "", "");
		}
		model.addAttribute("form", periodForm(digest));
		model.addAttribute("chosenTeam", team);
		return digestPage(actor, digest, model);
	}

	private String digestPage(Actor actor, PracticeReviews.Digest digest, Model model) {
		model.addAttribute("digest", digest);
		model.addAttribute("teams", teams.teams(actor).stream().filter(t -> !t.members().isEmpty()).toList());
		return "learning/digest";
	}

	private static Map<String, String> periodForm(PracticeReviews.Digest digest) {
		Map<String, String> form = new HashMap<>();
		for (var end : Map.of("from", digest.from(), "to", digest.to()).entrySet()) {
			form.put(end.getKey() + "Day", String.valueOf(end.getValue().getDayOfMonth()));
			form.put(end.getKey() + "Month", String.valueOf(end.getValue().getMonthValue()));
			form.put(end.getKey() + "Year", String.valueOf(end.getValue().getYear()));
		}
		return form;
	}

	/** A GOV.UK date input's three fields as an ISO date ({@link DateInput}), empty when all three are; a problem when they make no date. */
	private static String date(Map<String, String> form, String field, String what, List<Violation> problems) {
		Violations read = new Violations();
		LocalDate date = new DateInput(form.get(field + "Day"), form.get(field + "Month"), form.get(field + "Year"))
			.read(field, what, false, LocalDate.of(2026, 11, 1), read);
		problems.addAll(read.list());
		return date == null ? "" : date.toString();
	}
}
