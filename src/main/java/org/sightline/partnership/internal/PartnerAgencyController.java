package org.sightline.partnership.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.sightline.partnership.ContactRouteKind;
import org.sightline.partnership.PartnerAgencies;
import org.sightline.partnership.PartnerAgency;
import org.sightline.partnership.UpdatePartnerAgency;
import org.sightline.shared.Actor;
import org.sightline.shared.Agency;
import org.sightline.shared.ConflictException;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.RecordNotFoundException;
import org.sightline.shared.Violation;
import org.sightline.shared.Violations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' pages: the partner agencies, and the page to edit one. */
@Controller
@RequestMapping("/partnership/agencies")
public class PartnerAgencyController {

	private static final String FORM = "agencyForm";

	private final PartnerAgencies agencies;
	private final ZoneId zone;

	PartnerAgencyController(PartnerAgencies agencies, ZoneId displayZone) {
		this.agencies = agencies;
		this.zone = displayZone;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("agencies", agencies.all());
		model.addAttribute("zone", zone);
		return "partnership/agencies";
	}

	@GetMapping("/{code}")
	String edit(@PathVariable String code, Model model) {
		PartnerAgency agency = find(code);
		model.addAttribute(FORM, PartnerAgencyForm.from(agency));
		return page(agency, model);
	}

	@PostMapping("/{code}")
	String save(@PathVariable String code, @ModelAttribute(FORM) PartnerAgencyForm form,
			Actor actor, Model model, RedirectAttributes redirect) {
		PartnerAgency agency = find(code);
		Violations formProblems = new Violations();
		UpdatePartnerAgency command = form.toCommand(agency.agency(), formProblems);
		List<Violation> problems = new ArrayList<>(formProblems.list());
		try {
			if (formProblems.isEmpty()) {
				agencies.update(actor, command);
				redirect.addFlashAttribute("banner", agency.name() + " saved");
				return "redirect:/partnership/agencies";
			}
			PartnerAgencies.validate(command).list().stream()
				.filter(v -> !formProblems.has(v.field()))
				.forEach(problems::add);
		}
		catch (InvalidInputException e) {
			problems.addAll(e.violations());
		}
		catch (ConflictException e) {
			problems.add(new Violation("name", e.getMessage()));
		}
		Violations shown = new Violations();
		for (Violation problem : problems) {
			if (!shown.has(problem.field())) {
				shown.add(problem.field(), problem.message());
			}
		}
		form.withBlankRoutes();
		model.addAttribute("errors", shown.list());
		model.addAttribute("hasErrors", true);
		return page(agency, model);
	}

	private String page(PartnerAgency agency, Model model) {
		model.addAttribute("agency", agency);
		model.addAttribute("kinds", Arrays.asList(ContactRouteKind.values()));
		return "partnership/agency";
	}

	private PartnerAgency find(String code) {
		return Arrays.stream(Agency.values())
			.filter(a -> a.name().equals(code))
			.findFirst()
			.flatMap(agencies::find)
			.orElseThrow(() -> new RecordNotFoundException("Partner agency"));
	}
}
