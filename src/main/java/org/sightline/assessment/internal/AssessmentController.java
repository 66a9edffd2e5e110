package org.sightline.assessment.internal;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.sightline.assessment.AssessmentManagement;
import org.sightline.assessment.AssessmentTrigger;
import org.sightline.assessment.AssessmentView;
import org.sightline.assessment.NdmStage;
import org.sightline.assessment.ResponseGrade;
import org.sightline.assessment.RiskLevel;
import org.sightline.assessment.RiskTool;
import org.sightline.assessment.RiskTools;
import org.sightline.assessment.SignificantHarm;
import org.sightline.assessment.ThriveSettings;
import org.sightline.encounter.CatalogueEntry;
import org.sightline.encounter.Catalogues;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.shared.Actor;
import org.sightline.shared.ConflictException;
import org.sightline.shared.InvalidInputException;
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

/** The THRIVE page: assess an encounter, or re-assess it (RE-THRIVE). */
@Controller
@RequestMapping("/encounters/{id}/assessments")
public class AssessmentController {

	private static final String FORM = "assessmentForm";

	private final AssessmentManagement assessments;
	private final EncounterManagement encounters;
	private final ThriveSettings settings;
	private final RiskTools tools;
	private final Catalogues catalogues;
	private final ZoneId zone;

	AssessmentController(AssessmentManagement assessments, EncounterManagement encounters, ThriveSettings settings,
			RiskTools tools, Catalogues catalogues, ZoneId displayZone) {
		this.assessments = assessments;
		this.encounters = encounters;
		this.settings = settings;
		this.tools = tools;
		this.catalogues = catalogues;
		this.zone = displayZone;
	}

	@GetMapping
	String history(@PathVariable UUID id) {
		return "redirect:/encounters/" + id + "#assessment";
	}

	@GetMapping("/new")
	String form(@PathVariable UUID id, Actor actor, Model model) {
		EncounterView encounter = encounters.view(actor, new EncounterId(id));
		AssessmentView latest = assessments.latestOfReadableEncounter(actor, new EncounterId(id)).orElse(null);
		model.addAttribute(FORM, AssessmentForm.from(latest, zone).withBlankInformationRows());
		return page(encounter, latest, model);
	}

	@PostMapping("/new")
	String record(@PathVariable UUID id, @ModelAttribute(FORM) AssessmentForm form, Actor actor,
			Model model, RedirectAttributes redirect) {
		EncounterView encounter = encounters.view(actor, new EncounterId(id));
		List<UUID> people = encounter.people().stream().map(EncounterView.PersonView::id).toList();
		form.setInformation(new java.util.ArrayList<>(form.filledRows()));
		AssessmentView started = form.getBasedOnVersion() == null ? null
				: assessments.latestOfReadableEncounter(actor, new EncounterId(id)).orElse(null);
		Violations problems = new Violations();
		try {
			AssessmentView view = assessments.record(actor, new EncounterId(id), form.toCommand(people, zone, started));
			redirect.addFlashAttribute("banner", (view.version() == 1 ? "THRIVE assessment" : "Re-assessment")
					+ " recorded: " + view.gradeDisplayCode() + " (" + org.sightline.shared.Words.of(view.grade()).toLowerCase(java.util.Locale.ROOT) + ")"
					+ (view.supervisorReview().isEmpty() ? "" : "; sent to a supervisor for review"));
			return "redirect:/encounters/" + id + "#assessment";
		}
		catch (InvalidInputException e) {
			for (Violation problem : e.violations()) {
				String field = AssessmentForm.formField(problem.field(), people);
				if (!problems.has(field)) {
					problems.add(field, problem.message());
				}
			}
		}
		catch (ConflictException e) {
			problems.add("trigger", e.getMessage());
		}
		model.addAttribute("errors", problems.list());
		model.addAttribute("hasErrors", true);
		form.withBlankInformationRows();
		return page(encounter, assessments.latestOfReadableEncounter(actor, new EncounterId(id)).orElse(null), model);
	}

	/** An earlier tool result offered for keeping: its key and what the assessor sees. */
	record CarriedTool(String key, String label) {
	}

	private static int firstDash(AssessmentView latest) {
		for (int i = 0; i < latest.tools().size(); i++) {
			if (latest.tools().get(i).tool().equals("DASH")) {
				return i;
			}
		}
		return -1;
	}

	private String page(EncounterView encounter, AssessmentView latest, Model model) {
		RiskTool dash = tools.require("DASH");
		AssessmentForm form = (AssessmentForm) model.getAttribute(FORM);
		ChecklistProgress progress = ChecklistProgress.of(dash,
				form == null ? java.util.Map.of() : form.getDashAnswers());
		model.addAttribute("dashYes", progress.yes());
		model.addAttribute("dashLevels", ChecklistProgress.ranges(dash));
		model.addAttribute("dashLevelSoFar", progress.levelText());
		model.addAttribute("dashFlagsSoFar", progress.redFlagText());
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
		// every circumstance is offered, and any other fact recorded before (through the API, say) is
		// shown ticked, so a re-assessment never drops a fact the assessor did not remove
		List<CatalogueEntry> circumstances = catalogues.circumstances();
		model.addAttribute("circumstances", circumstances);
		model.addAttribute("earlierFacts", latest == null ? List.of()
				: latest.facts()
					.stream()
					.filter(code -> circumstances.stream().noneMatch(c -> c.code().equals(code)))
					.map(code -> new CatalogueEntry(code, catalogues.label(code), null, false))
					.toList());
		model.addAttribute("carriedTools", latest == null ? List.of()
				: latest.tools()
					.stream()
					.filter(t -> !t.tool().equals("DASH") || latest.tools().indexOf(t) > firstDash(latest))
					.map(t -> new CarriedTool(AssessmentForm.toolKey(t), t.tool() + ": " + org.sightline.shared.Words.of(t.finalLevel()).toLowerCase(java.util.Locale.ROOT) + " for "
							+ encounter.people().stream().filter(p -> p.id().equals(t.personId())).findFirst()
								.map(EncounterView.PersonView::displayName).orElse("someone no longer in the encounter")))
					.toList());
		model.addAttribute("harmOptions", Arrays.asList(SignificantHarm.values()));
		model.addAttribute("zone", zone);
		return "assessment/new";
	}
}
