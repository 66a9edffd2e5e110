package org.sightline.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What is known of earlier domestic abuse incidents and MARAC hearings for the victim: either dated
 * (from the force's records), which works with any window a force configures, or counted as the
 * routing-preview contract sends it, which only answers for 12-month windows.
 */
public sealed interface DomesticAbuseHistory permits DomesticAbuseHistory.Dated, DomesticAbuseHistory.Counted {

	/**
	 * @param incidents the dates of domestic abuse incidents, including this one; not only police
	 * call-outs (SafeLives)
	 * @param lastMaracHearing when the case was last heard at a MARAC, if ever
	 * @param today the date of this incident, from the caller's clock
	 */
	record Dated(List<LocalDate> incidents, Optional<LocalDate> lastMaracHearing, LocalDate today)
			implements DomesticAbuseHistory {

		public Dated {
			incidents = List.copyOf(incidents);
			lastMaracHearing = lastMaracHearing == null ? Optional.empty() : lastMaracHearing;
			Objects.requireNonNull(today, "today");
		}

		/** Incidents from the day after {@code today - months} up to and including today. */
		int incidentsWithin(int months) {
			LocalDate since = today.minusMonths(months);
			return (int) incidents.stream().filter(d -> d.isAfter(since) && !d.isAfter(today)).count();
		}
	}

	/**
	 * @param incidentsLast12Months domestic abuse incidents in the last 12 months, counting this one
	 * @param monthsSinceLastMarac whole months since the last MARAC hearing; empty when never heard
	 */
	record Counted(int incidentsLast12Months, OptionalInt monthsSinceLastMarac) implements DomesticAbuseHistory {

		public Counted {
			if (incidentsLast12Months < 0) {
				throw new IllegalArgumentException("incidentsLast12Months must be 0 or more");
			}
			monthsSinceLastMarac = monthsSinceLastMarac == null ? OptionalInt.empty() : monthsSinceLastMarac;
		}
	}
}
