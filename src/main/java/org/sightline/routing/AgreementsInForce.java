package org.sightline.routing;

import org.sightline.partnership.AgreementYaml;
import org.sightline.partnership.PartnershipAgreement;
import org.springframework.stereotype.Component;

/** The partnership agreement that decides routes now. */
@Component
class AgreementsInForce {

	private final PartnershipAgreement national = AgreementYaml.nationalRcrp();

	PartnershipAgreement inForce() {
		return national;
	}
}
