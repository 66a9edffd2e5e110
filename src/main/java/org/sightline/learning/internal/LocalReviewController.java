package org.sightline.learning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sightline.learning.LocalReviews;
import org.sightline.shared.Actor;
import org.sightline.shared.DateInput;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.RoleGroup;
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

/** Local reviews and their recommendations, the pages: the list, logging a review, adding and moving on a recommendation. */
@Controller
@RequestMapping("/learning/reviews")
public class LocalReviewController {

	private final LocalReviews reviews;

	LocalReviewController(LocalReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping
	String list(Actor actor, Model model) {
		model.addAttribute("reviews", reviews.list(actor));
		model.addAttribute("keeper", RoleGroup.LOCAL_REVIEW_KEEPERS.includes(actor));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "learning/reviews";
	}

	@GetMapping("/new")
	String logForm(Actor actor, Model model) {
		model.addAttribute("kinds", reviews.kinds());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
			model.addAttribute("form", Map.of());
		}
		return "learning/review-new";
	}

	@PostMapping("/new")
	String log(@RequestParam Map<String, String> form, Actor actor, Model model, RedirectAttributes redirect) {
		try {
			var review = reviews.log(actor, new LocalReviews.LogReview(form.get("kind"), form.get("reference"), form.get("title")));
			redirect.addFlashAttribute("banner", "Logged: " + review.kind().label() + " " + review.reference());
			return "redirect:/learning/reviews";
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", e.violations());
			model.addAttribute("form", form);
			return logForm(actor, model);
		}
	}

	@GetMapping("/{id}/recommendations/new")
	String recommendForm(@PathVariable UUID id, Actor actor, Model model) {
		model.addAttribute("review", reviews.review(actor, id));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
			model.addAttribute("form", Map.of());
		}
		return "learning/recommendation-new";
	}

	@PostMapping("/{id}/recommendations/new")
	String recommend(@PathVariable UUID id, @RequestParam Map<String, String> form, Actor actor, Model model,
			RedirectAttributes redirect) {
		Violations dateProblems = new Violations();
		LocalDate due = new DateInput(form.get("dueOnDay"), form.get("dueOnMonth"), form.get("dueOnYear"))
			.read("dueOn", "The date it is due", false, LocalDate.of(2027, 3, 31), dateProblems);
		// three boxes that make no date go on as text that is none, so the facade refuses it with the rest
		String dueOn = !dateProblems.isEmpty() ? "not a date" : due == null ? "" : due.toString();
		try {
			reviews.recommend(actor, id, new LocalReviews.AddRecommendation(form.get("text"), form.get("owner"), dueOn));
			redirect.addFlashAttribute("banner", "Recommendation added");
			return "redirect:/learning/reviews";
		}
		catch (InvalidInputException e) {
			// the date input's own words (which box is missing) rather than the facade's "not a real date"
			List<Violation> errors = new ArrayList<>(e.violations().stream()
				.filter(v -> dateProblems.isEmpty() || !v.field().equals("dueOn"))
				.toList());
			errors.addAll(dateProblems.list());
			model.addAttribute("errors", errors);
			model.addAttribute("form", form);
			return recommendForm(id, actor, model);
		}
	}

	@PostMapping("/recommendations/{recommendationId}")
	String move(@PathVariable UUID recommendationId, @RequestParam(required = false) String status, Actor actor,
			Model model, RedirectAttributes redirect) {
		try {
			var moved = reviews.move(actor, recommendationId, status, null);
			redirect.addFlashAttribute("banner", "Recommendation: " + moved.status().label());
			return "redirect:/learning/reviews";
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", e.violations());
			return list(actor, model);
		}
	}
}
