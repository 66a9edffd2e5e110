package org.sightline.referral.internal;

import java.util.List;

import org.sightline.partnership.ContactRoute;
import org.sightline.partnership.ContactRouteKind;
import org.sightline.partnership.PartnerAgencies;
import org.sightline.shared.Agency;
import org.springframework.stereotype.Component;

/**
 * The routes by which Sightline can tell an agency about a referral (e-mail and webhook), read from
 * the partnership module each time they are asked for: an administrator may have added one since
 * the referral was sent.
 */
@Component
public class AgencyRoutes {

	private final PartnerAgencies agencies;

	AgencyRoutes(PartnerAgencies agencies) {
		this.agencies = agencies;
	}

	/** The agency's e-mail and webhook routes as they are now; empty when it has none. */
	List<ContactRoute> notifiable(Agency agency) {
		return agencies.find(agency)
			.map(a -> a.contactRoutes().stream().filter(AgencyRoutes::notifiable).toList())
			.orElse(List.of());
	}

	public static boolean notifiable(ContactRoute route) {
		return route.kind() == ContactRouteKind.EMAIL || route.kind() == ContactRouteKind.SECURE_EMAIL
				|| route.kind() == ContactRouteKind.WEBHOOK;
	}
}
