package org.sightline.demand.internal;

import java.util.Map;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.shared.Actor;
import org.sightline.shared.access.DemandReaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The demand figures as JSON: the same tables, with the same small counts withheld, as the dashboard. */
@RestController
public class DemandApiController {

	private final DemandReports reports;
	private final DemandQueries queries;
	private final AuditTrail audit;

	DemandApiController(DemandReports reports, DemandQueries queries, AuditTrail audit) {
		this.reports = reports;
		this.queries = queries;
		this.audit = audit;
	}

	@GetMapping(value = "/api/v1/demand", produces = MediaType.APPLICATION_JSON_VALUE)
	@DemandReaders
	Map<String, Object> api(@RequestParam Map<String, String> params, Actor actor) {
		DemandQuery query = queries.query(queries.filters(params));
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

}
