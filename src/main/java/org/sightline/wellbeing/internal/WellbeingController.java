package org.sightline.wellbeing.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sightline.encounter.EncounterId;
import org.sightline.shared.Actor;
import org.sightline.shared.InvalidInputException;
import org.sightline.wellbeing.WellbeingRecords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Wellbeing pages: your own (exposures and prompts, which you answer) and, for a wellbeing lead, their
 * team's (counts and open prompts, where they record the conversations offered and held). A rejected
 * answer shows the page again with its problem beside the prompt it was for.
 */
@Controller
@RequestMapping("/wellbeing")
public class WellbeingController {

	private final WellbeingRecords records;
	private final ZoneId zone;

	WellbeingController(WellbeingRecords records, ZoneId displayZone) {
		this.records = records;
		this.zone = displayZone;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return zone;
	}

	@GetMapping("/me")
	String mine(Actor actor, Model model) {
		model.addAttribute("wellbeing", records.mine(actor));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "wellbeing/me";
	}

	@PostMapping("/prompts/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam(required = false) String answer, Actor actor, Model model,
			RedirectAttributes redirect) {
		try {
			records.answer(actor, id, answer);
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", e.violations());
			model.addAttribute("failed", id);
			return mine(actor, model);
		}
		redirect.addFlashAttribute("banner", "WANTS_CONVERSATION".equals(answer)
				? "Thank you. Your team's wellbeing lead will be in touch to arrange a conversation."
				: "Thank you. You can change your mind at any time on this page.");
		return "redirect:/wellbeing/me";
	}

	/** From the encounter page: "I attended this incident". */
	@PostMapping("/encounters/{id}/attended")
	String attended(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
		boolean counted = records.attended(actor, new EncounterId(id));
		redirect.addFlashAttribute("banner", counted
				? "Added to your wellbeing page. Only you and your team's wellbeing lead can see it."
				: "This incident is not one the force counts, but you can still ask your wellbeing lead for a conversation.");
		return "redirect:/wellbeing/me";
	}

	@GetMapping("/team")
	String team(Actor actor, Model model) {
		model.addAttribute("wellbeing", records.team(actor));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
			model.addAttribute("form", Map.of());
		}
		return "wellbeing/team";
	}

	@PostMapping("/prompts/{id}/conversation")
	String conversation(@PathVariable UUID id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String outcome, Actor actor, Model model, RedirectAttributes redirect) {
		try {
			records.recordConversation(actor, id, kind, outcome);
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", e.violations());
			model.addAttribute("failed", id);
			model.addAttribute("form", Map.of("kind", kind == null ? "" : kind, "outcome", outcome == null ? "" : outcome));
			return team(actor, model);
		}
		redirect.addFlashAttribute("banner", "Conversation recorded");
		return "redirect:/wellbeing/team";
	}
}
