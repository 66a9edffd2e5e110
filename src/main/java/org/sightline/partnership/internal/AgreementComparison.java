package org.sightline.partnership.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.sightline.partnership.AgreementRef;
import org.sightline.partnership.Clause;
import org.sightline.partnership.PartnershipAgreement;
import org.sightline.partnership.PoliceAttendance;
import org.sightline.shared.Agency;
import org.sightline.shared.Situation;

/**
 * A draft set beside the version in force, clause by clause, saying what moved: what the second
 * person who publishes it must see. Clauses are matched by id; a clause's place among its
 * situation's conditional clauses matters (they are tried in order), so a move is a change too.
 */
public record AgreementComparison(AgreementRef inForce, AgreementRef draft, List<ClauseChange> changes) {

	public enum Kind {
		ADDED, REMOVED, CHANGED, UNCHANGED
	}

	/** One clause: how it reads in force and in the draft, and each thing that moved. */
	public record ClauseChange(String clauseId, Situation situation, Kind kind, List<String> inForce, List<String> draft,
			List<String> moved) {
	}

	public boolean anyChange() {
		return changes.stream().anyMatch(c -> c.kind() != Kind.UNCHANGED);
	}

	public static AgreementComparison between(PartnershipAgreement inForce, PartnershipAgreement draft) {
		List<ClauseChange> changes = new ArrayList<>();
		for (Situation situation : Situation.values()) {
			List<Clause> before = inForce.clauses().stream().filter(c -> c.situation() == situation).toList();
			List<Clause> after = draft.clauses().stream().filter(c -> c.situation() == situation).toList();
			for (Clause clause : after) {
				Optional<Clause> old = before.stream().filter(b -> b.id().equals(clause.id())).findFirst();
				if (old.isEmpty()) {
					changes.add(new ClauseChange(clause.id(), situation, Kind.ADDED, List.of(), describe(clause),
							List.of("new clause")));
					continue;
				}
				List<String> moved = moved(old.get(), clause);
				int placeBefore = before.indexOf(old.get());
				int placeAfter = after.indexOf(clause);
				if (placeBefore != placeAfter && !clause.isDefault()) {
					moved.add("tried " + ordinal(placeAfter + 1) + " for this situation (was " + ordinal(placeBefore + 1) + ")");
				}
				changes.add(new ClauseChange(clause.id(), situation, moved.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED,
						describe(old.get()), describe(clause), moved));
			}
			for (Clause clause : before) {
				if (after.stream().noneMatch(a -> a.id().equals(clause.id()))) {
					changes.add(new ClauseChange(clause.id(), situation, Kind.REMOVED, describe(clause), List.of(),
							List.of("clause removed")));
				}
			}
		}
		return new AgreementComparison(inForce.ref(), draft.ref(), changes);
	}

	private static List<String> moved(Clause before, Clause after) {
		List<String> moved = new ArrayList<>();
		if (!before.whenAnyFact().equals(after.whenAnyFact())) {
			moved.add("applies " + when(before) + " → " + when(after));
		}
		if (!before.primary().equals(after.primary())) {
			moved.add("led by " + agency(before.primary()) + " → " + agency(after.primary()));
		}
		if (!before.supporting().equals(after.supporting())) {
			moved.add("supported by " + agencies(before.supporting()) + " → " + agencies(after.supporting()));
		}
		if (before.policeAttendance() != after.policeAttendance()) {
			moved.add("police " + attendance(before.policeAttendance()) + " → " + attendance(after.policeAttendance()));
		}
		if (!before.timers().equals(after.timers())) {
			moved.add("timers " + timers(before) + " → " + timers(after));
		}
		if (!Objects.equals(before.escalationRoute(), after.escalationRoute())) {
			moved.add("escalation route changed");
		}
		if (!Objects.equals(before.note(), after.note())) {
			moved.add("note changed");
		}
		return moved;
	}

	static List<String> describe(Clause clause) {
		List<String> lines = new ArrayList<>();
		lines.add("Applies " + when(clause));
		lines.add("Led by " + agency(clause.primary()));
		if (!clause.supporting().isEmpty()) {
			lines.add("Supported by " + agencies(clause.supporting()));
		}
		lines.add("Police " + attendance(clause.policeAttendance()));
		if (!clause.timers().isEmpty()) {
			lines.add("Timers: " + timers(clause));
		}
		return lines;
	}

	private static String when(Clause clause) {
		return clause.isDefault() ? "otherwise (the default)" : "when any of " + String.join(", ", clause.whenAnyFact());
	}

	private static String agency(Optional<Agency> agency) {
		return agency.map(Enum::name).orElse("no agency (advice and signposting)");
	}

	private static String agencies(List<Agency> agencies) {
		return agencies.isEmpty() ? "none" : String.join(", ", agencies.stream().map(Enum::name).toList());
	}

	private static String attendance(PoliceAttendance attendance) {
		return switch (attendance) {
			case ALWAYS -> "always lead";
			case SUPPORTING -> "support the partner";
			case WHEN_THRESHOLD_MET -> "attend only when the threshold is met";
		};
	}

	private static String timers(Clause clause) {
		return clause.timers().isEmpty() ? "none"
				: String.join("; ", clause.timers().stream().map(t -> t.code() + " " + t.minutes() + " min").toList());
	}

	private static String ordinal(int n) {
		return switch (n) {
			case 1 -> "1st";
			case 2 -> "2nd";
			case 3 -> "3rd";
			default -> n + "th";
		};
	}
}
