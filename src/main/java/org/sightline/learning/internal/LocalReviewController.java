package org.sightline.learning.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sightline.learning.LocalReviews;
import org.sightline.shared.Actor;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.RoleGroup;
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
		try {
			reviews.recommend(actor, id, new LocalReviews.AddRecommendation(form.get("text"), form.get("owner"), date(form)));
			redirect.addFlashAttribute("banner", "Recommendation added");
			return "redirect:/learning/reviews";
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", e.violations());
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

	/**
	 * The due date's three fields as a date (YYYY-MM-DD) for the facade to check with the other fields: empty
	 * when all three are, and text that is no date when they make none.
	 */
	private static String date(Map<String, String> form) {
		String day = form.getOrDefault("dueOnDay", "").strip();
		String month = form.getOrDefault("dueOnMonth", "").strip();
		String year = form.getOrDefault("dueOnYear", "").strip();
		if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
			return "";
		}
		if (!day.matches("\\d{1,2}") || !month.matches("\\d{1,2}") || !year.matches("\\d{4}")) {
			return "not a date";
		}
		return String.format("%s-%02d-%02d", year, Integer.parseInt(month), Integer.parseInt(day));
	}
}
