package org.sightline.partnership;

import java.util.List;

import org.sightline.shared.Agency;

/**
 * An administrator's edit of a partner agency.
 *
 * @param revision the revision the edit started from; the edit is refused if someone changed it meanwhile
 */
public record UpdatePartnerAgency(Agency agency, int revision, String name, List<ContactRoute> contactRoutes,
		String workingHours, String outOfHours) {

	public UpdatePartnerAgency {
		contactRoutes = contactRoutes == null ? List.of() : List.copyOf(contactRoutes);
	}
}
