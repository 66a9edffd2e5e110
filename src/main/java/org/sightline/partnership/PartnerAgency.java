package org.sightline.partnership;

import java.time.Instant;
import java.util.List;

import org.sightline.shared.Agency;

/**
 * The force's partner agency for one agency code: who they are, how to reach them (routes in
 * the order to try), when they work and what happens out of hours.
 *
 * @param revision goes up with each edit; an edit names the revision it started from
 */
public record PartnerAgency(Agency agency, String name, List<ContactRoute> contactRoutes, String workingHours,
		String outOfHours, int revision, String updatedBy, Instant updatedAt) {

	public PartnerAgency {
		contactRoutes = contactRoutes == null ? List.of() : List.copyOf(contactRoutes);
	}
}
