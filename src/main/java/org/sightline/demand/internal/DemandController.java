package org.sightline.demand.internal;

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
public class DemandController {

	record Option(String code, String label) {
	}

	private final DemandReports reports;
	private final DemandQueries queries;
	private final Catalogues catalogues;
	private final AuditTrail audit;

	DemandController(DemandReports reports, DemandQueries queries, Catalogues catalogues, AuditTrail audit) {
		this.queries = queries;
		this.reports = reports;
		this.catalogues = catalogues;
		this.audit = audit;
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
		DemandQueries.Filters filters = queries.filters(params);
		model.addAttribute("filters", filters);
		options(model);
		try {
			DemandQuery query = queries.query(filters);
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
		DemandQuery query;
		try {
			query = queries.query(queries.filters(params));
		}
		catch (InvalidInputException e) {
			// a download link with bad filters: say what is wrong, in words, rather than fail
			StringBuilder problems = new StringBuilder("These figures could not be downloaded:\r\n");
			e.violations().forEach(v -> problems.append("- ").append(v.message()).append("\r\n"));
			return ResponseEntity.badRequest()
				.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.body(problems.toString().getBytes(StandardCharsets.UTF_8));
		}
		DemandReports.Sums sums = reports.sums(query);
		StringBuilder csv = new StringBuilder();
		// each row ends its own line; a blank line sets each table apart
		csv.append(CsvCells.row("Sightline demand figures", summary(query)));
		csv.append(CsvCells.row("Small counts are withheld (shown as \"fewer than 5\"); officer hours without a recorded attendance are estimates."));
		for (DemandTable table : reports.tables(query, sums)) {
			csv.append('\n').append(CsvCells.row(table.title()));
			List<String> header = new ArrayList<>(List.of(""));
			header.addAll(table.columns());
			csv.append(CsvCells.row(header.toArray(String[]::new)));
			List<DemandTable.Row> rows = new ArrayList<>(table.rows());
			if (table.total() != null) {
				rows.add(table.total());
			}
			for (DemandTable.Row row : rows) {
				List<String> cells = new ArrayList<>(List.of(row.label()));
				row.values().forEach(v -> cells.add(v.shown()));
				csv.append(CsvCells.row(cells.toArray(String[]::new)));
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

	private String summary(DemandQuery q) {
		List<String> parts = new ArrayList<>();
		parts.add(q.from() + " to " + q.to());
		if (q.area() != null) {
			parts.add("area: " + catalogues.areaLabel(q.area()));
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
