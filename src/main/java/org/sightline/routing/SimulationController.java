package org.sightline.routing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.sightline.partnership.AgreementYaml;
import org.sightline.partnership.PartnershipAgreement;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The agreement simulation page and its CSV download. */
@Controller
class SimulationController {

	private final AgreementSimulation simulation;
	private final org.sightline.partnership.PartnershipAgreements agreements;
	private final ZoneId zone;

	SimulationController(AgreementSimulation simulation, org.sightline.partnership.PartnershipAgreements agreements,
			ZoneId displayZone) {
		this.simulation = simulation;
		this.agreements = agreements;
		this.zone = displayZone;
	}

	/** Stored drafts to choose from, for those who may see them (administrators and supervisors). */
	@org.springframework.web.bind.annotation.ModelAttribute("drafts")
	List<org.sightline.partnership.AgreementRef> drafts(Actor actor) {
		if (!actor.hasAnyRole(org.sightline.shared.Role.ADMIN, org.sightline.shared.Role.SUPERVISOR)) {
			return List.of();
		}
		return agreements.drafts().stream().map(v -> v.agreement().ref()).toList();
	}

	@GetMapping("/simulation")
	String form(Model model) {
		model.addAttribute("from", LocalDate.now(zone).minusMonths(12).toString());
		model.addAttribute("to", LocalDate.now(zone).toString());
		return "routing/simulation";
	}

	@PostMapping("/simulation")
	Object simulate(@RequestParam(required = false) String draftRef, @RequestParam(required = false) String draftYaml,
			@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "page") String format, Actor actor,
			Model model) {
		model.addAttribute("draftYaml", draftYaml);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		List<Violation> problems = new ArrayList<>();
		LocalDate start = date(from, "from", "Enter the first day of the period, for example 2026-01-01", problems);
		LocalDate end = date(to, "to", "Enter the last day of the period, for example 2026-11-30", problems);
		if (start != null && end != null && end.isBefore(start)) {
			problems.add(new Violation("to", "The last day must be on or after the first day"));
		}
		PartnershipAgreement draft = null;
		model.addAttribute("draftRef", draftRef);
		if (draftRef != null && !draftRef.isBlank() && (draftYaml == null || draftYaml.isBlank())) {
			String[] parts = draftRef.split("\\|", 2);
			draft = parts.length == 2 && drafts(actor).contains(new org.sightline.partnership.AgreementRef(parts[0], parts[1]))
					? agreements.version(new org.sightline.partnership.AgreementRef(parts[0], parts[1])).orElse(null) : null;
			if (draft == null) {
				problems.add(new Violation("draftRef", "Choose one of the drafts listed"));
			}
		}
		else if (draftYaml == null || draftYaml.isBlank()) {
			problems.add(new Violation("draftYaml", "Choose a stored draft, or paste a draft agreement (YAML), to simulate"));
		}
		else {
			try {
				draft = AgreementYaml.read(draftYaml);
			}
			catch (InvalidInputException e) {
				e.violations().forEach(v -> problems.add(new Violation("draftYaml", "Draft " + v.field() + ": " + v.message())));
			}
		}
		if (!problems.isEmpty()) {
			model.addAttribute("errors", problems);
			model.addAttribute("hasErrors", true);
			return "routing/simulation";
		}
		AgreementSimulation.Result result;
		try {
			result = simulation.simulate(actor, draft, start.atStartOfDay(zone).toInstant(),
					end.plusDays(1).atStartOfDay(zone).toInstant());
		}
		catch (org.sightline.shared.InvalidInputException e) {
			model.addAttribute("errors", e.violations());
			model.addAttribute("hasErrors", true);
			return "routing/simulation";
		}
		if (format.equals("csv")) {
			return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
					.filename("simulation-" + draft.id() + "-" + draft.version() + ".csv")
					.build()
					.toString())
				.body(result.csv());
		}
		model.addAttribute("result", result);
		return "routing/simulation";
	}

	private static LocalDate date(String value, String field, String message, List<Violation> problems) {
		try {
			return LocalDate.parse(value == null ? "" : value.trim());
		}
		catch (DateTimeParseException e) {
			problems.add(new Violation(field, message));
			return null;
		}
	}
}
