package org.sightline.routing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sightline.partnership.AgreementRef;
import org.sightline.partnership.PartnershipAgreement;
import org.sightline.shared.Actor;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Violations;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/v1/simulations: the agreement simulation's figures as JSON, with the same small counts
 * withheld as on the page. For supervisors, analysts and administrators, as the page.
 */
@RestController
@Tag(name = "Routing", description = "Who should respond and why, under the partnership agreement in force")
public class SimulationApiController {

	/**
	 * Exactly one of {@code candidateVersionId} ("id/version" of a draft or a version in review),
	 * {@code yaml} (a whole agreement) or {@code clauses} (clauses of the version in force to replace
	 * by id, or to add); {@code from} and {@code to} are the first and last days, like 2026-09-01.
	 */
	record SimulationRequest(String candidateVersionId,
			@org.sightline.shared.FreeText(maxLength = org.sightline.shared.InputLimits.DOCUMENT) String yaml, List<Object> clauses, String from, String to) {
	}

	/** One row of figures as people may see them: a number, "fewer than 5" or "withheld". */
	record Figures(String code, String label, String encounters, String routedDifferently, String movedToPartners,
			String movedToPolice, String netOfficerHoursSavedEstimate) {
	}

	record SimulationResponse(Map<String, String> current, Map<String, String> candidate, String from, String to,
			int smallCountThreshold, String note, List<Figures> bySituation, Figures bySituationTotal,
			List<Figures> byAgency, Figures byAgencyTotal) {
	}

	static final String NOTE = "Officer hours are estimates (encounters moved x estimated officer hours of one attendance "
			+ "in that situation). Counts under the threshold are \"fewer than N\"; a figure that would reveal one is "
			+ "\"withheld\". byAgency covers the encounters that would route differently, by the agency that would lead "
			+ "them under the candidate (code null: advice or signposting only).";

	private final AgreementSimulation simulation;
	private final SimulationCandidates candidates;
	private final MessageSource messages;
	private final Clock clock;
	private final ZoneId zone;

	SimulationApiController(AgreementSimulation simulation, SimulationCandidates candidates, MessageSource messages,
			Clock clock, ZoneId displayZone) {
		this.simulation = simulation;
		this.candidates = candidates;
		this.messages = messages;
		this.clock = clock;
		this.zone = displayZone;
	}

	@PostMapping("/api/v1/simulations")
	@Operation(summary = "Simulate another version of the partnership agreement over a period",
			description = "Replays the encounters assessed from `from` to `to` (whole days, at most 2 years, none in the "
					+ "future, at least the minimum period) under the version in force and under the candidate: a stored "
					+ "draft or version in review (`candidateVersionId`, as id/version), a whole agreement (`yaml`), or "
					+ "the version in force with `clauses` replaced by id or added. Changes nothing; writes one audit "
					+ "entry. 400 names each invalid field. Small counts are withheld as on the page.")
	SimulationResponse simulate(Actor actor, @RequestBody SimulationRequest request) {
		Violations problems = new Violations();
		LocalDate from = SimulationPeriod.fromIso(request.from(), "from", problems);
		LocalDate to = SimulationPeriod.fromIso(request.to(), "to", problems);
		SimulationPeriod period = SimulationPeriod.check(from, to, LocalDate.now(clock.withZone(zone)), problems);
		PartnershipAgreement candidate = candidate(request, problems);
		problems.throwIfAny();
		AgreementSimulation.Result result = simulation.simulate(actor, candidate, period.start(zone), period.end(zone));
		Function<String, String> labels = key -> messages.getMessage(key, null, key, Locale.UK);
		List<Figures> bySituation = new ArrayList<>();
		Figures situationTotal = null;
		for (AgreementSimulation.ShownRow row : result.shown()) {
			Figures figures = new Figures(row.total() ? null : row.situation().name(),
					row.total() ? "Total" : labels.apply("situation." + row.situation().name()), row.encounters(),
					row.routedDifferently(), row.movedToPartners(), row.movedToPolice(), row.netOfficerHoursSaved());
			if (row.total()) {
				situationTotal = figures;
			}
			else {
				bySituation.add(figures);
			}
		}
		List<Figures> byAgency = new ArrayList<>();
		Figures agencyTotal = null;
		for (AgreementSimulation.ShownAgencyRow row : result.shownAgencies()) {
			Figures figures = new Figures(row.total() ? null : row.agency().map(Enum::name).orElse(null),
					row.total() ? "Total" : AgreementSimulation.Result.agencyLabel(row.agency(), labels), null,
					row.routedDifferently(), row.movedToPartners(), row.movedToPolice(), row.netOfficerHoursSaved());
			if (row.total()) {
				agencyTotal = figures;
			}
			else {
				byAgency.add(figures);
			}
		}
		return new SimulationResponse(ref(result.current()), ref(result.draft()), period.from().toString(),
				period.to().toString(), result.counts().threshold(), NOTE, bySituation, situationTotal, byAgency,
				agencyTotal);
	}

	private PartnershipAgreement candidate(SimulationRequest request, Violations problems) {
		boolean stored = request.candidateVersionId() != null;
		boolean yaml = request.yaml() != null;
		boolean clauses = request.clauses() != null;
		int given = (stored ? 1 : 0) + (yaml ? 1 : 0) + (clauses ? 1 : 0);
		if (given == 0) {
			problems.add("candidateVersionId", "Send one of candidateVersionId, yaml or clauses");
			return null;
		}
		if (given > 1) {
			for (String field : List.of("candidateVersionId", "yaml", "clauses")) {
				if (field.equals("candidateVersionId") && stored || field.equals("yaml") && yaml
						|| field.equals("clauses") && clauses) {
					problems.add(field, "Send only one of candidateVersionId, yaml and clauses");
				}
			}
			return null;
		}
		try {
			if (stored) {
				return candidates.stored(request.candidateVersionId(), "candidateVersionId");
			}
			if (yaml) {
				if (request.yaml().isBlank()) {
					problems.add("yaml", "Send an agreement in the import format (YAML)");
					return null;
				}
				return candidates.pasted(request.yaml());
			}
			return candidates.inForceWithClauses(request.clauses());
		}
		catch (InvalidInputException e) {
			e.violations()
				.forEach(v -> problems.add(yaml && !v.field().equals("yaml") ? "yaml." + v.field() : v.field(),
						v.message()));
			return null;
		}
	}

	private static Map<String, String> ref(AgreementRef ref) {
		return Map.of("id", ref.id(), "version", ref.version());
	}
}
