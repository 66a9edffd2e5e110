package org.sightline.encounter.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.sightline.encounter.Catalogues;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterSearch;
import org.sightline.encounter.EncounterSection;
import org.sightline.encounter.EncounterSummary;
import org.sightline.encounter.EncounterView;
import org.sightline.encounter.IncidentGrading;
import org.sightline.encounter.PersonRole;
import org.sightline.encounter.RecordEncounter;
import org.sightline.encounter.Sex;
import org.sightline.encounter.Source;
import org.sightline.encounter.VulnerabilityKind;
import org.sightline.person.PersonLinking;
import org.sightline.person.PersonQuery;
import org.sightline.shared.Actor;
import org.sightline.shared.Durations;
import org.sightline.shared.ConflictException;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Situation;
import org.sightline.shared.Violation;
import org.sightline.shared.Violations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages to record an encounter, list the ones you recorded, and read one. */
@Controller
@RequestMapping("/encounters")
public class EncounterController {

	private static final String FORM = "encounterForm";

	private final EncounterManagement encounters;
	private final Catalogues catalogues;
	private final Clock clock;
	private final ZoneId zone;

	private final List<EncounterSection> sections;
	private final PersonLinking linking;

	private final org.springframework.beans.factory.ObjectProvider<IncidentGrading> grading;
	private final java.time.Duration operationalWindow;

	EncounterController(EncounterManagement encounters, Catalogues catalogues, PersonLinking linking, Clock clock,
			ZoneId displayZone, List<EncounterSection> sections,
			org.springframework.beans.factory.ObjectProvider<IncidentGrading> grading,
			EncounterSettings settings) {
		this.grading = grading;
		this.operationalWindow = settings.access().operationalWindow();
		this.linking = linking;
		this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(EncounterSection::order)).toList();
		this.encounters = encounters;
		this.catalogues = catalogues;
		this.clock = clock;
		this.zone = displayZone;
	}

	@ModelAttribute
	void pageData(Model model) {
		model.addAttribute("catalogues", catalogues);
		model.addAttribute("sources", Arrays.asList(Source.values()));
		model.addAttribute("situations", Arrays.asList(Situation.values()));
		model.addAttribute("roles", Arrays.asList(PersonRole.values()));
		model.addAttribute("sexes", Arrays.asList(Sex.values()));
		model.addAttribute("personalVulnerabilities", catalogues.vulnerabilities(VulnerabilityKind.PERSONAL));
		model.addAttribute("situationalVulnerabilities", catalogues.vulnerabilities(VulnerabilityKind.SITUATIONAL));
		model.addAttribute("zone", zone);
	}

	@GetMapping("/new")
	String newEncounter(Model model) {
		model.addAttribute(FORM, EncounterForm.startingAt(ZonedDateTime.now(clock.withZone(zone))));
		return "encounter/new";
	}

	@PostMapping("/new")
	String record(@ModelAttribute(FORM) EncounterForm form,
			@RequestParam(name = "action", defaultValue = "save") String action, Actor actor, Model model,
			RedirectAttributes redirect) {
		Violations shown = new Violations();
		if (action.equals("add-person")) {
			form.getPeople().add(new PersonForm());
			showMatches(form, -1, actor, shown, model);
			return "encounter/new";
		}
		if (action.startsWith("remove-person-")) {
			int index = indexIn(action, "remove-person-");
			if (index >= 0 && index < form.getPeople().size() && form.getPeople().size() > 1) {
				form.getPeople().remove(index);
			}
			showMatches(form, -1, actor, shown, model);
			return "encounter/new";
		}
		if (action.startsWith("find-person-")) {
			int index = indexIn(action, "find-person-");
			showMatches(form, index, actor, shown, model);
			return "encounter/new";
		}

		Violations parseProblems = new Violations();
		RecordEncounter command = form.toCommand(zone, parseProblems);
		List<Violation> problems = new ArrayList<>(parseProblems.list());
		EncounterManagement.Outcome outcome = null;
		try {
			if (parseProblems.isEmpty()) {
				outcome = encounters.record(actor, command, Optional.of("form:" + form.getSubmissionToken()));
			}
			else {
				encounters.check(command).stream()
					.filter(v -> !parseProblems.has(EncounterForm.formField(v.field())))
					.forEach(problems::add);
			}
		}
		catch (InvalidInputException e) {
			problems.addAll(e.violations());
		}
		catch (ConflictException e) {
			// this form's token was used for a different encounter (a page saved, changed, then resubmitted):
			// a fresh token lets the person save what is on the page now
			form.setSubmissionToken(UUID.randomUUID().toString());
			// no one field is wrong: the summary links to the first question, where checking starts
			shown.add("source", "This page was already saved once with different details. Check the "
					+ "details, then save again to record them as a new encounter.");
		}
		if (outcome == null) {
			for (Violation problem : problems) {
				String field = EncounterForm.formField(problem.field());
				if (!shown.has(field)) {
					shown.add(field, problem.message());
				}
			}
			model.addAttribute("hasErrors", true);
			showMatches(form, -1, actor, shown, model);
			return "encounter/new";
		}
		redirect.addFlashAttribute("banner", outcome.created()
				? "Encounter " + outcome.encounter().reference() + " recorded"
				: "Encounter " + outcome.encounter().reference() + " was already recorded");
		return "redirect:/encounters/" + outcome.encounter().id();
	}

	/** The person number at the end of a button's action, or -1 when it is not a number. */
	private static int indexIn(String action, String prefix) {
		try {
			return Integer.parseInt(action.substring(prefix.length()));
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	/** Most likely matches offered for one person. */
	static final int MATCHES_OFFERED = 5;

	/**
	 * Offers the likely matches from the person index for the person asked about (an audited
	 * search), and shows again the person already chosen for anyone else (no new search).
	 */
	private void showMatches(EncounterForm form, int asked, Actor actor, Violations shown, Model model) {
		java.util.Map<Integer, List<PersonLinking.MatchOffer>> matches = new java.util.HashMap<>();
		for (int i = 0; i < form.getPeople().size(); i++) {
			PersonForm person = form.getPeople().get(i);
			if (i == asked) {
				offerMatches(person, i, actor, shown, model).ifPresent(offers -> matches.put(asked, offers));
			}
			else if (person.getPersonId() != null && !person.getPersonId().isBlank()) {
				int index = i;
				chosen(person.getPersonId()).flatMap(id -> linking.chosenOffer(actor, id))
					.ifPresent(offer -> matches.put(index, List.of(offer)));
			}
		}
		model.addAttribute("matches", matches);
		if (!shown.isEmpty()) {
			model.addAttribute("errors", shown.list());
			model.addAttribute("hasErrors", true);
		}
	}

	private Optional<List<PersonLinking.MatchOffer>> offerMatches(PersonForm person, int i, Actor actor,
			Violations shown, Model model) {
		if (person.getFamilyName() == null || person.getFamilyName().isBlank()) {
			shown.add("people[" + i + "].familyName", "Enter a family name to check the person index");
			return Optional.empty();
		}
		Violations ignored = new Violations();
		var dateOfBirth = EncounterForm.date(person.getDobDay(), person.getDobMonth(), person.getDobYear(), "dob",
				"Date of birth", ignored);
		try {
			return Optional.of(linking.likelyMatches(actor, new PersonQuery(person.getGivenName(), person.getFamilyName(),
					Optional.ofNullable(ignored.isEmpty() ? dateOfBirth : null), Optional.empty()), MATCHES_OFFERED));
		}
		catch (InvalidInputException e) {
			shown.add("people[" + i + "].familyName", "Enter the family name in letters to check the person index");
			return Optional.empty();
		}
	}

	private static Optional<org.sightline.person.PersonId> chosen(String personId) {
		try {
			return Optional.of(new org.sightline.person.PersonId(UUID.fromString(personId.strip())));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}


	/**
	 * Live incidents, newest first, by area and grade, and a search by reference, name, address
	 * and day: the way to any encounter the person may read, not only their own.
	 */
	@GetMapping
	String list(@RequestParam(required = false) String area, @RequestParam(required = false) String grade,
			@RequestParam(required = false) String reference, @RequestParam(required = false) String name,
			@RequestParam(required = false) String address, @RequestParam(required = false) String day,
			@RequestParam(required = false) String month, @RequestParam(required = false) String year, Actor actor,
			Model model) {
		Violations problems = new Violations();
		Optional<String> areaChosen = EncounterSearch.text(area).filter(catalogues::isArea);
		Optional<String> gradeChosen = EncounterSearch.text(grade)
			.filter(g -> GRADES.contains(g));
		Optional<String> referenceAsked = EncounterSearch.text(reference);
		if (referenceAsked.isPresent() && !referenceAsked.get().matches("[A-Za-z0-9-]{1,40}")) {
			problems.add("reference", "Enter a reference like ENC-2026-000123, or its number");
		}
		Optional<String> nameAsked = EncounterSearch.text(name);
		if (nameAsked.isPresent() && (nameAsked.get().length() < 2 || nameAsked.get().length() > 100)) {
			problems.add("name", "Enter at least 2 letters of a name, and no more than 100");
		}
		Optional<String> addressAsked = EncounterSearch.text(address);
		if (addressAsked.isPresent() && (addressAsked.get().length() < 3 || addressAsked.get().length() > 200)) {
			problems.add("address", "Enter at least 3 characters of the address, and no more than 200");
		}
		java.time.LocalDate on = null;
		if (EncounterSearch.text(day).isPresent() || EncounterSearch.text(month).isPresent()
				|| EncounterSearch.text(year).isPresent()) {
			on = EncounterForm.date(day, month, year, "on", "Date", problems);
		}
		EncounterSearch search = new EncounterSearch(referenceAsked, nameAsked, addressAsked, Optional.ofNullable(on));
		model.addAttribute("errors", problems.list());
		model.addAttribute("hasErrors", !problems.isEmpty());
		model.addAttribute("query", java.util.Map.of("reference", Objects.toString(reference, ""), "name",
				Objects.toString(name, ""), "address", Objects.toString(address, ""), "day", Objects.toString(day, ""),
				"month", Objects.toString(month, ""), "year", Objects.toString(year, "")));
		model.addAttribute("areas", catalogues.areas());
		model.addAttribute("grades", GRADES);
		model.addAttribute("areaChosen", areaChosen.orElse(""));
		model.addAttribute("gradeChosen", gradeChosen.orElse(""));
		boolean searching = problems.isEmpty() && !search.isEmpty();
		model.addAttribute("searching", searching);
		List<EncounterSummary> listed;
		if (searching) {
			listed = encounters.search(actor, search);
		}
		else {
			// the grade narrows the query itself: filtered after the cut, an emergency older than the
			// newest few hundred incidents would not be listed at all
			Optional<java.util.Set<UUID>> graded = gradeChosen.map(g -> grading
				.getIfAvailable(() -> ids -> java.util.Map.of())
				.latestGraded(g, encounters.liveSince()));
			listed = encounters.liveIncidents(actor, areaChosen, graded);
		}
		java.util.Map<UUID, IncidentGrading.Grading> gradings = gradingsOf(listed);
		model.addAttribute("encounters", listed);
		model.addAttribute("cut", listed.size() >= encounters.listLimit());
		model.addAttribute("listLimit", encounters.listLimit());
		model.addAttribute("gradings", gradings);
		model.addAttribute("operationalWindow", Durations.inWords((int) operationalWindow.toMinutes()));
		return "encounter/list";
	}

	/** Response grades, most urgent first (the assessment module's codes, labelled by grade.*). */
	static final List<String> GRADES = List.of("EMERGENCY", "PRIORITY", "SCHEDULED", "RESOLUTION_WITHOUT_DEPLOYMENT");

	@GetMapping("/mine")
	String mine(Actor actor, Model model) {
		List<EncounterSummary> listed = encounters.recentRecordedBy(actor, 50);
		model.addAttribute("encounters", listed);
		model.addAttribute("gradings", gradingsOf(listed));
		return "encounter/mine";
	}

	/** How each listed encounter was last graded (none when no module grades them). */
	private java.util.Map<UUID, IncidentGrading.Grading> gradingsOf(List<EncounterSummary> listed) {
		return grading.getIfAvailable(() -> ids -> java.util.Map.of())
			.latest(listed.stream().map(EncounterSummary::id).toList());
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Actor actor, Model model) {
		EncounterView encounter = encounters.view(actor, new EncounterId(id));
		model.addAttribute("encounter", encounter);
		model.addAttribute("links",
				linking.linksOfMentions(encounter.people().stream().map(EncounterView.PersonView::id).toList()));
		model.addAttribute("sections", sections.stream()
			.map(section -> java.util.Map.entry(section.fragment(), section.model(actor, encounter)))
			.toList());
		return "encounter/show";
	}
}
