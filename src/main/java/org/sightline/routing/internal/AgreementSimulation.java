package org.sightline.routing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.sightline.assessment.AssessmentManagement;
import org.sightline.assessment.AssessmentView;
import org.sightline.assessment.DashPolicy;
import org.sightline.assessment.RiskTools;
import org.sightline.partnership.AgreementRef;
import org.sightline.partnership.PartnershipAgreement;
import org.sightline.routing.OfficerHours;
import org.sightline.routing.RoutingCase;
import org.sightline.routing.RoutingPolicy;
import org.sightline.routing.RoutingRecommendation;
import org.sightline.shared.Actor;
import org.sightline.shared.Agency;
import org.sightline.shared.CsvCells;
import org.sightline.shared.Situation;
import org.sightline.shared.SmallCounts;
import org.sightline.shared.access.AgreementSimulators;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replays the encounters assessed in a period under the agreement in force and under a candidate
 * version, and counts, per situation and per agency that would lead, how many would route
 * differently (another outcome or another primary agency) and how many officer hours would move
 * between police and partners. Answers a chief officer's question before they sign an agreement.
 * Officer hours per attendance are set per situation ({@link OfficerHours}); the hours are estimates.
 */
@Service
public class AgreementSimulation {

	/** One situation's figures. */
	public record Row(Situation situation, int encounters, int routedDifferently, int movedToPartners, int movedToPolice,
			double hoursPerAttendance, double officerHoursFromPolice, double officerHoursToPolice) {

		public double netOfficerHoursSaved() {
			return officerHoursFromPolice - officerHoursToPolice;
		}
	}

	/**
	 * The encounters that would route differently, by the agency that would lead them under the
	 * candidate ({@code agency} empty: advice or signposting only, no agency leads).
	 */
	public record AgencyRow(Optional<Agency> agency, int routedDifferently, int movedToPartners, int movedToPolice,
			double officerHoursFromPolice, double officerHoursToPolice) {

		public double netOfficerHoursSaved() {
			return officerHoursFromPolice - officerHoursToPolice;
		}
	}

	/** One row as people may see it: small counts withheld (and the hours that would reveal them). */
	public record ShownRow(Situation situation, String encounters, String routedDifferently, String movedToPartners,
			String movedToPolice, String netOfficerHoursSaved) {

		/** The total row has no situation. */
		public boolean total() {
			return situation == null;
		}
	}

	/** One agency row as people may see it; {@code total} marks the last row. */
	public record ShownAgencyRow(Optional<Agency> agency, boolean total, String routedDifferently, String movedToPartners,
			String movedToPolice, String netOfficerHoursSaved) {
	}

	/**
	 * @param agencies the encounters that would route differently, by the agency that would lead them
	 * @param counts the disclosure rule: counts under its threshold are never shown as numbers
	 */
	public record Result(AgreementRef current, AgreementRef draft, Instant from, Instant to, List<Row> rows,
			List<AgencyRow> agencies, SmallCounts counts) {

		public Result(AgreementRef current, AgreementRef draft, Instant from, Instant to, List<Row> rows,
				SmallCounts counts) {
			this(current, draft, from, to, rows, List.of(), counts);
		}

		/** The rows and (last) the total, with small counts withheld column by column. */
		public List<ShownRow> shown() {
			List<Row> all = new ArrayList<>(rows);
			Row total = total();
			List<String[]> cells = withhold(all.stream()
				.map(r -> new long[] { r.encounters(), r.routedDifferently(), r.movedToPartners(), r.movedToPolice() })
				.toList(), new long[] { total.encounters(), total.routedDifferently(), total.movedToPartners(),
						total.movedToPolice() }, 2, 3, counts);
			all.add(total);
			List<ShownRow> shown = new ArrayList<>();
			for (int i = 0; i < all.size(); i++) {
				String[] c = cells.get(i);
				shown.add(new ShownRow(all.get(i).situation(), c[0], c[1], c[2], c[3],
						c[4] != null ? c[4] : hours(all.get(i).netOfficerHoursSaved())));
			}
			return shown;
		}

		/** The agency rows and (last) the total, withheld as {@link #shown()}. */
		public List<ShownAgencyRow> shownAgencies() {
			List<AgencyRow> all = new ArrayList<>(agencies);
			AgencyRow total = new AgencyRow(Optional.empty(), all.stream().mapToInt(AgencyRow::routedDifferently).sum(),
					all.stream().mapToInt(AgencyRow::movedToPartners).sum(),
					all.stream().mapToInt(AgencyRow::movedToPolice).sum(),
					all.stream().mapToDouble(AgencyRow::officerHoursFromPolice).sum(),
					all.stream().mapToDouble(AgencyRow::officerHoursToPolice).sum());
			List<String[]> cells = withhold(
					all.stream().map(r -> new long[] { r.routedDifferently(), r.movedToPartners(), r.movedToPolice() }).toList(),
					new long[] { total.routedDifferently(), total.movedToPartners(), total.movedToPolice() }, 1, 2, counts);
			all.add(total);
			List<ShownAgencyRow> shown = new ArrayList<>();
			for (int i = 0; i < all.size(); i++) {
				String[] c = cells.get(i);
				shown.add(new ShownAgencyRow(all.get(i).agency(), i == all.size() - 1, c[0], c[1], c[2],
						c[3] != null ? c[3] : hours(all.get(i).netOfficerHoursSaved())));
			}
			return shown;
		}

		public Row total() {
			return new Row(null, rows.stream().mapToInt(Row::encounters).sum(),
					rows.stream().mapToInt(Row::routedDifferently).sum(), rows.stream().mapToInt(Row::movedToPartners).sum(),
					rows.stream().mapToInt(Row::movedToPolice).sum(), 0,
					rows.stream().mapToDouble(Row::officerHoursFromPolice).sum(),
					rows.stream().mapToDouble(Row::officerHoursToPolice).sum());
		}

		/**
		 * The figures as CSV, exactly as the page shows them: the situation table then the agency table,
		 * each with its total, the same counts withheld, every code as its label, and no cell a
		 * spreadsheet would run as a formula.
		 * @param labels a message key ({@code situation.X}, {@code agency.X}, {@code outcome.X}) to its label
		 */
		public String csv(java.util.function.Function<String, String> labels) {
			StringBuilder csv = new StringBuilder(CsvCells.row("breakdown", "name", "encounters", "routed_differently",
					"moved_to_partners", "moved_to_police", "net_officer_hours_saved_estimate"));
			for (ShownRow row : shown()) {
				csv.append(CsvCells.row("situation",
						row.total() ? "Total" : labels.apply("situation." + row.situation().name()), row.encounters(),
						row.routedDifferently(), row.movedToPartners(), row.movedToPolice(), row.netOfficerHoursSaved()));
			}
			for (ShownAgencyRow row : shownAgencies()) {
				csv.append(CsvCells.row("agency that would lead", row.total() ? "Total" : agencyLabel(row.agency(), labels),
						"", row.routedDifferently(), row.movedToPartners(), row.movedToPolice(), row.netOfficerHoursSaved()));
			}
			return csv.toString();
		}

		/** An agency's label, or what it means when no agency would lead. */
		public static String agencyLabel(Optional<Agency> agency, java.util.function.Function<String, String> labels) {
			return agency.map(a -> labels.apply("agency." + a.name())).orElse(labels.apply("outcome.NO_AGENCY_ACTION"));
		}

		private static String hours(double value) {
			return String.format(java.util.Locale.ROOT, "%.1f", value);
		}

		/**
		 * The count cells of each row (rows, then the total) and, last, null when the hours may be shown
		 * or "withheld" when they would reveal a withheld move count (hours are moves × a rate).
		 */
		private static List<String[]> withhold(List<long[]> rows, long[] total, int partnersColumn, int policeColumn,
				SmallCounts counts) {
			int columns = total.length;
			List<List<Boolean>> hidden = new ArrayList<>();
			for (int c = 0; c < columns; c++) {
				int column = c;
				hidden.add(counts.withheld(rows.stream().map(r -> r[column]).toList(), total[column]));
			}
			List<long[]> all = new ArrayList<>(rows);
			all.add(total);
			List<String[]> cells = new ArrayList<>();
			for (int i = 0; i < all.size(); i++) {
				String[] row = new String[columns + 1];
				for (int c = 0; c < columns; c++) {
					long value = all.get(i)[c];
					row[c] = hidden.get(c).get(i) ? (counts.small(value) ? counts.show(value) : "withheld")
							: String.valueOf(value);
				}
				row[columns] = hidden.get(partnersColumn).get(i) || hidden.get(policeColumn).get(i) ? "withheld" : null;
				cells.add(row);
			}
			return cells;
		}
	}

	private final AssessmentManagement assessments;
	private final RoutingPolicy policy;
	private final org.sightline.partnership.PartnershipAgreements agreements;
	private final RoutingCases cases;
	private final OfficerHours officerHours;

	private final SmallCounts counts;
	private final int minimumPeriodDays;

	AgreementSimulation(AssessmentManagement assessments, RoutingPolicy policy, org.sightline.partnership.PartnershipAgreements agreements,
			RiskTools tools, OfficerHours officerHours,
			org.sightline.shared.SightlineSettings shared) {
		this.counts = new SmallCounts(shared.disclosure().minimumCount());
		this.minimumPeriodDays = shared.disclosure().minimumPeriodDays();
		this.assessments = assessments;
		this.policy = policy;
		this.agreements = agreements;
		this.cases = new RoutingCases(new DashPolicy(tools.require("DASH")));
		this.officerHours = officerHours;
	}

	@AgreementSimulators
	@Transactional
	public Result simulate(Actor actor, PartnershipAgreement draft, Instant from, Instant to) {
		if (java.time.Duration.between(from, to).toHours() < minimumPeriodDays * 24L - 1) {
			// a day's figures under a clause keyed on one fact can single out the one person it moved
			throw new org.sightline.shared.InvalidInputException(List.of(new org.sightline.shared.Violation("from",
					"Choose a period of at least " + minimumPeriodDays + " days: a shorter one could single out a person")));
		}
		PartnershipAgreement current = agreements.inForce();
		Map<Situation, int[]> counts = new EnumMap<>(Situation.class);
		Map<Optional<Agency>, double[]> byAgency = new java.util.HashMap<>();
		for (AssessmentView assessment : assessments.latestVersionsAssessedBetween(actor, from, to,
				"Agreement simulation of " + draft.ref())) {
			RoutingCase routingCase = cases.from(assessment, OptionalInt.empty(), OptionalInt.empty());
			RoutingRecommendation now = policy.route(routingCase, current);
			RoutingRecommendation then = policy.route(routingCase, draft);
			double hours = hoursPerAttendance(routingCase.situation());
			int[] c = counts.computeIfAbsent(routingCase.situation(), s -> new int[4]);
			c[0]++;
			boolean toPartners = now.outcome().policeAttend() && !then.outcome().policeAttend();
			boolean toPolice = !now.outcome().policeAttend() && then.outcome().policeAttend();
			if (now.outcome() != then.outcome() || !now.primaryAgency().equals(then.primaryAgency())) {
				c[1]++;
				double[] a = byAgency.computeIfAbsent(then.primaryAgency(), k -> new double[5]);
				a[0]++;
				a[1] += toPartners ? 1 : 0;
				a[2] += toPolice ? 1 : 0;
				a[3] += toPartners ? hours : 0;
				a[4] += toPolice ? hours : 0;
			}
			if (toPartners) {
				c[2]++;
			}
			if (toPolice) {
				c[3]++;
			}
		}
		List<Row> rows = new ArrayList<>();
		counts.forEach((situation, c) -> {
			double hours = hoursPerAttendance(situation);
			rows.add(new Row(situation, c[0], c[1], c[2], c[3], hours, c[2] * hours, c[3] * hours));
		});
		// agencies in their code order, "no agency" last
		List<AgencyRow> agencyRows = byAgency.entrySet()
			.stream()
			.sorted(java.util.Comparator.comparingInt(e -> e.getKey().map(Enum::ordinal).orElse(Integer.MAX_VALUE)))
			.map(e -> new AgencyRow(e.getKey(), (int) e.getValue()[0], (int) e.getValue()[1], (int) e.getValue()[2],
					e.getValue()[3], e.getValue()[4]))
			.toList();
		return new Result(current.ref(), draft.ref(), from, to, rows, agencyRows, this.counts);
	}

	double hoursPerAttendance(Situation situation) {
		return officerHours.perAttendance(situation);
	}
}
