package org.sightline.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.sightline.assessment.AssessmentManagement;
import org.sightline.assessment.AssessmentView;
import org.sightline.assessment.DashPolicy;
import org.sightline.assessment.RiskTools;
import org.sightline.partnership.AgreementRef;
import org.sightline.partnership.PartnershipAgreement;
import org.sightline.shared.Actor;
import org.sightline.shared.Situation;
import org.sightline.shared.SmallCounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replays the encounters assessed in a period under the agreement in force and under a draft, and
 * counts, per situation, how many would route differently and how many officer hours would move
 * between police and partners. Answers a chief officer's question before they sign an agreement.
 * Officer hours per attendance are set per situation ({@link OfficerHours}).
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

	/** One row as people may see it: small counts withheld (and the hours that would reveal them). */
	public record ShownRow(Situation situation, String encounters, String routedDifferently, String movedToPartners,
			String movedToPolice, String netOfficerHoursSaved) {
	}

	/**
	 * @param counts the disclosure rule: counts under its threshold are never shown as numbers
	 */
	public record Result(AgreementRef current, AgreementRef draft, Instant from, Instant to, List<Row> rows,
			SmallCounts counts) {

		/** The rows and (last) the total, with small counts withheld column by column. */
		public List<ShownRow> shown() {
			List<Row> all = new ArrayList<>(rows);
			Row total = total();
			List<java.util.function.ToLongFunction<Row>> columns = List.of(Row::encounters, Row::routedDifferently,
					Row::movedToPartners, Row::movedToPolice);
			List<List<Boolean>> hidden = new ArrayList<>();
			for (var column : columns) {
				hidden.add(counts.withheld(all.stream().map(column::applyAsLong).toList(), column.applyAsLong(total)));
			}
			all.add(total);
			List<ShownRow> shown = new ArrayList<>();
			for (int i = 0; i < all.size(); i++) {
				Row row = all.get(i);
				String[] cells = new String[4];
				for (int c = 0; c < 4; c++) {
					long value = columns.get(c).applyAsLong(row);
					cells[c] = hidden.get(c).get(i) ? (counts.small(value) ? counts.show(value) : "withheld") : String.valueOf(value);
				}
				// hours are moves × a rate, so they reveal a withheld move count
				boolean hoursHidden = hidden.get(2).get(i) || hidden.get(3).get(i);
				shown.add(new ShownRow(row.situation(), cells[0], cells[1], cells[2], cells[3],
						hoursHidden ? "withheld" : String.format(java.util.Locale.ROOT, "%.1f", row.netOfficerHoursSaved())));
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

		/** The figures as CSV, one line per situation and a total, with the same counts withheld as on the page. */
		public String csv() {
			StringBuilder csv = new StringBuilder(
					"situation,encounters,routed_differently,moved_to_partners,moved_to_police,net_officer_hours_saved\n");
			for (ShownRow row : shown()) {
				csv.append(String.join(",", row.situation() == null ? "TOTAL" : row.situation().name(), row.encounters(),
						row.routedDifferently(), row.movedToPartners(), row.movedToPolice(), row.netOfficerHoursSaved()))
					.append('\n');
			}
			return csv.toString();
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
			@org.springframework.beans.factory.annotation.Value("${sightline.disclosure.minimum-count:5}") int minimumCount,
			@org.springframework.beans.factory.annotation.Value("${sightline.disclosure.minimum-period-days:7}") int minimumPeriodDays) {
		this.counts = new SmallCounts(minimumCount);
		this.minimumPeriodDays = minimumPeriodDays;
		this.assessments = assessments;
		this.policy = policy;
		this.agreements = agreements;
		this.cases = new RoutingCases(new DashPolicy(tools.require("DASH")));
		this.officerHours = officerHours;
	}

	@PreAuthorize("hasAnyRole('SUPERVISOR','ANALYST','ADMIN')")
	@Transactional
	public Result simulate(Actor actor, PartnershipAgreement draft, Instant from, Instant to) {
		if (java.time.Duration.between(from, to).toHours() < minimumPeriodDays * 24L - 1) {
			// a day's figures under a clause keyed on one fact can single out the one person it moved
			throw new org.sightline.shared.InvalidInputException(List.of(new org.sightline.shared.Violation("from",
					"Choose a period of at least " + minimumPeriodDays + " days: a shorter one could single out a person")));
		}
		PartnershipAgreement current = agreements.inForce();
		Map<Situation, int[]> counts = new EnumMap<>(Situation.class);
		for (AssessmentView assessment : assessments.latestVersionsAssessedBetween(actor, from, to,
				"Agreement simulation of " + draft.ref())) {
			RoutingCase routingCase = cases.from(assessment, OptionalInt.empty(), OptionalInt.empty());
			RoutingOutcome now = policy.route(routingCase, current).outcome();
			RoutingOutcome then = policy.route(routingCase, draft).outcome();
			int[] c = counts.computeIfAbsent(routingCase.situation(), s -> new int[4]);
			c[0]++;
			if (now != then) {
				c[1]++;
			}
			if (now.policeAttend() && !then.policeAttend()) {
				c[2]++;
			}
			if (!now.policeAttend() && then.policeAttend()) {
				c[3]++;
			}
		}
		List<Row> rows = new ArrayList<>();
		counts.forEach((situation, c) -> {
			double hours = hoursPerAttendance(situation);
			rows.add(new Row(situation, c[0], c[1], c[2], c[3], hours, c[2] * hours, c[3] * hours));
		});
		return new Result(current.ref(), draft.ref(), from, to, rows, this.counts);
	}

	double hoursPerAttendance(Situation situation) {
		return officerHours.perAttendance(situation);
	}
}
