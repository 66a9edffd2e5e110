package org.sightline.assessment;

import org.sightline.shared.Fact;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.shared.Actor;
import org.sightline.shared.ConflictException;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Violation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The THRIVE page: assess an encounter, or re-assess it (RE-THRIVE). */
@Controller
@RequestMapping("/encounters/{id}/assessments")
class AssessmentController {

	private static final String FORM = "assessmentForm";

	private final AssessmentManagement assessments;
	private final EncounterManagement encounters;
	private final ThriveSettings settings;
	private final RiskTools tools;
	private final ZoneId zone;

	AssessmentController(AssessmentManagement assessments, EncounterManagement encounters, ThriveSettings settings,
			RiskTools tools, ZoneId displayZone) {
		this.assessments = assessments;
		this.encounters = encounters;
		this.settings = settings;
		this.tools = tools;
		this.zone = displayZone;
	}

	@GetMapping
	String history(@PathVariable UUID id) {
		return "redirect:/encounters/" + id + "#assessment";
	}

	@GetMapping("/new")
	String form(@PathVariable UUID id, Actor actor, Model model) {
		EncounterView encounter = encounters.view(actor, new EncounterId(id));
		List<AssessmentView> history = assessments.historyOfReadableEncounter(actor, new EncounterId(id));
		AssessmentView latest = history.isEmpty() ? null : history.get(history.size() - 1);
		model.addAttribute(FORM, AssessmentForm.from(latest, zone).withBlankInformationRows());
		return page(encounter, latest, model);
	}

	@PostMapping("/new")
	String record(@PathVariable UUID id, @ModelAttribute(FORM) AssessmentForm form, BindingResult binding, Actor actor,
			Model model, RedirectAttributes redirect) {
		EncounterView encounter = encounters.view(actor, new EncounterId(id));
		List<UUID> people = encounter.people().stream().map(EncounterView.PersonView::id).toList();
		form.setInformation(new java.util.ArrayList<>(form.filledRows()));
		try {
			AssessmentView view = assessments.record(actor, new EncounterId(id), form.toCommand(people, zone));
			redirect.addFlashAttribute("banner", (view.version() == 1 ? "THRIVE assessment" : "Re-assessment")
					+ " recorded: " + view.gradeDisplayCode() + " (" + view.grade() + ")"
					+ (view.supervisorReview().isEmpty() ? "" : "; sent to a supervisor for review"));
			return "redirect:/encounters/" + id + "#assessment";
		}
		catch (InvalidInputException e) {
			for (Violation problem : e.violations()) {
				String field = AssessmentForm.formField(problem.field(), people);
				if (!binding.hasFieldErrors(field)) {
					binding.rejectValue(field, "invalid", problem.message());
				}
			}
		}
		catch (ConflictException e) {
			binding.rejectValue("trigger", "conflict", e.getMessage());
		}
		model.addAttribute("hasErrors", true);
		form.withBlankInformationRows();
		List<AssessmentView> history = assessments.historyOfReadableEncounter(actor, new EncounterId(id));
		return page(encounter, history.isEmpty() ? null : history.get(history.size() - 1), model);
	}

	private String page(EncounterView encounter, AssessmentView latest, Model model) {
		model.addAttribute("encounter", encounter);
		model.addAttribute("latest", latest);
		model.addAttribute("elements", settings.elements());
		model.addAttribute("grades", Arrays.stream(ResponseGrade.values())
			.map(g -> java.util.Map.entry(g, settings.grade(g)))
			.toList());
		model.addAttribute("stages", Arrays.asList(NdmStage.values()));
		model.addAttribute("riskLevels", Arrays.asList(RiskLevel.values()));
		model.addAttribute("triggers", Arrays.stream(AssessmentTrigger.values())
			.filter(t -> (latest == null) == (t == AssessmentTrigger.INITIAL))
			.toList());
		model.addAttribute("dash", tools.require("DASH"));
		model.addAttribute("thresholdFacts", List.of(Fact.CRIME_TO_INVESTIGATE, Fact.REAL_IMMEDIATE_RISK_TO_LIFE,
				Fact.RISK_OF_SERIOUS_HARM, Fact.POLICE_ASSUMED_RESPONSIBILITY, Fact.POLICE_CREATED_RISK));
		model.addAttribute("harmOptions", Arrays.asList(SignificantHarm.values()));
		model.addAttribute("zone", zone);
		return "assessment/new";
	}
}
