package org.sightline.assessment;

import org.sightline.shared.Agency;
import java.util.List;

/**
 * Which MARAC referral criteria a case meets, each with its reason. A referral is due when any
 * criterion is met.
 */
public record MaracReferralDecision(List<Finding> findings) {

	/** One criterion, whether it is met, and why (or why not). */
	public record Finding(MaracCriterion criterion, boolean met, String reason) {
	}

	public MaracReferralDecision {
		findings = List.copyOf(findings);
	}

	public boolean referralDue() {
		return findings.stream().anyMatch(Finding::met);
	}

	public List<MaracCriterion> criteriaMet() {
		return findings.stream().filter(Finding::met).map(Finding::criterion).toList();
	}

	/** {@link Agency#MARAC} when a referral is due, else nothing. */
	public List<Agency> referrals() {
		return referralDue() ? List.of(Agency.MARAC) : List.of();
	}

	/** The reasons of the criteria met, or why none is, for the routing preview's {@code reasons}. */
	public List<String> reasons() {
		if (!referralDue()) {
			return List.of("No MARAC referral criterion is met (SafeLives criteria, REFERENCE §6.1); "
					+ "professional judgement alone can still justify a referral.");
		}
		return findings.stream().filter(Finding::met).map(Finding::reason).toList();
	}

	public boolean met(MaracCriterion criterion) {
		return findings.stream().anyMatch(f -> f.criterion() == criterion && f.met());
	}

	public Finding finding(MaracCriterion criterion) {
		return findings.stream().filter(f -> f.criterion() == criterion).findFirst().orElseThrow();
	}
}
