package org.sightline.routing.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

import org.sightline.encounter.EncounterId;
import org.sightline.routing.RoutingDecisionView;
import org.sightline.routing.RoutingManagement;
import org.sightline.routing.RoutingOutcome;
import org.sightline.shared.Actor;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Violation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The routing page: the recommendation with its reasons, and the decision. */
@Controller
public class RoutingController {

	private final RoutingManagement routing;
	private final ZoneId zone;

	private final java.time.Clock clock;

	RoutingController(RoutingManagement routing, ZoneId displayZone, java.time.Clock clock) {
		this.clock = clock;
		this.routing = routing;
		this.zone = displayZone;
	}

	@GetMapping("/encounters/{id}/routing")
	String page(@PathVariable UUID id, Actor actor, Model model) {
		try {
			model.addAttribute("recommendation",
					routing.recommend(actor, new EncounterId(id), OptionalInt.empty(), OptionalInt.empty()));
		}
		catch (InvalidInputException notAssessed) {
			model.addAttribute("notAssessed", notAssessed.violations().get(0).message());
			model.addAttribute("encounterId", id);
		}
		model.addAttribute("outcomes", Arrays.asList(RoutingOutcome.values()));
		model.addAttribute("zone", zone);
		return "routing/decide";
	}

	@PostMapping("/encounters/{id}/routing")
	String decide(@PathVariable UUID id, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String overrideRationale, @RequestParam(required = false) String callerTold,
			Actor actor, Model model, RedirectAttributes redirect) {
		try {
			RoutingDecisionView decision = routing.decide(actor, new EncounterId(id),
					new RoutingManagement.Decide(outcome, overrideRationale, null, null, callerTold, null));
			redirect.addFlashAttribute("banner", "Routing decision recorded: " + decision.outcome()
					+ (decision.overridden() ? " (override sent to a supervisor)" : ""));
			return "redirect:/encounters/" + id + "#routing";
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", e.violations());
			model.addAttribute("hasErrors", true);
			model.addAttribute("chosenOutcome", outcome);
			model.addAttribute("overrideRationale", overrideRationale);
			model.addAttribute("callerTold", callerTold);
			return page(id, actor, model);
		}
	}

	@PostMapping("/routing/decisions/{decisionId}/caller-informed")
	String callerInformed(@PathVariable UUID decisionId, @RequestParam UUID encounterId,
			@RequestParam(required = false) String whatTold, @RequestParam(required = false) String toldTime, Actor actor,
			RedirectAttributes redirect) {
		try {
			routing.recordCallerInformed(actor, decisionId, whatTold, time(toldTime));
			redirect.addFlashAttribute("banner", "What the caller was told is recorded");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("routingErrors", e.violations());
		}
		return "redirect:/encounters/" + encounterId + "#routing";
	}

	@PostMapping("/routing/decisions/{decisionId}/arrived")
	String arrived(@PathVariable UUID decisionId, @RequestParam UUID encounterId,
			@RequestParam(required = false) String arrivedTime, Actor actor, RedirectAttributes redirect) {
		try {
			routing.recordEvent(actor, decisionId, "ARRIVED_AT_HEALTH_PLACE_OF_SAFETY", time(arrivedTime));
			redirect.addFlashAttribute("banner", "Arrival recorded: the handover and detention timers are running");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("routingErrors", e.violations());
		}
		return "redirect:/encounters/" + encounterId + "#routing";
	}

	@PostMapping("/routing/decisions/{decisionId}/attendance")
	String attendance(@PathVariable UUID decisionId, @RequestParam UUID encounterId,
			@RequestParam(required = false) String deployedTime, @RequestParam(required = false) String clearedTime,
			@RequestParam(required = false) String officers, Actor actor, RedirectAttributes redirect) {
		try {
			Integer count = null;
			if (officers != null && !officers.isBlank()) {
				try {
					count = Integer.valueOf(officers.trim());
				}
				catch (NumberFormatException e) {
					throw new InvalidInputException(List.of(new Violation("officers", "Enter the number of officers as a number, for example 2")));
				}
			}
			java.time.Instant deployed = time(deployedTime);
			java.time.Instant cleared = time(clearedTime);
			if (deployed != null && cleared != null && cleared.isBefore(deployed)) {
				// cleared after midnight: the times are on consecutive days
				cleared = cleared.plus(java.time.Duration.ofDays(1));
				if (cleared.isAfter(java.time.Instant.now(clock))) {
					deployed = deployed.minus(java.time.Duration.ofDays(1));
					cleared = cleared.minus(java.time.Duration.ofDays(1));
				}
			}
			routing.recordAttendance(actor, decisionId, deployed, cleared, count);
			redirect.addFlashAttribute("banner", "Officers' attendance recorded");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("routingErrors", e.violations());
		}
		return "redirect:/encounters/" + encounterId + "#routing";
	}

	@PostMapping("/routing/timers/{timerId}/complete")
	String complete(@PathVariable UUID timerId, @RequestParam UUID encounterId, Actor actor, RedirectAttributes redirect) {
		redirect.addFlashAttribute("banner", routing.completeTimer(actor, timerId) ? "Timer stopped in time"
				: "That timer had already stopped");
		return "redirect:/encounters/" + encounterId + "#routing";
	}

	/** A time typed as hh:mm today (UK time); blank means now. */
	private java.time.Instant time(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalTime time = LocalTime.parse(value.trim().replace('.', ':'), DateTimeFormatter.ofPattern("H:mm"));
			return ZonedDateTime.of(LocalDate.now(clock.withZone(zone)), time, zone).toInstant();
		}
		catch (RuntimeException e) {
			throw new InvalidInputException(List.of(new Violation("time", "Enter the time as hours and minutes, for example 14:30")));
		}
	}
}
