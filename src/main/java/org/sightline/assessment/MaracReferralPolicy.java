package org.sightline.assessment;

import java.util.List;
import java.util.Optional;

/**
 * Decides which of the four SafeLives MARAC referral criteria a domestic abuse case meets
 * (REFERENCE §6.1 [S32]). The escalation count and window and the repeat-referral window vary
 * between MARACs, so they are configuration; the high-risk DASH count comes from the DASH tool
 * definition through {@link DashOutcome.Graded}.
 */
public final class MaracReferralPolicy {

	/** Potential escalation: incidents needed, commonly 3 (SafeLives). */
	public static final int DEFAULT_ESCALATION_INCIDENTS = 3;
	/** Potential escalation: the window those incidents fall in, commonly 12 months. */
	public static final int DEFAULT_ESCALATION_WINDOW_MONTHS = 12;
	/** Repeat referral: a new incident within this many months of the last MARAC, commonly 12. */
	public static final int DEFAULT_REPEAT_REFERRAL_WINDOW_MONTHS = 12;
	/** A MARAC hears victims of this age or over: 16 (SafeLives; the Domestic Abuse Act 2021 definition). */
	public static final int DEFAULT_MINIMUM_AGE = 16;

	private final int escalationIncidents;
	private final int escalationWindowMonths;
	private final int repeatReferralWindowMonths;
	private final int minimumAge;

	/** With the common SafeLives defaults: 3 incidents in 12 months; repeat within 12 months; victims 16 or over. */
	public MaracReferralPolicy() {
		this(DEFAULT_ESCALATION_INCIDENTS, DEFAULT_ESCALATION_WINDOW_MONTHS, DEFAULT_REPEAT_REFERRAL_WINDOW_MONTHS);
	}

	public MaracReferralPolicy(int escalationIncidents, int escalationWindowMonths, int repeatReferralWindowMonths) {
		this(escalationIncidents, escalationWindowMonths, repeatReferralWindowMonths, DEFAULT_MINIMUM_AGE);
	}

	public MaracReferralPolicy(int escalationIncidents, int escalationWindowMonths, int repeatReferralWindowMonths,
			int minimumAge) {
		if (minimumAge < 1) {
			throw new IllegalArgumentException("The MARAC minimum age must be 1 or more: " + minimumAge);
		}
		this.minimumAge = minimumAge;
		if (escalationIncidents < 1 || escalationWindowMonths < 1 || repeatReferralWindowMonths < 1) {
			throw new IllegalArgumentException("MARAC thresholds must be 1 or more: escalation incidents "
					+ escalationIncidents + ", escalation window " + escalationWindowMonths
					+ " months, repeat-referral window " + repeatReferralWindowMonths + " months");
		}
		this.escalationIncidents = escalationIncidents;
		this.escalationWindowMonths = escalationWindowMonths;
		this.repeatReferralWindowMonths = repeatReferralWindowMonths;
	}

	/** The youngest victim a MARAC hears. */
	public int minimumAge() {
		return minimumAge;
	}

	/**
	 * @param dash the DASH grade, if a DASH was completed
	 * @param articulatedConcerns the referrer's concerns in their own words, if they have any
	 * @param history earlier incidents and MARAC hearings
	 */
	public MaracReferralDecision assess(Optional<DashOutcome.Graded> dash, Optional<String> articulatedConcerns,
			DomesticAbuseHistory history) {
		return new MaracReferralDecision(List.of(visibleHighRisk(dash), professionalJudgement(dash, articulatedConcerns),
				potentialEscalation(history), repeatReferral(history)));
	}

	private MaracReferralDecision.Finding visibleHighRisk(Optional<DashOutcome.Graded> dash) {
		if (dash.isEmpty()) {
			return new MaracReferralDecision.Finding(MaracCriterion.VISIBLE_HIGH_RISK, false,
					"Visible high risk cannot be shown: no DASH was completed.");
		}
		DashOutcome.Graded grade = dash.get();
		String count = grade.tool() + ": " + grade.yesAnswers() + " of " + grade.questions() + " answers yes";
		if (grade.countIsHighRisk()) {
			return new MaracReferralDecision.Finding(MaracCriterion.VISIBLE_HIGH_RISK, true,
					"Visible high risk: " + count + "; " + grade.toolLevel().scoreRange() + " is "
							+ grade.toolLevel().code() + " (SafeLives MARAC criteria, REFERENCE §6.1).");
		}
		return new MaracReferralDecision.Finding(MaracCriterion.VISIBLE_HIGH_RISK, false,
				"Not visible high risk: " + count + " is " + grade.toolLevel().code() + ".");
	}

	private MaracReferralDecision.Finding professionalJudgement(Optional<DashOutcome.Graded> dash,
			Optional<String> articulatedConcerns) {
		if (articulatedConcerns.filter(c -> !c.isBlank()).isPresent()) {
			return new MaracReferralDecision.Finding(MaracCriterion.PROFESSIONAL_JUDGEMENT, true,
					"Professional judgement: the referrer has recorded their concerns, which can be the only basis "
							+ "for a referral (SafeLives MARAC criteria, REFERENCE §6.1).");
		}
		if (dash.filter(g -> g.raisedByJudgement() && g.riskLevel() == RiskLevel.HIGH).isPresent()) {
			return new MaracReferralDecision.Finding(MaracCriterion.PROFESSIONAL_JUDGEMENT, true,
					"Professional judgement: the officer raised the DASH grade to high risk and recorded why "
							+ "(SafeLives MARAC criteria, REFERENCE §6.1).");
		}
		return new MaracReferralDecision.Finding(MaracCriterion.PROFESSIONAL_JUDGEMENT, false,
				"No professional concerns were articulated.");
	}

	private MaracReferralDecision.Finding potentialEscalation(DomesticAbuseHistory history) {
		String rule = "the threshold is " + escalationIncidents + " or more in " + escalationWindowMonths + " months";
		int incidents;
		if (history instanceof DomesticAbuseHistory.Dated dated) {
			incidents = dated.incidentsWithin(escalationWindowMonths);
		}
		else if (history instanceof DomesticAbuseHistory.Counted counted) {
			if (escalationWindowMonths != 12) {
				return new MaracReferralDecision.Finding(MaracCriterion.POTENTIAL_ESCALATION, false,
						"Potential escalation cannot be judged from a 12-month count: " + rule
								+ "; check the dates of earlier incidents.");
			}
			incidents = counted.incidentsLast12Months();
		}
		else {
			throw new IllegalArgumentException("Unknown kind of history: " + history);
		}
		String counted = incidents + " domestic abuse incident(s) in the last " + escalationWindowMonths + " months; "
				+ rule;
		if (incidents >= escalationIncidents) {
			return new MaracReferralDecision.Finding(MaracCriterion.POTENTIAL_ESCALATION, true,
					"Potential escalation: " + counted + " (SafeLives MARAC criteria, local threshold, REFERENCE §6.1).");
		}
		return new MaracReferralDecision.Finding(MaracCriterion.POTENTIAL_ESCALATION, false,
				"No potential escalation: " + counted + ".");
	}

	/** "Within" includes the last day (or whole month) of the window: doubt favours a referral. */
	private MaracReferralDecision.Finding repeatReferral(DomesticAbuseHistory history) {
		String rule = "a repeat referral is a new incident within " + repeatReferralWindowMonths
				+ " months of the last MARAC hearing";
		boolean met;
		String since;
		if (history instanceof DomesticAbuseHistory.Dated dated) {
			if (dated.lastMaracHearing().isEmpty()) {
				return notHeardBefore();
			}
			met = !dated.today().isAfter(dated.lastMaracHearing().get().plusMonths(repeatReferralWindowMonths));
			since = "last heard at MARAC on " + dated.lastMaracHearing().get();
		}
		else if (history instanceof DomesticAbuseHistory.Counted counted) {
			if (counted.monthsSinceLastMarac().isEmpty()) {
				return notHeardBefore();
			}
			met = counted.monthsSinceLastMarac().getAsInt() <= repeatReferralWindowMonths;
			since = "last heard at MARAC " + counted.monthsSinceLastMarac().getAsInt() + " month(s) ago";
		}
		else {
			throw new IllegalArgumentException("Unknown kind of history: " + history);
		}
		if (met) {
			return new MaracReferralDecision.Finding(MaracCriterion.REPEAT_REFERRAL, true, "Repeat referral: " + since
					+ "; " + rule + " (SafeLives MARAC criteria, REFERENCE §6.1).");
		}
		return new MaracReferralDecision.Finding(MaracCriterion.REPEAT_REFERRAL, false,
				"Not a repeat referral: " + since + "; " + rule + ".");
	}

	private static MaracReferralDecision.Finding notHeardBefore() {
		return new MaracReferralDecision.Finding(MaracCriterion.REPEAT_REFERRAL, false,
				"Not a repeat referral: the case has not been heard at a MARAC before.");
	}
}
