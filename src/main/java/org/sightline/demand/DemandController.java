package org.sightline.demand;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.encounter.Catalogues;
import org.sightline.shared.Actor;
import org.sightline.shared.Agency;
import org.sightline.shared.CsvCells;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Situation;
import org.sightline.shared.Violation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The demand dashboard ({@code /demand}), its print view and CSV download, and the same figures as
 * JSON ({@code /api/v1/demand}). Aggregates only: no page here names a person. Every view is audited
 * as a consultation of aggregate data, with the filters.
 */
@Controller
class DemandController {

	record Option(String code, String label) {
	}

	/** The filters as typed, for redisplay; errors name the field. */
	record Filters(String from, String to, String area, String situation, String agency, String agreement) {
	}

	private final DemandReports reports;
	private final Catalogues catalogues;
	private final AuditTrail audit;
	private final Clock clock;
	private final ZoneId zone;

	DemandController(DemandReports reports, Catalogues catalogues, AuditTrail audit, Clock clock,
			ZoneId displayZone) {
		this.reports = reports;
		this.catalogues = catalogues;
		this.audit = audit;
		this.clock = clock;
		this.zone = displayZone;
	}

	@GetMapping("/demand")
	String dashboard(@RequestParam Map<String, String> params, Actor actor, Model model) {
		return render(params, actor, model, false);
	}

	@GetMapping("/demand/print")
	String print(@RequestParam Map<String, String> params, Actor actor, Model model) {
		return render(params, actor, model, true);
	}

	private String render(Map<String, String> params, Actor actor, Model model, boolean print) {
		Filters filters = filters(params);
		model.addAttribute("filters", filters);
		options(model);
		try {
			DemandQuery query = query(filters);
			DemandReports.Sums sums = reports.sums(query);
			model.addAttribute("query", query);
			model.addAttribute("headline", reports.headline(sums));
			model.addAttribute("tables", reports.tables(query, sums));
			model.addAttribute("filterSummary", summary(query));
			audit.record(actor, AuditAction.CONSULTATION, "DEMAND", print ? "print" : "dashboard",
					"Demand figures viewed (aggregates only)", query.parameters());
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", e.violations());
			model.addAttribute("hasErrors", true);
		}
		return print ? "demand/print" : "demand/dashboard";
	}

	@GetMapping(value = "/demand.csv")
	ResponseEntity<byte[]> csv(@RequestParam Map<String, String> params, Actor actor) {
		DemandQuery query = query(filters(params));
		DemandReports.Sums sums = reports.sums(query);
		StringBuilder csv = new StringBuilder();
		csv.append(CsvCells.row("Sightline demand figures", summary(query))).append("\r\n");
		csv.append(CsvCells.row("Small counts are withheld (shown as \"fewer than 5\"); officer hours without a recorded attendance are estimates."))
			.append("\r\n");
		for (DemandTable table : reports.tables(query, sums)) {
			csv.append("\r\n").append(CsvCells.row(table.title())).append("\r\n");
			List<String> header = new ArrayList<>(List.of(""));
			header.addAll(table.columns());
			csv.append(CsvCells.row(header.toArray(String[]::new))).append("\r\n");
			List<DemandTable.Row> rows = new ArrayList<>(table.rows());
			if (table.total() != null) {
				rows.add(table.total());
			}
			for (DemandTable.Row row : rows) {
				List<String> cells = new ArrayList<>(List.of(row.label()));
				row.values().forEach(v -> cells.add(v.shown()));
				csv.append(CsvCells.row(cells.toArray(String[]::new))).append("\r\n");
			}
		}
		audit.record(actor, AuditAction.DISCLOSURE, "DEMAND", "csv", "Demand figures downloaded (aggregates only)",
				query.parameters());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("sightline-demand-" + query.from() + "-to-" + query.to() + ".csv")
				.build()
				.toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping(value = "/api/v1/demand", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	@org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('SUPERVISOR','ANALYST','CHIEF_OFFICER','ADMIN')")
	Map<String, Object> api(@RequestParam Map<String, String> params, Actor actor) {
		DemandQuery query = query(filters(params));
		DemandReports.Sums sums = reports.sums(query);
		audit.record(actor, AuditAction.CONSULTATION, "DEMAND", "api", "Demand figures read (aggregates only)",
				query.parameters());
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("from", query.from().toString());
		body.put("to", query.to().toString());
		body.put("area", query.area());
		body.put("situation", query.situation());
		body.put("agency", query.agency());
		body.put("agreement", query.agreement());
		body.put("headline", reports.headline(sums));
		body.put("tables", reports.tables(query, sums));
		return body;
	}

	private Filters filters(Map<String, String> p) {
		LocalDate today = LocalDate.now(clock.withZone(zone));
		return new Filters(p.getOrDefault("from", today.withDayOfMonth(1).minusMonths(11).toString()),
				p.getOrDefault("to", today.toString()), p.get("area"), p.get("situation"), p.get("agency"),
				p.get("agreement"));
	}

	DemandQuery query(Filters f) {
		List<Violation> problems = new ArrayList<>();
		LocalDate from = date(f.from(), "from", "Enter the start date as a date, for example 2026-01-01", problems);
		LocalDate to = date(f.to(), "to", "Enter the end date as a date, for example 2026-12-31", problems);
		if (from != null && to != null) {
			if (to.isBefore(from)) {
				problems.add(new Violation("to", "The end date must be the same as or after the start date"));
			}
			else if (to.toEpochDay() - from.toEpochDay() + 1 > DemandQuery.MAX_DAYS) {
				problems.add(new Violation("to", "Choose a period of at most three years"));
			}
		}
		if (blank(f.area()) == false && catalogues.areas().stream().noneMatch(a -> a.code().equals(f.area()))) {
			problems.add(new Violation("area", "Choose an area from the list"));
		}
		if (blank(f.situation()) == false && java.util.Arrays.stream(Situation.values()).noneMatch(s -> s.name().equals(f.situation()))) {
			problems.add(new Violation("situation", "Choose a situation from the list"));
		}
		if (blank(f.agency()) == false && java.util.Arrays.stream(Agency.values()).noneMatch(a -> a.name().equals(f.agency()))) {
			problems.add(new Violation("agency", "Choose an agency from the list"));
		}
		if (blank(f.agreement()) == false && (f.agreement().length() > 200 || !f.agreement().contains("@"))) {
			problems.add(new Violation("agreement", "Choose an agreement version from the list"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new DemandQuery(from, to, f.area(), f.situation(), f.agency(), f.agreement());
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static LocalDate date(String value, String field, String message, List<Violation> problems) {
		try {
			return LocalDate.parse(value == null ? "" : value.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(new Violation(field, message));
			return null;
		}
	}

	private String summary(DemandQuery q) {
		List<String> parts = new ArrayList<>();
		parts.add(q.from() + " to " + q.to());
		if (q.area() != null) {
			parts.add("area: " + catalogues.areas().stream().filter(a -> a.code().equals(q.area())).findFirst().map(a -> a.label()).orElse(q.area()));
		}
		if (q.situation() != null) {
			parts.add("situation: " + reports.label("situation.", q.situation()));
		}
		if (q.agency() != null) {
			parts.add("agency: " + reports.label("agency.", q.agency()));
		}
		if (q.agreement() != null) {
			parts.add("agreement: " + DemandReports.agreement(q.agreement()));
		}
		return String.join("; ", parts);
	}

	private void options(Model model) {
		model.addAttribute("areaOptions", catalogues.areas().stream().map(a -> new Option(a.code(), a.label())).toList());
		model.addAttribute("situationOptions", java.util.Arrays.stream(Situation.values())
			.map(s -> new Option(s.name(), reports.label("situation.", s.name()))).toList());
		model.addAttribute("agencyOptions", java.util.Arrays.stream(Agency.values())
			.map(a -> new Option(a.name(), reports.label("agency.", a.name()))).toList());
		model.addAttribute("agreementOptions", reports.agreements()
			.stream()
			.map(a -> new Option(a, DemandReports.agreement(a)))
			.toList());
	}
}
