package org.sightline.routing;

/** Who responds, in the codes of the routing-preview contract. */
public enum RoutingOutcome {
	/** Police lead; partners may support. */
	POLICE_PRIMARY,
	/** A partner leads; police support. */
	PARTNER_PRIMARY_POLICE_SUPPORTING,
	/** Police do not attend; the partner responds. The caller must be told. */
	PARTNER_ONLY,
	/** Advice or signposting only. The caller must be told. */
	NO_AGENCY_ACTION;

	public boolean policeAttend() {
		return this == POLICE_PRIMARY || this == PARTNER_PRIMARY_POLICE_SUPPORTING;
	}
}
