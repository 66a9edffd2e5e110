package org.sightline.supervision;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;

import org.sightline.shared.Actor;
import org.sightline.shared.ConflictException;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Violation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The supervisor's queue and the page to decide one item. */
@Controller
@RequestMapping("/supervision")
class SupervisionController {

	private final SupervisionManagement supervision;
	private final ZoneId zone;

	SupervisionController(SupervisionManagement supervision, ZoneId displayZone) {
		this.supervision = supervision;
		this.zone = displayZone;
	}

	@GetMapping
	String queue(Model model) {
		model.addAttribute("items", supervision.openItems());
		model.addAttribute("zone", zone);
		return "supervision/queue";
	}

	@GetMapping("/{id}")
	String item(@PathVariable UUID id, Actor actor, Model model) {
		ReviewItem item = supervision.item(new ReviewItemId(id));
		model.addAttribute("item", item);
		model.addAttribute("ownItem", item.raisedBy().equals(actor.username()));
		model.addAttribute("outcomes", Arrays.asList(ReviewOutcome.values()));
		model.addAttribute("zone", zone);
		return "supervision/item";
	}

	@PostMapping("/{id}")
	String decide(@PathVariable UUID id, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String note, Actor actor, Model model, RedirectAttributes redirect) {
		ReviewOutcome chosen = Arrays.stream(ReviewOutcome.values())
			.filter(o -> o.name().equals(outcome))
			.findFirst()
			.orElse(null);
		try {
			supervision.decide(actor, new ReviewItemId(id), chosen, note);
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", e.violations());
			model.addAttribute("hasErrors", true);
			model.addAttribute("chosenOutcome", outcome);
			model.addAttribute("note", note);
			return item(id, actor, model);
		}
		catch (ConflictException e) {
			model.addAttribute("errors", java.util.List.of(new Violation("outcome", e.getMessage())));
			model.addAttribute("hasErrors", true);
			return item(id, actor, model);
		}
		redirect.addFlashAttribute("banner", "Review item closed");
		return "redirect:/supervision";
	}
}
