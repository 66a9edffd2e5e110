package org.sightline.demand.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Instant;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.sightline.encounter.CatalogueEntry;
import org.sightline.encounter.Catalogues;
import org.sightline.routing.OfficerHours;
import org.sightline.shared.SightlineSettings;
import org.sightline.shared.Situation;
import org.sightline.shared.SmallCounts;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Turns the in-memory demand figures into the dashboard's tables for one query: sums the matching
 * cells, works out officer hours (recorded where recorded, otherwise the configured per-situation
 * estimate, and says which), and withholds small counts (and anything worked out from them) so no
 * one can be singled out. Labels come from the message bundles and catalogues, never codes.
 */
@Component
public class DemandReports {

	private final DemandFigures figures;
	private final OfficerHours officerHours;
	private final Catalogues catalogues;
	private final MessageSource messages;
	private final Environment environment;
	private final SmallCounts counts;
	private final java.time.Clock clock;

	DemandReports(DemandFigures figures, OfficerHours officerHours, Catalogues catalogues, MessageSource messages,
			Environment environment, java.time.Clock clock, Strands strands,
			SightlineSettings shared) {
		this.figures = figures;
		this.officerHours = officerHours;
		this.catalogues = catalogues;
		this.messages = messages;
		this.environment = environment;
		this.clock = clock;
		this.counts = new SmallCounts(shared.disclosure().minimumCount());
		ORDER.put("grade", names(org.sightline.assessment.ResponseGrade.values()));
		ORDER.put("outcome", names(org.sightline.routing.RoutingOutcome.values()));
		ORDER.put("age", names(AgeBand.values()));
		ORDER.put("sex", names(org.sightline.encounter.Sex.values()));
		ORDER.put("ethnicity", catalogues.ethnicities().stream().map(CatalogueEntry::code).toList());
		ORDER.put("strand", strands.codes());
	}

	/** The figures of one query, summed from the cube while it is held. */
	static final class Sums {
		long[] scalars = new long[DemandCube.SCALARS];
		long[][] dims = new long[DemandCube.DIMS][];
		Map<String, long[]> bySituation = new TreeMap<>(); // count, recordedN, recordedMin, unrecorded, partnerAlone
		Map<String, long[]> byArea = new TreeMap<>();
		Map<String, long[]> byLead = new TreeMap<>();
		Map<String, double[]> byAgreement = new TreeMap<>(); // count, partnerAlone, supported, hoursMoved
		Map<Integer, Long> byDay = new TreeMap<>();
		Map<String, long[]> referralsByAgency = new TreeMap<>();
		Map<String, Long> overdueByAgency = new TreeMap<>();
		double estimatedMinutes;
		List<String> outcomeCodes = new ArrayList<>(), gradeCodes = new ArrayList<>(), riskCodes = new ArrayList<>(),
				ageCodes = new ArrayList<>(), sexCodes = new ArrayList<>(), ethnicityCodes = new ArrayList<>(),
				strandCodes = new ArrayList<>(), triggerCodes = new ArrayList<>();
		Map<String, long[]> missingByRisk = new TreeMap<>();
	}

	/** The agreement versions routing decisions were made under, for the filter. */
	List<String> agreements() {
		return figures.read(cube -> {
			List<String> all = new ArrayList<>();
			for (int i = 1; i < cube.agreements.size(); i++) {
				all.add(cube.agreements.code(i));
			}
			java.util.Collections.sort(all);
			return all;
		});
	}

	Sums sums(DemandQuery q) {
		return figures.read(cube -> sum(cube, q));
	}

	private Sums sum(DemandCube cube, DemandQuery q) {
		Sums s = new Sums();
		int fromDay = (int) q.from().toEpochDay();
		int toDay = (int) q.to().toEpochDay();
		int area = q.area() == null ? -1 : cube.areas.find(q.area());
		int situation = q.situation() == null ? -1 : cube.situations.find(q.situation());
		int agency = q.agency() == null ? -1 : cube.agencies.find(q.agency());
		int agreement = q.agreement() == null ? -1 : cube.agreements.find(q.agreement());
		boolean impossible = q.area() != null && area < 0 || q.situation() != null && situation < 0
				|| q.agency() != null && agency < 0 || q.agreement() != null && agreement < 0;
		for (int d = 0; d < DemandCube.DIMS; d++) {
			s.dims[d] = new long[d == DemandCube.HOUR ? 24 : 0];
		}
		int missing = cube.situations.find(Situation.MISSING_PERSON.name());
		if (!impossible) {
			// per-cell work is array arithmetic only: labels, maps and settings are looked up once per code
			int situations = cube.situations.size(), areas = cube.areas.size(), agencies = cube.agencies.size(),
					agreementCount = cube.agreements.size();
			double[] hoursOf = new double[situations];
			for (int i = 1; i < situations; i++) {
				hoursOf[i] = officerHours.perAttendance(Situation.valueOf(cube.situations.code(i)));
			}
			long[][] bySituation = new long[situations][5];
			long[][] byArea = new long[areas][2];
			long[] byLead = new long[agencies];
			double[][] byAgreement = new double[agreementCount][4];
			long[] risksOfMissing = new long[cube.risks.size()];
			long[] byDay = new long[Math.max(0, toDay - fromDay + 1)];
			for (DemandCube.Cell cell : cube.cellsFor(agency, agreement)) {
				long key = cell.key;
				int day = DemandCube.day(key);
				if (day < fromDay || day > toDay || area >= 0 && DemandCube.area(key) != area
						|| situation >= 0 && DemandCube.situation(key) != situation
						|| agency >= 0 && DemandCube.agency(key) != agency
						|| agreement >= 0 && DemandCube.agreement(key) != agreement) {
					continue;
				}
				long[] c = cell.scalars;
				for (int i = 0; i < c.length; i++) {
					s.scalars[i] += c[i];
				}
				for (int d = 0; d < DemandCube.DIMS; d++) {
					int[] values = cell.dims[d];
					if (s.dims[d].length < values.length) {
						s.dims[d] = java.util.Arrays.copyOf(s.dims[d], values.length);
					}
					long[] into = s.dims[d];
					for (int i = 0; i < values.length; i++) {
						into[i] += values[i];
					}
				}
				int sit = DemandCube.situation(key);
				double hours = hoursOf[sit];
				double estimated = c[DemandCube.ATTENDED_UNRECORDED] * hours * 60;
				s.estimatedMinutes += estimated;
				long[] bs = bySituation[sit];
				bs[0] += c[DemandCube.COUNT];
				bs[1] += c[DemandCube.RECORDED_N];
				bs[2] += c[DemandCube.RECORDED_MIN];
				bs[3] += c[DemandCube.ATTENDED_UNRECORDED];
				bs[4] += c[DemandCube.PARTNER_ALONE];
				long[] ba = byArea[DemandCube.area(key)];
				ba[0] += c[DemandCube.COUNT];
				ba[1] += c[DemandCube.RECORDED_MIN] + Math.round(estimated);
				int[] alone = cell.dims[DemandCube.AGREEMENT_PARTNER_ALONE];
				for (int i = 0; i < Math.min(alone.length, agreementCount); i++) {
					byAgreement[i][3] += alone[i] * hours;
				}
				byDay[day - fromDay] += c[DemandCube.COUNT];
				if (sit == missing) {
					int[] risks = cell.dims[DemandCube.RISK];
					for (int i = 0; i < Math.min(risks.length, risksOfMissing.length); i++) {
						risksOfMissing[i] += risks[i];
					}
				}
			}
			for (int i = 0; i < situations; i++) {
				if (bySituation[i][0] != 0) {
					s.bySituation.put(cube.situations.code(i), bySituation[i]);
				}
			}
			for (int i = 0; i < areas; i++) {
				if (byArea[i][0] != 0) {
					s.byArea.put(cube.areas.code(i), byArea[i]);
				}
			}
			for (int i = 0; i < Math.min(agencies, s.dims[DemandCube.LEAD].length); i++) {
				byLead[i] = s.dims[DemandCube.LEAD][i];
			}
			for (int i = 0; i < agreementCount; i++) {
				byAgreement[i][0] = at(s.dims[DemandCube.AGREEMENT], i);
				byAgreement[i][1] = at(s.dims[DemandCube.AGREEMENT_PARTNER_ALONE], i);
				byAgreement[i][2] = at(s.dims[DemandCube.AGREEMENT_SUPPORTED], i);
			}
			for (int i = 0; i < agencies; i++) {
				if (byLead[i] != 0) {
					s.byLead.put(cube.agencies.code(i), new long[] { byLead[i] });
				}
			}
			for (int i = 0; i < agreementCount; i++) {
				if (byAgreement[i][0] != 0) {
					s.byAgreement.put(cube.agreements.code(i), byAgreement[i]);
				}
			}
			for (int i = 0; i < risksOfMissing.length; i++) {
				if (risksOfMissing[i] != 0) {
					s.missingByRisk.put(cube.risks.code(i), new long[] { risksOfMissing[i] });
				}
			}
			for (int i = 0; i < byDay.length; i++) {
				if (byDay[i] != 0) {
					s.byDay.put(fromDay + i, byDay[i]);
				}
			}
			long now = Instant.now(clock).getEpochSecond();
			for (DemandCube.RefCell cell : cube.refCells.values()) {
				long key = cell.key;
				int day = DemandCube.day(key);
				if (day < fromDay || day > toDay || area >= 0 && DemandCube.area(key) != area
						|| situation >= 0 && DemandCube.situation(key) != situation
						|| agency >= 0 && DemandCube.agency(key) != agency
						|| agreement >= 0 && DemandCube.agreement(key) != agreement) {
					continue;
				}
				long[] sums = s.referralsByAgency.computeIfAbsent(cube.agencies.code(DemandCube.agency(key)),
						k -> new long[DemandCube.REF_SCALARS]);
				for (int i = 0; i < sums.length; i++) {
					sums[i] += cell.scalars[i];
				}
			}
			for (DemandCube.Ref r : cube.open.values()) {
				if (r.sentDay < fromDay || r.sentDay > toDay || area >= 0 && r.area != area
						|| situation >= 0 && r.situation != situation || agency >= 0 && r.agency != agency
						|| agreement >= 0 && r.agreement != agreement) {
					continue;
				}
				String status = cube.statuses.code(r.status);
				if ("REVOKED".equals(status) || "DECLINED".equals(status)) {
					continue;
				}
				boolean overdue = r.ackAt < 0 && r.ackDue >= 0 && r.ackDue < now
						|| r.decidedAt < 0 && r.decisionDue >= 0 && r.decisionDue < now;
				if (overdue) {
					s.overdueByAgency.merge(cube.agencies.code(r.agency), 1L, Long::sum);
				}
			}
		}
		copyCodes(cube.outcomes, s.outcomeCodes);
		copyCodes(cube.grades, s.gradeCodes);
		copyCodes(cube.risks, s.riskCodes);
		copyCodes(cube.ages, s.ageCodes);
		copyCodes(cube.sexes, s.sexCodes);
		copyCodes(cube.ethnicities, s.ethnicityCodes);
		copyCodes(cube.strands, s.strandCodes);
		copyCodes(cube.triggers, s.triggerCodes);
		return s;
	}

	private static long at(long[] values, int i) {
		return i < values.length ? values[i] : 0;
	}

	private static void copyCodes(DemandCube.Dict dict, List<String> into) {
		for (int i = 0; i < dict.size(); i++) {
			into.add(dict.code(i));
		}
	}

	/** The headline: encounters, officer hours (and how much of that is estimated), the share partners lead. */
	record Headline(DemandTable.Value encounters, DemandTable.Value officerHours, DemandTable.Value estimatedShare,
			DemandTable.Value partnerLedShare, DemandTable.Value hoursMoved) {
	}

	Headline headline(Sums s) {
		long count = s.scalars[DemandCube.COUNT];
		double recorded = s.scalars[DemandCube.RECORDED_MIN] / 60.0;
		double estimated = s.estimatedMinutes / 60.0;
		boolean small = counts.small(count);
		double moved = s.byAgreement.values().stream().mapToDouble(v -> v[3]).sum();
		long partnerLed = s.scalars[DemandCube.PARTNER_ALONE] + s.byAgreement.values().stream().mapToLong(v -> (long) v[2]).sum();
		return new Headline(countValue(count), small ? withheld() : hours(recorded + estimated),
				small ? withheld() : percent(estimated, recorded + estimated),
				small ? withheld() : percent(partnerLed, count), small ? withheld() : hours(moved));
	}

	List<DemandTable> tables(DemandQuery q, Sums s) {
		List<DemandTable> tables = new ArrayList<>();
		tables.add(bySituation(s));
		tables.add(simple("strand", "Encounters by vulnerability strand",
				"An encounter counts in every strand its situation or recorded facts belong to, so strands add up to more than the encounters.",
				s.strandCodes, s.dims[DemandCube.STRAND], code -> code.isEmpty() ? "No strand" : label("strand.", code), "bar", false));
		tables.add(simple("grade", "Encounters by THRIVE grade", "The grade of the latest assessment.", s.gradeCodes,
				s.dims[DemandCube.GRADE], code -> code.isEmpty() ? "Not assessed" : label("grade.", code), "bar", true));
		tables.add(simple("outcome", "Who responds (routing outcome)",
				"Police-led, partner-led with police support, partner alone, or no agency action: the latest routing decision.",
				s.outcomeCodes, s.dims[DemandCube.OUTCOME],
				code -> code.isEmpty() ? "Not yet decided" : label("outcome.", code), "bar", true));
		tables.add(byArea(s));
		tables.add(byHour(s));
		tables.add(byWeekday(s, q));
		tables.add(weekly(s, q));
		tables.add(monthly(s, q));
		tables.add(agreements(s, q));
		tables.add(partners(s));
		tables.add(handovers(s));
		tables.add(callerAndOverrides(s));
		tables.add(repeats(s));
		tables.add(missing(s));
		tables.add(simple("age", "Equality: age band of the person at the centre", "Age on the day, from the date of birth or the recorder's estimate.",
				s.ageCodes, s.dims[DemandCube.AGE], code -> label("ageBand.", code.isEmpty() ? "UNKNOWN" : code), "bar", true));
		tables.add(simple("sex", "Equality: sex of the person at the centre", "As the person describes it; optional at intake.",
				s.sexCodes, s.dims[DemandCube.SEX], code -> code.isEmpty() ? "Not asked" : label("sex.", code), "bar", true));
		tables.add(simple("ethnicity", "Equality: self-defined ethnicity of the person at the centre",
				"The police service's 18+1 categories, as the person describes themselves; optional at intake.",
				s.ethnicityCodes, s.dims[DemandCube.ETHNICITY], code -> code.isEmpty() ? "Not asked" : catalogues.ethnicityLabel(code), "bar", true));
		return tables;
	}

	private DemandTable bySituation(Sums s) {
		List<String> codes = new ArrayList<>(s.bySituation.keySet());
		List<Long> encounters = codes.stream().map(c -> s.bySituation.get(c)[0]).toList();
		long total = encounters.stream().mapToLong(Long::longValue).sum();
		List<Boolean> hidden = counts.withheld(encounters, total);
		List<DemandTable.Row> rows = new ArrayList<>();
		double allRecorded = 0, allEstimated = 0;
		for (int i = 0; i < codes.size(); i++) {
			long[] v = s.bySituation.get(codes.get(i));
			double recorded = v[2] / 60.0;
			double estimated = v[3] * officerHours.perAttendance(Situation.valueOf(codes.get(i)));
			allRecorded += recorded;
			allEstimated += estimated;
			boolean h = hidden.get(i);
			rows.add(new DemandTable.Row(label("situation.", codes.get(i)), List.of(h ? withheld() : count(v[0]),
					h ? withheld() : hours(recorded), h ? withheld() : hours(estimated),
					h ? withheld() : hours(recorded + estimated))));
		}
		boolean th = hidden.get(hidden.size() - 1);
		return new DemandTable("situation", "Encounters and officer hours by situation",
				"Officer hours are recorded (deployment to clear, every officer) where the attendance was recorded; otherwise estimated from the force's per-situation durations for each police attendance. Estimates are labelled.",
				List.of("Encounters", "Officer hours recorded", "Officer hours estimated", "Officer hours in all"), rows,
				new DemandTable.Row("All situations", List.of(th ? withheld() : count(total), th ? withheld() : hours(allRecorded),
						th ? withheld() : hours(allEstimated), th ? withheld() : hours(allRecorded + allEstimated))),
				"bar", 3);
	}

	private DemandTable byArea(Sums s) {
		List<String> codes = new ArrayList<>(s.byArea.keySet());
		List<Long> encounters = codes.stream().map(c -> s.byArea.get(c)[0]).toList();
		long total = encounters.stream().mapToLong(Long::longValue).sum();
		List<Boolean> hidden = counts.withheld(encounters, total);
		List<DemandTable.Row> rows = new ArrayList<>();
		long minutes = 0;
		for (int i = 0; i < codes.size(); i++) {
			long[] v = s.byArea.get(codes.get(i));
			minutes += v[1];
			boolean h = hidden.get(i);
			rows.add(new DemandTable.Row(codes.get(i).isEmpty() ? "Area not recorded" : catalogues.areaLabel(codes.get(i)),
					List.of(h ? withheld() : count(v[0]), h ? withheld() : hours(v[1] / 60.0))));
		}
		boolean th = hidden.get(hidden.size() - 1);
		return new DemandTable("area", "Encounters and officer hours by area", "Officer hours include estimates where no attendance was recorded.",
				List.of("Encounters", "Officer hours"), rows,
				new DemandTable.Row("All areas", List.of(th ? withheld() : count(total), th ? withheld() : hours(minutes / 60.0))),
				"bar", 0);
	}

	private DemandTable byHour(Sums s) {
		List<String> labels = new ArrayList<>();
		for (int h = 0; h < 24; h++) {
			labels.add("%02d:00 to %02d:59".formatted(h, h));
		}
		return column("hour", "Encounters by hour of day", "When the encounter happened, in the force's time zone.", labels,
				toList(s.dims[DemandCube.HOUR], 24), "All hours", "bar");
	}

	private DemandTable byWeekday(Sums s, DemandQuery q) {
		long[] days = new long[7];
		s.byDay.forEach((day, n) -> days[LocalDate.ofEpochDay(day).getDayOfWeek().getValue() - 1] += n);
		List<String> labels = new ArrayList<>();
		for (DayOfWeek d : DayOfWeek.values()) {
			labels.add(d.getDisplayName(TextStyle.FULL, Locale.UK));
		}
		return column("weekday", "Encounters by day of the week", null, labels, toList(days, 7), "All days", "bar");
	}

	private DemandTable weekly(Sums s, DemandQuery q) {
		Map<LocalDate, Long> weeks = new LinkedHashMap<>();
		for (LocalDate d = q.from().with(DayOfWeek.MONDAY); !d.isAfter(q.to()); d = d.plusWeeks(1)) {
			weeks.put(d, 0L);
		}
		s.byDay.forEach((day, n) -> weeks.merge(LocalDate.ofEpochDay(day).with(DayOfWeek.MONDAY), n, Long::sum));
		List<String> labels = weeks.keySet().stream().map(d -> "Week of " + d.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK))).toList();
		List<Long> values = new ArrayList<>(weeks.values());
		return column("weekly", "Encounters week by week", trend(values, "week"), labels, values, "All weeks", "line");
	}

	private DemandTable monthly(Sums s, DemandQuery q) {
		Map<java.time.YearMonth, Long> months = new LinkedHashMap<>();
		for (var m = java.time.YearMonth.from(q.from()); !m.isAfter(java.time.YearMonth.from(q.to())); m = m.plusMonths(1)) {
			months.put(m, 0L);
		}
		s.byDay.forEach((day, n) -> months.merge(java.time.YearMonth.from(LocalDate.ofEpochDay(day)), n, Long::sum));
		List<String> labels = months.keySet().stream().map(m -> m.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK))).toList();
		List<Long> values = new ArrayList<>(months.values());
		return column("monthly", "Encounters month by month", trend(values, "month"), labels, values, "All months", "line");
	}

	/** The least-squares trend over the series, in plain words. */
	static String trend(List<Long> values, String unit) {
		int n = values.size();
		if (n < 3) {
			return "Too few " + unit + "s to show a trend.";
		}
		double meanX = (n - 1) / 2.0, meanY = values.stream().mapToLong(Long::longValue).average().orElse(0);
		double num = 0, den = 0;
		for (int i = 0; i < n; i++) {
			num += (i - meanX) * (values.get(i) - meanY);
			den += (i - meanX) * (i - meanX);
		}
		double slope = num / den;
		if (meanY == 0) {
			return "No encounters in this period.";
		}
		double percent = slope / meanY * 100;
		if (Math.abs(percent) < 0.5) {
			return "Trend: level (less than 0.5% change a " + unit + ").";
		}
		return "Trend: %s by about %.1f encounters a %s (%.1f%% of the average %s)."
			.formatted(slope > 0 ? "rising" : "falling", Math.abs(slope), unit, Math.abs(percent), unit);
	}

	private DemandTable agreements(Sums s, DemandQuery q) {
		List<DemandTable.Row> rows = new ArrayList<>();
		long days = q.to().toEpochDay() - q.from().toEpochDay() + 1;
		for (var entry : s.byAgreement.entrySet()) {
			double[] v = entry.getValue();
			boolean h = counts.small((long) v[0]);
			String expected = environment.getProperty("sightline.demand.expected-hours-moved-per-year." + entry.getKey());
			DemandTable.Value expectedValue = expected == null ? new DemandTable.Value("Not set", null)
					: hours(Double.parseDouble(expected) * days / 365.0);
			rows.add(new DemandTable.Row(entry.getKey().isEmpty() ? "Not yet decided" : agreement(entry.getKey()),
					List.of(h ? withheld() : count((long) v[0]), h || counts.small((long) v[1]) ? withheld() : count((long) v[1]),
							h || counts.small((long) v[2]) ? withheld() : count((long) v[2]),
							h || counts.small((long) v[1]) ? withheld() : hours(v[3]), expectedValue)));
		}
		return new DemandTable("agreements", "Hours moved to partners, by agreement version",
				"Officer hours moved: for each encounter a partner dealt with alone, the police attendance it would otherwise have taken (an estimate from the per-situation durations). Expected: what the force said it expected when it signed (setting sightline.demand.expected-hours-moved-per-year.<agreement>), for the length of this period.",
				List.of("Encounters", "Partner alone", "Partner with police support", "Officer hours moved (estimate)", "Expected over the period"),
				rows, null, "bar", 3);
	}

	private DemandTable partners(Sums s) {
		List<DemandTable.Row> rows = new ArrayList<>();
		for (var entry : s.referralsByAgency.entrySet()) {
			long[] v = entry.getValue();
			boolean h = counts.small(v[DemandCube.SENT]);
			long overdue = s.overdueByAgency.getOrDefault(entry.getKey(), 0L);
			rows.add(new DemandTable.Row(label("agency.", entry.getKey()), List.of(
					h ? withheld() : count(v[DemandCube.SENT]),
					h || counts.small(v[DemandCube.ACKED]) ? withheld() : percent(v[DemandCube.ACK_IN_TARGET], v[DemandCube.ACKED]),
					h || counts.small(v[DemandCube.ACKED]) ? withheld() : hours(v[DemandCube.ACK_MIN] / 60.0 / Math.max(1, v[DemandCube.ACKED])),
					h || counts.small(v[DemandCube.DECIDED]) ? withheld() : percent(v[DemandCube.DEC_IN_TARGET], v[DemandCube.DECIDED]),
					h || counts.small(v[DemandCube.DECIDED]) ? withheld() : hours(v[DemandCube.DEC_MIN] / 60.0 / Math.max(1, v[DemandCube.DECIDED])),
					h ? withheld() : countValue(v[DemandCube.ACCEPTED]), h ? withheld() : countValue(v[DemandCube.DECLINED]),
					h ? withheld() : countValue(overdue))));
		}
		return new DemandTable("partners", "Partner performance: referrals by agency",
				"Times from sending to the partner's acknowledgement and to their decision (accept or decline), against each agency's targets; overdue: still waiting past a target now. Referrals are counted in the agency they were sent to.",
				List.of("Referrals sent", "Acknowledged within target", "Average hours to acknowledge", "Decided within target",
						"Average hours to decide", "Accepted", "Declined", "Overdue now"),
				rows, null, "bar", 0);
	}

	private DemandTable handovers(Sums s) {
		long n = s.scalars[DemandCube.HANDOVERS];
		boolean h = counts.small(n);
		return new DemandTable("handovers", "Section 136: handover at the health place of safety",
				"From arrival at the health place of safety to handover to health staff, against the one-hour expectation.",
				List.of("Value"),
				List.of(new DemandTable.Row("Handovers timed", List.of(countValue(n))),
						new DemandTable.Row("Handed over within the hour", List.of(h ? withheld() : percent(s.scalars[DemandCube.HANDOVER_IN_HOUR], n))),
						new DemandTable.Row("Average minutes to handover", List.of(h ? withheld()
								: new DemandTable.Value("%.0f".formatted(s.scalars[DemandCube.HANDOVER_MIN] / (double) n),
										s.scalars[DemandCube.HANDOVER_MIN] / (double) n)))),
				null, null, 0);
	}

	private DemandTable callerAndOverrides(Sums s) {
		long needed = s.scalars[DemandCube.CALLER_NEEDED];
		long overrides = s.scalars[DemandCube.OVERRIDES];
		long reviewed = s.scalars[DemandCube.RATIFIED] + s.scalars[DemandCube.OVERTURNED] + s.scalars[DemandCube.NOTED];
		boolean ho = counts.small(overrides);
		return new DemandTable("accountability", "Callers told, and overrides reviewed",
				"When police do not attend, the caller should be told what will happen (IOPC). An override departs from the agreement's rules and goes to a supervisor.",
				List.of("Value"),
				List.of(new DemandTable.Row("Encounters where police did not attend", List.of(countValue(needed))),
						new DemandTable.Row("Caller told what would happen", List.of(counts.small(needed) ? withheld()
								: percent(s.scalars[DemandCube.CALLER_INFORMED], needed))),
						new DemandTable.Row("Overrides", List.of(countValue(overrides))),
						new DemandTable.Row("Overrides ratified by a supervisor", List.of(ho ? withheld() : percent(s.scalars[DemandCube.RATIFIED], overrides))),
						new DemandTable.Row("Overrides overturned", List.of(ho ? withheld() : countValue(s.scalars[DemandCube.OVERTURNED]))),
						new DemandTable.Row("Overrides awaiting review", List.of(ho ? withheld() : countValue(overrides - reviewed)))),
				null, null, 0);
	}

	private DemandTable repeats(Sums s) {
		List<DemandTable.Row> rows = new ArrayList<>();
		rows.add(new DemandTable.Row("Encounters with a person seen in the 12 months before", List.of(countValue(s.scalars[DemandCube.REPEAT_PERSON]))));
		rows.add(new DemandTable.Row("Encounters at a location seen in the 12 months before", List.of(countValue(s.scalars[DemandCube.REPEAT_LOCATION]))));
		for (int i = 1; i < s.triggerCodes.size(); i++) {
			long n = i < s.dims[DemandCube.TRIGGER].length ? s.dims[DemandCube.TRIGGER][i] : 0;
			rows.add(new DemandTable.Row("Trigger fired: " + label("demandTrigger.", s.triggerCodes.get(i)), List.of(countValue(n))));
		}
		return new DemandTable("repeats", "Repeat demand", "Repeat people are counted by the person index (after merges); repeat locations by the recorded location.",
				List.of("Encounters"), rows, null, "bar", 0);
	}

	private DemandTable missing(Sums s) {
		List<DemandTable.Row> rows = new ArrayList<>();
		List<String> order = List.of("HIGH", "MEDIUM", "LOW", "NO_APPARENT_RISK", "");
		for (String risk : order) {
			long n = s.missingByRisk.getOrDefault(risk, new long[1])[0];
			rows.add(new DemandTable.Row(risk.isEmpty() ? "Not assessed" : label("risk.", risk), List.of(countValue(n))));
		}
		rows.add(new DemandTable.Row("Reported missing again within 12 months", List.of(countValue(s.scalars[DemandCube.REPEAT_MISSING]))));
		return new DemandTable("missing", "Missing person reports by risk", "The highest risk found by the latest assessment.",
				List.of("Reports"), rows, null, "bar", 0);
	}

	private DemandTable simple(String id, String title, String note, List<String> codes, long[] values,
			IntFunctionLabel label, String chart, boolean withTotal) {
		List<String> order = ORDER.getOrDefault(id, List.of());
		List<Integer> present = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			if (i < values.length && values[i] != 0) {
				present.add(i);
			}
		}
		// in the order people expect (grades, age bands, strands as configured), "not recorded" last
		present.sort(java.util.Comparator.comparingInt((Integer i) -> codes.get(i).isEmpty() ? Integer.MAX_VALUE
				: order.contains(codes.get(i)) ? order.indexOf(codes.get(i)) : order.size())
			.thenComparing(i -> label.apply(codes.get(i))));
		List<String> labels = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		for (int i : present) {
			labels.add(label.apply(codes.get(i)));
			counts.add(values[i]);
		}
		return column(id, title, note, labels, counts, withTotal ? "All" : null, chart);
	}

	/** The order of each table's rows: the codes' own order (enums, catalogue, configuration). */
	private final Map<String, List<String>> ORDER = new java.util.HashMap<>();

	private static List<String> names(Enum<?>[] values) {
		return java.util.Arrays.stream(values).map(Enum::name).toList();
	}

	interface IntFunctionLabel {
		String apply(String code);
	}

	private DemandTable column(String id, String title, String note, List<String> labels, List<Long> values, String totalLabel,
			String chart) {
		long total = values.stream().mapToLong(Long::longValue).sum();
		List<Boolean> hidden = counts.withheld(values, total);
		List<DemandTable.Row> rows = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			rows.add(new DemandTable.Row(labels.get(i), List.of(hidden.get(i) ? withheld() : count(values.get(i)))));
		}
		DemandTable.Row totalRow = totalLabel == null ? null
				: new DemandTable.Row(totalLabel, List.of(hidden.get(hidden.size() - 1) ? withheld() : count(total)));
		return new DemandTable(id, title, note, List.of("Encounters"), rows, totalRow, chart, 0);
	}

	private static List<Long> toList(long[] values, int size) {
		List<Long> list = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			list.add(i < values.length ? values[i] : 0L);
		}
		return list;
	}

	private DemandTable.Value countValue(long n) {
		return counts.small(n) ? withheld() : count(n);
	}

	private static DemandTable.Value count(long n) {
		return new DemandTable.Value("%,d".formatted(n), (double) n);
	}

	private DemandTable.Value withheld() {
		return DemandTable.Value.withheld(counts.show(0));
	}

	private static DemandTable.Value hours(double h) {
		return new DemandTable.Value("%,.1f".formatted(h), Math.round(h * 10) / 10.0);
	}

	private static DemandTable.Value percent(double part, double whole) {
		if (whole <= 0) {
			return new DemandTable.Value("No cases", null);
		}
		double p = part * 100.0 / whole;
		return new DemandTable.Value("%.0f%%".formatted(p), Math.round(p * 10) / 10.0);
	}

	String label(String prefix, String code) {
		return messages.getMessage(prefix + code, null, humanise(code), Locale.UK);
	}

	static String agreement(String key) {
		int at = key.lastIndexOf('@');
		return at < 0 ? key : key.substring(0, at) + " (version " + key.substring(at + 1) + ")";
	}

	static String humanise(String code) {
		String words = code.toLowerCase(Locale.UK).replace('_', ' ');
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
