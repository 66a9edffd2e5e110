package org.sightline.routing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.sightline.assessment.DomesticContext;
import org.sightline.assessment.ResponseAction;
import org.sightline.assessment.ResponseGrade;
import org.sightline.assessment.RiskLevel;
import org.sightline.shared.Agency;
import org.sightline.shared.Fact;

/**
 * The safety net after the rules: checks, on every preview and every recorded decision, the
 * invariants that no answer may break, raises whatever falls short and says why. The rules should
 * never need it; when it acts, a gap in a rule has been found, so it says so in the reasons and the
 * answer goes to a supervisor.
 * <ol>
 * <li>A high risk means a deployment: police attend, never resolution without deployment, and a
 * supervisor reviews it.</li>
 * <li>A present and continuing risk to life means an emergency, and police attend.</li>
 * <li>When police do not attend the caller is told, and a reason names the agreement clause.</li>
 * <li>A child is never given to adult social care; a child at medium or high risk is referred to
 * children's social care.</li>
 * <li>Domestic abuse at high risk goes to a MARAC (for a victim old enough) with an IDVA and a
 * specialist review; children present or living there are referred to children's social care.</li>
 * <li>No reason says the police threshold is not met, or that there is no real and immediate risk,
 * beside a high risk.</li>
 * </ol>
 */
final class UnderTriageGuard {

	private static final String PREFIX = "Safety net: ";

	RoutingRecommendation check(RoutingCase c, Subject subject, RoutingRecommendation r) {
		List<String> raised = new ArrayList<>();
		RoutingOutcome outcome = r.outcome();
		Optional<Agency> primary = r.primaryAgency();
		Set<Agency> supporting = new LinkedHashSet<>(r.supportingAgencies());
		Set<Agency> referrals = new LinkedHashSet<>(r.referrals());
		Set<ResponseAction> actions = new LinkedHashSet<>(r.actions());
		List<String> reasons = new ArrayList<>(r.reasons());
		RiskLevel risk = r.riskLevel();
		ResponseGrade grade = r.grade();
		boolean lifeAtRisk = RoutingPolicy.LIFE_AT_RISK_NOW.stream().anyMatch(c::has);

		if (lifeAtRisk && risk != RiskLevel.HIGH) {
			risk = RiskLevel.HIGH;
			raised.add("a present and continuing risk to life was not graded high risk; it is now");
		}
		if (risk == RiskLevel.HIGH && !outcome.policeAttend()) {
			primary.ifPresent(supporting::add);
			outcome = RoutingOutcome.POLICE_PRIMARY;
			primary = Optional.of(Agency.POLICE);
			raised.add("high risk, but the rules sent no police: police attend and lead (a present and continuing risk of "
					+ "serious harm meets the police threshold, RCRP limb (b))");
		}
		if ((risk == RiskLevel.HIGH || lifeAtRisk) && grade != ResponseGrade.EMERGENCY) {
			grade = ResponseGrade.EMERGENCY;
			raised.add("high risk or a risk to life was not graded an emergency; it is now");
		}
		if (outcome.policeAttend() && grade == ResponseGrade.RESOLUTION_WITHOUT_DEPLOYMENT) {
			grade = ResponseGrade.SCHEDULED;
			raised.add("police attend, so the call cannot be resolved without deployment");
		}
		if (!outcome.policeAttend() && grade != ResponseGrade.RESOLUTION_WITHOUT_DEPLOYMENT) {
			grade = ResponseGrade.RESOLUTION_WITHOUT_DEPLOYMENT;
			raised.add("police do not attend, so no police response grade applies");
		}
		if (risk == RiskLevel.HIGH && actions.add(ResponseAction.SUPERVISOR_REVIEW)) {
			raised.add("a high risk had no supervisor review");
		}
		if (!outcome.policeAttend()) {
			if (actions.add(ResponseAction.CALLER_INFORMED_OF_DECISION)) {
				raised.add("police will not attend, but telling the caller was not required");
			}
			String clause = "clause " + r.clauseId();
			if (reasons.stream().noneMatch(reason -> reason.contains(clause))) {
				reasons.add("Police do not attend under " + r.agreement().id() + " " + r.agreement().version() + ", "
						+ clause + ".");
				raised.add("no reason named the agreement clause under which police do not attend");
			}
		}
		if (subject.child()) {
			boolean adultCare = primary.filter(a -> a == Agency.ADULT_SOCIAL_CARE).isPresent()
					|| supporting.contains(Agency.ADULT_SOCIAL_CARE) || referrals.contains(Agency.ADULT_SOCIAL_CARE);
			if (adultCare) {
				primary = primary.map(a -> AttendancePolicy.forAge(a, subject));
				supporting.remove(Agency.ADULT_SOCIAL_CARE);
				supporting.add(Agency.CHILDRENS_SOCIAL_CARE);
				supporting.remove(primary.orElse(null));
				if (referrals.remove(Agency.ADULT_SOCIAL_CARE)) {
					referrals.add(Agency.CHILDRENS_SOCIAL_CARE);
				}
				raised.add("a child was given to adult social care; children's social care instead");
			}
			if (risk.compareTo(RiskLevel.MEDIUM) >= 0 && referrals.add(Agency.CHILDRENS_SOCIAL_CARE)) {
				raised.add("a child at " + risk.name().toLowerCase(Locale.ROOT) + " risk had no referral to children's social care");
			}
		}
		boolean domestic = DomesticContext.applies(r.situation(), c.facts()) || DomesticContext.applies(c.situation(), c.facts())
				|| c.dash().isPresent();
		if (domestic && risk == RiskLevel.HIGH) {
			if (subject.maracEligible() && referrals.add(Agency.MARAC)) {
				raised.add("high-risk domestic abuse had no MARAC referral (SafeLives criterion: professional judgement)");
			}
			if (!subject.maracEligible() && referrals.add(Agency.CHILDRENS_SOCIAL_CARE)) {
				raised.add("high-risk domestic abuse against a child had no referral to children's social care");
			}
			if (referrals.add(Agency.IDVA)) {
				raised.add("high-risk domestic abuse had no IDVA referral");
			}
			if (actions.add(ResponseAction.SPECIALIST_REVIEW)) {
				raised.add("high-risk domestic abuse had no specialist review");
			}
		}
		if (domestic && (c.has(Fact.CHILD_PRESENT) || c.has(Fact.CHILDREN_IN_HOUSEHOLD))
				&& referrals.add(Agency.CHILDRENS_SOCIAL_CARE)) {
			raised.add("children saw or live with domestic abuse but were not referred to children's social care");
		}
		if (risk == RiskLevel.HIGH) {
			List<String> contradictions = reasons.stream().filter(UnderTriageGuard::deniesRisk).toList();
			if (!contradictions.isEmpty()) {
				reasons.removeAll(contradictions);
				raised.add("a reason played down a high risk (it said the threshold was not met); it was removed");
			}
		}

		if (raised.isEmpty()) {
			return r;
		}
		actions.add(ResponseAction.SUPERVISOR_REVIEW);
		raised.forEach(what -> reasons.add(PREFIX + what + ". A rule fell short here: a supervisor reviews it."));
		return new RoutingRecommendation(outcome, primary, List.copyOf(supporting), risk, grade, List.copyOf(referrals),
				List.copyOf(actions), reasons, r.agreement(), r.clauseId(), r.situation(), r.timers(),
				r.thresholdMet() || outcome.policeAttend(), raised);
	}

	/**
	 * What a recorded decision falls short of, once a person has chosen the outcome: police not
	 * attending a high risk, or a risk to life. Empty when the decision is safe.
	 */
	List<String> checkDecision(RoutingRecommendation r, RoutingOutcome decided) {
		List<String> shortfalls = new ArrayList<>();
		if (r.riskLevel() == RiskLevel.HIGH && !decided.policeAttend()) {
			shortfalls.add("The decision sends no police to a high risk, against the recommendation (" + r.outcome().name()
					+ "): a present and continuing risk of serious harm meets the police threshold (RCRP limb (b)).");
		}
		return shortfalls;
	}

	/** A reason that says the risk is not real and immediate, or that the police threshold is not met. */
	static boolean deniesRisk(String reason) {
		String text = reason.toLowerCase(Locale.ROOT);
		return text.contains("no real and immediate risk") || text.contains("threshold is not met");
	}
}
