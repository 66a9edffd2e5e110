package org.sightline.routing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sightline.assessment.RcrpThresholdDecision;
import org.sightline.partnership.Clause;
import org.sightline.partnership.PartnershipAgreement;
import org.sightline.partnership.PoliceAttendance;
import org.sightline.shared.Agency;
import org.sightline.shared.Fact;

/**
 * Who responds, under the agreement clause for the situation and the Right Care, Right Person
 * threshold. A crime to investigate or a real and immediate risk to life always brings police,
 * whatever the clause says.
 */
final class AttendancePolicy {

	record Attendance(RoutingOutcome outcome, Optional<Agency> primary, List<Agency> supporting) {
	}

	Attendance apply(RoutingCase c, Clause clause, PartnershipAgreement agreement, RcrpThresholdDecision threshold,
			Findings findings) {
		String clauseName = "the " + agreement.title() + " (" + agreement.version() + "), clause " + clause.id();
		Set<Agency> partners = new LinkedHashSet<>();
		clause.primary().filter(a -> a != Agency.POLICE).ifPresent(partners::add);
		clause.supporting().stream().filter(a -> a != Agency.POLICE).forEach(partners::add);

		boolean mustAttend = c.has(Fact.CRIME_TO_INVESTIGATE) || c.has(Fact.REAL_IMMEDIATE_RISK_TO_LIFE);
		if (mustAttend) {
			threshold.reasons().forEach(findings::reason);
			findings.reason("A crime to investigate or a real and immediate risk to life always brings police: police lead"
					+ (partners.isEmpty() ? "." : ", with " + names(partners) + " supporting."));
			return new Attendance(RoutingOutcome.POLICE_PRIMARY, Optional.of(Agency.POLICE), List.copyOf(partners));
		}
		if (clause.policeAttendance() == PoliceAttendance.ALWAYS) {
			findings.reason("Under " + clauseName + ", police lead for this situation"
					+ (partners.isEmpty() ? "." : ", with " + names(partners) + " supporting."));
			return new Attendance(RoutingOutcome.POLICE_PRIMARY, Optional.of(Agency.POLICE), List.copyOf(partners));
		}
		if (clause.policeAttendance() == PoliceAttendance.SUPPORTING) {
			findings.reason("Under " + clauseName + ", " + clause.primary().map(Enum::name).orElse("the partner")
					+ " leads and police support.");
			List<Agency> supporting = new ArrayList<>(partners);
			clause.primary().ifPresent(supporting::remove);
			supporting.add(0, Agency.POLICE);
			return new Attendance(RoutingOutcome.PARTNER_PRIMARY_POLICE_SUPPORTING, clause.primary(), supporting);
		}
		if (threshold.met()) {
			threshold.reasons().forEach(findings::reason);
			findings.reason("The police threshold is met, so police attend and lead"
					+ (partners.isEmpty() ? "." : ", with " + names(partners) + " supporting (" + clauseName + ")."));
			return new Attendance(RoutingOutcome.POLICE_PRIMARY, Optional.of(Agency.POLICE), List.copyOf(partners));
		}
		if (clause.primary().isEmpty()) {
			findings.reason("The police threshold is not met and no partner holds primary responsibility under "
					+ clauseName + ": give advice and signpost.");
			return new Attendance(RoutingOutcome.NO_AGENCY_ACTION, Optional.empty(), List.of());
		}
		findings.reason("The police threshold is not met (no crime to investigate, no real and immediate risk to life or "
				+ "of serious harm, police neither assumed responsibility nor created the risk): under " + clauseName + ", "
				+ clause.primary().get().name() + " responds and police do not attend."
				+ (clause.note() == null ? "" : " " + clause.note()));
		List<Agency> supporting = new ArrayList<>(partners);
		supporting.remove(clause.primary().get());
		return new Attendance(RoutingOutcome.PARTNER_ONLY, clause.primary(), supporting);
	}

	private static String names(Set<Agency> agencies) {
		return String.join(", ", agencies.stream().map(Enum::name).toList());
	}
}
