package org.sightline.partnership;

import java.util.List;
import java.util.Optional;

import org.sightline.shared.Agency;
import org.sightline.shared.Situation;

/**
 * What an agreement says about one situation. A clause with {@code whenAnyFact} applies when any of
 * those facts is present; the clause without is the situation's default. Conditional clauses are
 * tried in the order listed, before the default.
 *
 * @param primary the agency with primary responsibility; empty means no agency acts (advice or
 * signposting only)
 */
public record Clause(String id, Situation situation, List<String> whenAnyFact, Optional<Agency> primary,
		List<Agency> supporting, PoliceAttendance policeAttendance, List<AgreementTimer> timers, String escalationRoute,
		String note) {

	public Clause {
		whenAnyFact = whenAnyFact == null ? List.of() : List.copyOf(whenAnyFact);
		primary = primary == null ? Optional.empty() : primary;
		supporting = supporting == null ? List.of() : List.copyOf(supporting);
		timers = timers == null ? List.of() : List.copyOf(timers);
	}

	public boolean isDefault() {
		return whenAnyFact.isEmpty();
	}
}
