package org.sightline.routing.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.sightline.partnership.PartnershipAgreement;
import org.sightline.shared.Actor;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Violation;
import org.sightline.shared.Violations;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agreement simulation page: choose a stored draft (or version in review), the version in force
 * with some clauses changed, or a pasted agreement, and a period; see what would move, by situation
 * and by the agency that would lead, as tables, charts of the same figures and a CSV download.
 */
@Controller
public class SimulationController {

	static final String STORED = "stored";
	static final String CHANGED = "changed";
	static final String PASTED = "pasted";
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/** What the person typed or chose, shown back to them as they left it. */
	record Form(String source, String candidate, String changedYaml, String draftYaml, String fromDay,
			String fromMonth, String fromYear, String toDay, String toMonth, String toYear) {

		static Form of(String source, String candidate, String changedYaml, String draftYaml, SimulationPeriod period) {
			return new Form(source, candidate, changedYaml, draftYaml, String.valueOf(period.from().getDayOfMonth()),
					String.valueOf(period.from().getMonthValue()), String.valueOf(period.from().getYear()),
					String.valueOf(period.to().getDayOfMonth()), String.valueOf(period.to().getMonthValue()),
					String.valueOf(period.to().getYear()));
		}
	}

	private final AgreementSimulation simulation;
	private final SimulationCandidates candidates;
	private final MessageSource messages;
	private final Clock clock;
	private final ZoneId zone;

	SimulationController(AgreementSimulation simulation, SimulationCandidates candidates, MessageSource messages,
			Clock clock, ZoneId displayZone) {
		this.simulation = simulation;
		this.candidates = candidates;
		this.messages = messages;
		this.clock = clock;
		this.zone = displayZone;
	}

	@GetMapping("/simulation")
	String form(Model model) {
		List<SimulationCandidates.Option> options = candidates.options(zone);
		Form form = Form.of(options.isEmpty() ? CHANGED : STORED, null, candidates.inForceYaml(), null,
				SimulationPeriod.lastDays(LocalDate.now(clock.withZone(zone))));
		return page(model, form, options, null, List.of());
	}

	@PostMapping("/simulation")
	Object simulate(@RequestParam(required = false) String source, @RequestParam(required = false) String candidate,
			@RequestParam(required = false) String changedYaml, @RequestParam(required = false) String draftYaml,
			@RequestParam(name = "from-day", required = false) String fromDay,
			@RequestParam(name = "from-month", required = false) String fromMonth,
			@RequestParam(name = "from-year", required = false) String fromYear,
			@RequestParam(name = "to-day", required = false) String toDay,
			@RequestParam(name = "to-month", required = false) String toMonth,
			@RequestParam(name = "to-year", required = false) String toYear,
			@RequestParam(defaultValue = "page") String format, Actor actor, Model model) {
		Form form = new Form(source, candidate, changedYaml, draftYaml, fromDay, fromMonth, fromYear, toDay, toMonth,
				toYear);
		Violations problems = new Violations();
		LocalDate from = SimulationPeriod.fromParts(fromDay, fromMonth, fromYear, "from", "first day", problems);
		LocalDate to = SimulationPeriod.fromParts(toDay, toMonth, toYear, "to", "last day", problems);
		return run(form, from, to, problems, format.equals("csv"), actor, model);
	}

	/** The CSV of a stored version's simulation, by link: the same parameters as the page. */
	@GetMapping("/simulation/csv")
	Object csv(@RequestParam(required = false) String candidate, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Actor actor, Model model) {
		Violations problems = new Violations();
		LocalDate start = SimulationPeriod.fromIso(from, "from", problems);
		LocalDate end = SimulationPeriod.fromIso(to, "to", problems);
		Form form = new Form(STORED, candidate, null, null, start == null ? from : day(start), start == null ? null
				: String.valueOf(start.getMonthValue()), start == null ? null : String.valueOf(start.getYear()),
				end == null ? to : day(end), end == null ? null : String.valueOf(end.getMonthValue()),
				end == null ? null : String.valueOf(end.getYear()));
		return run(form, start, end, problems, true, actor, model);
	}

	private Object run(Form form, LocalDate from, LocalDate to, Violations problems, boolean csv, Actor actor,
			Model model) {
		List<SimulationCandidates.Option> options = candidates.options(zone);
		SimulationPeriod period = SimulationPeriod.check(from, to, LocalDate.now(clock.withZone(zone)), problems);
		PartnershipAgreement candidate = candidate(form, problems);
		if (!problems.isEmpty() || candidate == null) {
			return page(model, form, options, null, problems.list());
		}
		AgreementSimulation.Result result;
		try {
			result = simulation.simulate(actor, candidate, period.start(zone), period.end(zone));
		}
		catch (InvalidInputException e) {
			return page(model, form, options, null, e.violations());
		}
		if (csv) {
			return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
					.filename(filename(candidate, period))
					.build()
					.toString())
				.body(result.csv(labels()));
		}
		model.addAttribute("result", result);
		model.addAttribute("period", DAY.format(period.from()) + " to " + DAY.format(period.to()));
		model.addAttribute("csvFrom", period.from().toString());
		model.addAttribute("csvTo", period.to().toString());
		model.addAttribute("candidateStatus", options.stream()
			.filter(o -> o.ref().equals(candidate.ref()))
			.map(SimulationCandidates.Option::status)
			.findFirst()
			.orElse(null));
		return page(model, form, options, result, List.of());
	}

	/** Which agreement the form asks for; null, with problems added, when it names none that can be read. */
	private PartnershipAgreement candidate(Form form, Violations problems) {
		String source = form.source() != null ? form.source()
				: form.candidate() != null && !form.candidate().isBlank() ? STORED : PASTED;
		try {
			return switch (source) {
				case STORED -> candidates.stored(form.candidate(), "candidate");
				case CHANGED -> yaml(form.changedYaml(), "changedYaml",
						"Change the version in force below, then run the simulation", candidates::changedInForce, problems);
				case PASTED -> yaml(form.draftYaml(), "draftYaml", "Paste an agreement (YAML) to simulate",
						candidates::pasted, problems);
				default -> {
					problems.add("source", "Choose what to simulate");
					yield null;
				}
			};
		}
		catch (InvalidInputException e) {
			e.violations().forEach(v -> problems.add(v.field(), v.message()));
			return null;
		}
	}

	private static PartnershipAgreement yaml(String yaml, String field, String missing,
			Function<String, PartnershipAgreement> read, Violations problems) {
		if (yaml == null || yaml.isBlank()) {
			problems.add(field, missing);
			return null;
		}
		try {
			return read.apply(yaml);
		}
		catch (InvalidInputException e) {
			e.violations()
				.forEach(v -> problems.add(field, v.field().equals("yaml") ? v.message() : v.field() + ": " + v.message()));
			return null;
		}
	}

	private String page(Model model, Form form, List<SimulationCandidates.Option> options,
			AgreementSimulation.Result result, List<Violation> errors) {
		model.addAttribute("form", form);
		model.addAttribute("candidates", options);
		model.addAttribute("changedYaml", form.changedYaml() != null ? form.changedYaml() : candidates.inForceYaml());
		if (!errors.isEmpty()) {
			Map<String, String> byField = new LinkedHashMap<>();
			errors.forEach(e -> byField.merge(e.field(), e.message(), (a, b) -> a + ". " + b));
			model.addAttribute("errors", errors);
			model.addAttribute("errorFor", byField);
			model.addAttribute("hasErrors", true);
		}
		else {
			model.addAttribute("errorFor", Map.of());
		}
		return "routing/simulation";
	}

	private Function<String, String> labels() {
		return key -> messages.getMessage(key, null, key, Locale.UK);
	}

	private static String day(LocalDate date) {
		return String.valueOf(date.getDayOfMonth());
	}

	static String filename(PartnershipAgreement candidate, SimulationPeriod period) {
		return ("simulation-" + candidate.id() + "-" + candidate.version() + "-" + period.from() + "-to-" + period.to()
				+ ".csv").replaceAll("[^A-Za-z0-9._-]", "-");
	}
}
