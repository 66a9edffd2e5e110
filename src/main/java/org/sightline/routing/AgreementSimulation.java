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
import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replays the encounters assessed in a period under the agreement in force and under a draft, and
 * counts, per situation, how many would route differently and how many officer hours would move
 * between police and partners. Answers a chief officer's question before they sign an agreement.
 * Officer hours per attendance are set per situation ({@code sightline.simulation.officer-hours.<SITUATION>}).
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

	public record Result(AgreementRef current, AgreementRef draft, Instant from, Instant to, List<Row> rows) {

		public Row total() {
			return new Row(null, rows.stream().mapToInt(Row::encounters).sum(),
					rows.stream().mapToInt(Row::routedDifferently).sum(), rows.stream().mapToInt(Row::movedToPartners).sum(),
					rows.stream().mapToInt(Row::movedToPolice).sum(), 0,
					rows.stream().mapToDouble(Row::officerHoursFromPolice).sum(),
					rows.stream().mapToDouble(Row::officerHoursToPolice).sum());
		}

		/** The figures as CSV, one line per situation and a total. */
		public String csv() {
			StringBuilder csv = new StringBuilder(
					"situation,encounters,routed_differently,moved_to_partners,moved_to_police,hours_per_attendance,officer_hours_from_police,officer_hours_to_police,net_officer_hours_saved\n");
			for (Row row : rows) {
				csv.append(line(row.situation().name(), row));
			}
			csv.append(line("TOTAL", total()));
			return csv.toString();
		}

		private static String line(String name, Row row) {
			return String.format(java.util.Locale.ROOT, "%s,%d,%d,%d,%d,%.2f,%.2f,%.2f,%.2f%n", name, row.encounters(),
					row.routedDifferently(), row.movedToPartners(), row.movedToPolice(), row.hoursPerAttendance(),
					row.officerHoursFromPolice(), row.officerHoursToPolice(), row.netOfficerHoursSaved());
		}
	}

	static final double DEFAULT_HOURS = 2.0;

	private final AssessmentManagement assessments;
	private final RoutingPolicy policy;
	private final org.sightline.partnership.PartnershipAgreements agreements;
	private final RoutingCases cases;
	private final Environment environment;

	AgreementSimulation(AssessmentManagement assessments, RoutingPolicy policy, org.sightline.partnership.PartnershipAgreements agreements,
			RiskTools tools, Environment environment) {
		this.assessments = assessments;
		this.policy = policy;
		this.agreements = agreements;
		this.cases = new RoutingCases(new DashPolicy(tools.require("DASH")));
		this.environment = environment;
	}

	@PreAuthorize("hasAnyRole('SUPERVISOR','ANALYST','ADMIN')")
	@Transactional
	public Result simulate(Actor actor, PartnershipAgreement draft, Instant from, Instant to) {
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
		return new Result(current.ref(), draft.ref(), from, to, rows);
	}

	double hoursPerAttendance(Situation situation) {
		return environment.getProperty("sightline.simulation.officer-hours." + situation.name(), Double.class,
				environment.getProperty("sightline.simulation.officer-hours.default", Double.class, DEFAULT_HOURS));
	}
}
