package org.sightline.hub.internal;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.sightline.hub.HubTriage;
import org.sightline.hub.TriageOutcome;
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

/** The safeguarding hub's triage queue, and the page to triage one encounter. */
@Controller
@RequestMapping("/hub")
public class HubController {

	private final HubTriage triage;
	private final ZoneId zone;

	HubController(HubTriage triage, ZoneId displayZone) {
		this.triage = triage;
		this.zone = displayZone;
	}

	@GetMapping
	String queue(Actor actor, Model model) {
		model.addAttribute("queue", triage.queue(actor));
		model.addAttribute("zone", zone);
		return "hub/queue";
	}

	@GetMapping("/encounters/{id}")
	String triageCase(@PathVariable UUID id, Actor actor, Model model) {
		model.addAttribute("case", triage.triageCase(actor, id));
		model.addAttribute("outcomes", Arrays.asList(TriageOutcome.values()));
		model.addAttribute("zone", zone);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "hub/triage";
	}

	@PostMapping("/encounters/{id}")
	String decide(@PathVariable UUID id, @RequestParam(defaultValue = "0") int version,
			@RequestParam(required = false) String outcome, @RequestParam(required = false) String note, Actor actor,
			Model model, RedirectAttributes redirect) {
		TriageOutcome chosen = Arrays.stream(TriageOutcome.values())
			.filter(o -> o.name().equals(outcome))
			.findFirst()
			.orElse(null);
		try {
			triage.triage(actor, id, version, chosen, note);
		}
		catch (InvalidInputException e) {
			return again(id, actor, model, e.violations(), outcome, note);
		}
		catch (ConflictException e) {
			return again(id, actor, model, List.of(new Violation("outcome", e.getMessage())), outcome, note);
		}
		redirect.addFlashAttribute("banner", "Triage recorded");
		return "redirect:/hub";
	}

	private String again(UUID id, Actor actor, Model model, List<Violation> errors, String outcome, String note) {
		model.addAttribute("errors", errors);
		model.addAttribute("hasErrors", true);
		model.addAttribute("chosenOutcome", outcome);
		model.addAttribute("note", note);
		return triageCase(id, actor, model);
	}
}
