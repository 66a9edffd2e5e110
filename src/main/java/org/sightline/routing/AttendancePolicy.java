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
 * threshold. The threshold decides whether police attend; the clause decides who leads and who
 * supports, and may put a partner in the lead with police supporting only by saying so
 * ({@code policeAttendance: SUPPORTING}). A crime to investigate or a real and immediate risk to
 * life always puts police in the lead, whatever the clause says.
 * <p>
 * Under-18s are never given to adult social care: a clause's adult social care becomes children's
 * social care for a child.
 */
final class AttendancePolicy {

	record Attendance(RoutingOutcome outcome, Optional<Agency> primary, List<Agency> supporting) {
	}

	Attendance apply(RoutingCase c, Subject subject, Clause clause, PartnershipAgreement agreement,
			RcrpThresholdDecision threshold, Findings findings) {
		String clauseName = "the " + agreement.title() + " (" + agreement.version() + "), clause " + clause.id();
		Optional<Agency> primary = clause.primary().map(a -> forAge(a, subject));
		Set<Agency> partners = new LinkedHashSet<>();
		primary.filter(a -> a != Agency.POLICE).ifPresent(partners::add);
		clause.supporting().stream().filter(a -> a != Agency.POLICE).map(a -> forAge(a, subject)).forEach(partners::add);
		if (subject.child() && (clause.primary().filter(a -> a == Agency.ADULT_SOCIAL_CARE).isPresent()
				|| clause.supporting().contains(Agency.ADULT_SOCIAL_CARE))) {
			findings.reason("The person is a child: children's social care, never adult social care, takes the part "
					+ clauseName + " gives adult social care.");
		}

		if (c.has(Fact.CRIME_TO_INVESTIGATE) || c.has(Fact.REAL_IMMEDIATE_RISK_TO_LIFE)) {
			threshold.reasons().forEach(findings::reason);
			findings.reason("A crime to investigate or a real and immediate risk to life always brings police: police lead"
					+ (partners.isEmpty() ? "." : ", with " + names(partners) + " supporting (" + clauseName + ")."));
			return policeLead(partners);
		}
		if (clause.policeAttendance() == PoliceAttendance.ALWAYS) {
			findings.reason("Under " + clauseName + ", police lead for this situation"
					+ (partners.isEmpty() ? "." : ", with " + names(partners) + " supporting."));
			return policeLead(partners);
		}
		if (clause.policeAttendance() == PoliceAttendance.SUPPORTING && primary.isPresent()) {
			if (threshold.met()) {
				threshold.reasons().forEach(findings::reason);
			}
			findings.reason("Under " + clauseName + ", " + name(primary.get()) + " leads and police support"
					+ (threshold.met() ? " (the agreement says so for this situation, and police are there)." : "."));
			List<Agency> supporting = new ArrayList<>(partners);
			supporting.remove(primary.get());
			supporting.add(0, Agency.POLICE);
			return new Attendance(RoutingOutcome.PARTNER_PRIMARY_POLICE_SUPPORTING, primary, supporting);
		}
		if (threshold.met()) {
			threshold.reasons().forEach(findings::reason);
			findings.reason("The police threshold is met, so police attend and lead"
					+ (partners.isEmpty() ? " (" + clauseName + ")." : ", with " + names(partners) + " supporting (" + clauseName + ")."));
			return policeLead(partners);
		}
		if (primary.isEmpty() || primary.get() == Agency.POLICE) {
			threshold.reasons().forEach(findings::reason);
			findings.reason("The police threshold is not met and no partner holds primary responsibility under "
					+ clauseName + ": give advice and signpost.");
			return new Attendance(RoutingOutcome.NO_AGENCY_ACTION, Optional.empty(), List.of());
		}
		findings.reason("The police threshold is not met (no crime to investigate, no real and immediate risk to life or "
				+ "of serious harm, police neither assumed responsibility nor created the risk): under " + clauseName + ", "
				+ name(primary.get()) + " responds and police do not attend."
				+ (clause.note() == null || subject.child() ? "" : " " + clause.note()));
		List<Agency> supporting = new ArrayList<>(partners);
		supporting.remove(primary.get());
		return new Attendance(RoutingOutcome.PARTNER_ONLY, primary, supporting);
	}

	private static Attendance policeLead(Set<Agency> partners) {
		return new Attendance(RoutingOutcome.POLICE_PRIMARY, Optional.of(Agency.POLICE), List.copyOf(partners));
	}

	/** Under-18s go to children's services, never adult social care. */
	static Agency forAge(Agency agency, Subject subject) {
		return subject.child() && agency == Agency.ADULT_SOCIAL_CARE ? Agency.CHILDRENS_SOCIAL_CARE : agency;
	}

	private static String names(Set<Agency> agencies) {
		return String.join(", ", agencies.stream().map(AttendancePolicy::name).toList());
	}

	static String name(Agency agency) {
		return switch (agency) {
			case POLICE -> "police";
			case AMBULANCE -> "the ambulance service";
			case MENTAL_HEALTH_SERVICE -> "the mental health service";
			case HEALTH_SETTING -> "the hospital or unit responsible for the patient";
			case CHILDRENS_SOCIAL_CARE -> "children's social care";
			case ADULT_SOCIAL_CARE -> "adult social care";
			case MARAC -> "the MARAC";
			case IDVA -> "an IDVA";
			case EDUCATION -> "the school or education service";
			case HOUSING -> "housing";
			case VICTIM_SUPPORT -> "victim support";
			case LANDOWNER_OR_OTHER -> "the landowner or another organisation";
		};
	}
}
