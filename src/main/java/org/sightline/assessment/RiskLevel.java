package org.sightline.assessment;

/**
 * The risk level reported to routing and to the routing-preview contract, lowest first. Tools
 * with their own level names map onto it in their definition (a DASH "standard" is {@link #LOW}).
 */
public enum RiskLevel {

	/** No apparent (very low) risk of harm to the person or the public. */
	NO_APPARENT_RISK,
	/** Harm is possible but minimal. */
	LOW,
	/** Harm is likely but not serious. */
	MEDIUM,
	/** Serious harm is very likely, or could happen at any time. */
	HIGH;

	public boolean isAbove(RiskLevel other) {
		return compareTo(other) > 0;
	}

	public static RiskLevel higherOf(RiskLevel a, RiskLevel b) {
		return a.compareTo(b) >= 0 ? a : b;
	}
}
