package org.sightline.demand.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demand read model held in memory as a cube: encounters and referrals summed into cells keyed
 * by the filter dimensions (day, area, situation, agency, agreement version), each cell holding the
 * counts every figure needs. A view of any filter sums the matching cells, so it costs the number of
 * cells (hundreds of thousands at most), not the number of encounters (millions). A changed row is
 * taken out of its old cell and added to its new one. Not thread-safe: {@link DemandFigures} guards it.
 */
public final class DemandCube {

	/** Codes of one dimension as small numbers; 0 is "not recorded". */
	static final class Dict {

		private final Map<String, Integer> ids = new HashMap<>();
		private final List<String> codes = new ArrayList<>(List.of(""));

		int id(String code) {
			if (code == null || code.isEmpty()) {
				return 0;
			}
			return ids.computeIfAbsent(code, c -> {
				codes.add(c);
				return codes.size() - 1;
			});
		}

		/** The id of a code already seen, or -1. */
		int find(String code) {
			return ids.getOrDefault(code, -1);
		}

		String code(int id) {
			return codes.get(id);
		}

		int size() {
			return codes.size();
		}
	}

	// scalar measures of an encounter cell
	static final int COUNT = 0, RECORDED_N = 1, RECORDED_MIN = 2, ATTENDED_UNRECORDED = 3, PARTNER_ALONE = 4,
			CALLER_NEEDED = 5, CALLER_INFORMED = 6, OVERRIDES = 7, RATIFIED = 8, OVERTURNED = 9, NOTED = 10,
			REPEAT_PERSON = 11, REPEAT_LOCATION = 12, REPEAT_MISSING = 13, HANDOVERS = 14, HANDOVER_MIN = 15,
			HANDOVER_IN_HOUR = 16, SCALARS = 17;

	// per-dimension measures of an encounter cell
	static final int GRADE = 0, RISK = 1, OUTCOME = 2, AGE = 3, SEX = 4, ETHNICITY = 5, STRAND = 6, TRIGGER = 7, HOUR = 8,
			LEAD = 9, AGREEMENT = 10, AGREEMENT_PARTNER_ALONE = 11, AGREEMENT_SUPPORTED = 12, DIMS = 13;

	// referral cell measures
	static final int SENT = 0, ACKED = 1, ACK_MIN = 2, ACK_IN_TARGET = 3, DECIDED = 4, DEC_MIN = 5, DEC_IN_TARGET = 6,
			ACCEPTED = 7, DECLINED = 8, REVOKED = 9, REF_SCALARS = 10;

	final Dict areas = new Dict(), situations = new Dict(), agencies = new Dict(), agreements = new Dict(),
			grades = new Dict(), risks = new Dict(), outcomes = new Dict(), ages = new Dict(), sexes = new Dict(),
			ethnicities = new Dict(), strands = new Dict(), triggers = new Dict(), statuses = new Dict();

	/** One encounter as the cube holds it. */
	static final class Enc {
		int day, hour, area, situation, lead, agreement, grade, risk, outcome, age, sex, ethnicity;
		long strands, triggers;
		boolean overridden, callerInformed, repeatPerson, repeatLocation, repeatMissing, policeAttend, callerNeeded,
				partnerAlone, supported;
		int review; // 0 none, 1 ratified, 2 overturned, 3 noted
		long officerMinutes = -1, handoverMinutes = -1;
	}

	/** One sent referral as the cube holds it. */
	static final class Ref {
		UUID encounterId;
		int sentDay, area, situation, agency, agreement, status;
		long sentAt, ackAt = -1, decidedAt = -1, ackDue = -1, decisionDue = -1;
	}

	static final class Cell {
		final long key;
		final long[] scalars = new long[SCALARS];
		final int[][] dims = new int[DIMS][];

		Cell(long key) {
			this.key = key;
			for (int d = 0; d < DIMS; d++) {
				dims[d] = new int[d == HOUR ? 24 : 8];
			}
		}

		void add(int dim, int id, int delta) {
			if (id >= dims[dim].length) {
				dims[dim] = Arrays.copyOf(dims[dim], Math.max(id + 1, dims[dim].length * 2));
			}
			dims[dim][id] += delta;
		}
	}

	static final class RefCell {
		final long key;
		final long[] scalars = new long[REF_SCALARS];

		RefCell(long key) {
			this.key = key;
		}
	}

	final Map<UUID, Enc> encounters = new HashMap<>();
	/**
	 * The sums by day, area and situation (agency and agreement left as 0): a few thousand cells a year,
	 * for the views that filter by neither. The same sums again by lead agency, by agreement version,
	 * and by both, so a view filtered by either reads only the cells of its own agency or version.
	 */
	final Map<Long, Cell> coarse = new HashMap<>();
	final Map<Integer, Map<Long, Cell>> byAgency = new HashMap<>();
	final Map<Integer, Map<Long, Cell>> byAgreement = new HashMap<>();
	final Map<Integer, Map<Long, Cell>> byBoth = new HashMap<>();

	/** The cells a view with these filters (-1: none) sums. */
	java.util.Collection<Cell> cellsFor(int agency, int agreement) {
		Map<Long, Cell> cells = agency < 0 && agreement < 0 ? coarse
				: agreement < 0 ? byAgency.get(agency)
				: agency < 0 ? byAgreement.get(agreement)
				: byBoth.get(both(agency, agreement));
		return cells == null ? List.of() : cells.values();
	}

	private static int both(int agency, int agreement) {
		return (agency << 16) | agreement;
	}

	final Map<UUID, Ref> referrals = new HashMap<>();
	final Map<Long, RefCell> refCells = new HashMap<>();
	/** Referrals still waiting for an acknowledgement or a decision: overdue is worked out at query time. */
	final Map<UUID, Ref> open = new HashMap<>();

	static long key(int day, int area, int situation, int agency, int agreement) {
		return ((long) (day & 0xFFFF) << 40) | ((long) (area & 0xFF) << 32) | ((long) (situation & 0xFF) << 24)
				| ((long) (agency & 0xFF) << 16) | (agreement & 0xFFFF);
	}

	static int day(long key) {
		return (int) (key >>> 40) & 0xFFFF;
	}

	static int area(long key) {
		return (int) (key >>> 32) & 0xFF;
	}

	static int situation(long key) {
		return (int) (key >>> 24) & 0xFF;
	}

	static int agency(long key) {
		return (int) (key >>> 16) & 0xFF;
	}

	static int agreement(long key) {
		return (int) key & 0xFFFF;
	}

	void put(UUID id, Enc row) {
		Enc old = encounters.put(id, row);
		if (old != null) {
			apply(old, -1);
		}
		apply(row, 1);
	}

	void remove(UUID id) {
		Enc old = encounters.remove(id);
		if (old != null) {
			apply(old, -1);
		}
		List<UUID> gone = new ArrayList<>();
		referrals.forEach((rid, ref) -> {
			if (ref.encounterId.equals(id)) {
				gone.add(rid);
			}
		});
		gone.forEach(this::removeReferral);
	}

	void putReferral(UUID id, Ref ref) {
		Enc encounter = encounters.get(ref.encounterId);
		if (encounter != null) {
			ref.area = encounter.area;
			ref.situation = encounter.situation;
			ref.agreement = encounter.agreement;
		}
		removeReferral(id);
		referrals.put(id, ref);
		applyReferral(ref, 1);
		if (ref.ackAt < 0 || ref.decidedAt < 0) {
			open.put(id, ref);
		}
	}

	void removeReferral(UUID id) {
		Ref old = referrals.remove(id);
		open.remove(id);
		if (old != null) {
			applyReferral(old, -1);
		}
	}

	private void apply(Enc e, int sign) {
		apply(e, sign, coarse, key(e.day, e.area, e.situation, 0, 0));
		apply(e, sign, byAgency.computeIfAbsent(e.lead, k -> new HashMap<>()), key(e.day, e.area, e.situation, e.lead, 0));
		apply(e, sign, byAgreement.computeIfAbsent(e.agreement, k -> new HashMap<>()),
				key(e.day, e.area, e.situation, 0, e.agreement));
		apply(e, sign, byBoth.computeIfAbsent(both(e.lead, e.agreement), k -> new HashMap<>()),
				key(e.day, e.area, e.situation, e.lead, e.agreement));
	}

	private static void apply(Enc e, int sign, Map<Long, Cell> cells, long key) {
		if (apply(e, sign, cells.computeIfAbsent(key, Cell::new))) {
			cells.remove(key);
		}
	}

	/** Adds (sign 1) or takes away (-1) one encounter; true when the cell is left empty. */
	private static boolean apply(Enc e, int sign, Cell cell) {
		long[] s = cell.scalars;
		s[COUNT] += sign;
		if (e.officerMinutes >= 0) {
			s[RECORDED_N] += sign;
			s[RECORDED_MIN] += sign * e.officerMinutes;
		}
		else if (e.policeAttend) {
			s[ATTENDED_UNRECORDED] += sign;
		}
		if (e.partnerAlone) {
			s[PARTNER_ALONE] += sign;
		}
		if (e.callerNeeded) {
			s[CALLER_NEEDED] += sign;
			if (e.callerInformed) {
				s[CALLER_INFORMED] += sign;
			}
		}
		if (e.overridden) {
			s[OVERRIDES] += sign;
			if (e.review == 1) {
				s[RATIFIED] += sign;
			}
			else if (e.review == 2) {
				s[OVERTURNED] += sign;
			}
			else if (e.review == 3) {
				s[NOTED] += sign;
			}
		}
		if (e.repeatPerson) {
			s[REPEAT_PERSON] += sign;
		}
		if (e.repeatLocation) {
			s[REPEAT_LOCATION] += sign;
		}
		if (e.repeatMissing) {
			s[REPEAT_MISSING] += sign;
		}
		if (e.handoverMinutes >= 0) {
			s[HANDOVERS] += sign;
			s[HANDOVER_MIN] += sign * e.handoverMinutes;
			if (e.handoverMinutes <= 60) {
				s[HANDOVER_IN_HOUR] += sign;
			}
		}
		cell.add(GRADE, e.grade, sign);
		cell.add(RISK, e.risk, sign);
		cell.add(OUTCOME, e.outcome, sign);
		cell.add(AGE, e.age, sign);
		cell.add(SEX, e.sex, sign);
		cell.add(ETHNICITY, e.ethnicity, sign);
		cell.add(HOUR, e.hour, sign);
		if (e.strands == 0) {
			cell.add(STRAND, 0, sign);
		}
		for (long bits = e.strands; bits != 0; bits &= bits - 1) {
			cell.add(STRAND, Long.numberOfTrailingZeros(bits), sign);
		}
		for (long bits = e.triggers; bits != 0; bits &= bits - 1) {
			cell.add(TRIGGER, Long.numberOfTrailingZeros(bits), sign);
		}
		cell.add(LEAD, e.lead, sign);
		cell.add(AGREEMENT, e.agreement, sign);
		if (e.partnerAlone) {
			cell.add(AGREEMENT_PARTNER_ALONE, e.agreement, sign);
		}
		if (e.supported) {
			cell.add(AGREEMENT_SUPPORTED, e.agreement, sign);
		}
		return s[COUNT] == 0;
	}

	private void applyReferral(Ref r, int sign) {
		long key = key(r.sentDay, r.area, r.situation, r.agency, r.agreement);
		RefCell cell = refCells.computeIfAbsent(key, RefCell::new);
		long[] s = cell.scalars;
		s[SENT] += sign;
		if (r.ackAt >= 0) {
			s[ACKED] += sign;
			s[ACK_MIN] += sign * ((r.ackAt - r.sentAt) / 60);
			if (r.ackDue < 0 || r.ackAt <= r.ackDue) {
				s[ACK_IN_TARGET] += sign;
			}
		}
		if (r.decidedAt >= 0) {
			s[DECIDED] += sign;
			s[DEC_MIN] += sign * ((r.decidedAt - r.sentAt) / 60);
			if (r.decisionDue < 0 || r.decidedAt <= r.decisionDue) {
				s[DEC_IN_TARGET] += sign;
			}
		}
		String status = statuses.code(r.status);
		if ("ACCEPTED".equals(status) || "OUTCOME_RECORDED".equals(status) || "CLOSED".equals(status)) {
			s[ACCEPTED] += sign;
		}
		else if ("DECLINED".equals(status)) {
			s[DECLINED] += sign;
		}
		else if ("REVOKED".equals(status)) {
			s[REVOKED] += sign;
		}
		if (s[SENT] == 0) {
			refCells.remove(key);
		}
	}
}
