package org.sightline.partnership.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.partnership.ContactRoute;
import org.sightline.partnership.ContactRouteKind;
import org.sightline.partnership.PartnerAgencies;
import org.sightline.partnership.PartnerAgency;
import org.sightline.partnership.UpdatePartnerAgency;
import org.sightline.shared.Actor;
import org.sightline.shared.Agency;

public class PartnerAgencyDefaultsTests {

	@Test
	void there_is_a_default_partner_for_every_agency_code_and_each_default_is_valid() {
		List<PartnerAgency> defaults = PartnerAgencyDefaults.bundled(Instant.EPOCH);

		assertThat(defaults).extracting(PartnerAgency::agency).containsExactlyInAnyOrder(Agency.values());
		for (PartnerAgency agency : defaults) {
			var asEdit = new UpdatePartnerAgency(agency.agency(), 1, agency.name(), agency.contactRoutes(),
					agency.workingHours(), agency.outOfHours());
			assertThat(PartnerAgencies.validate(asEdit).list()).as(agency.agency().name())
				.allSatisfy(v -> assertThat(v.field()).isEqualTo("contactRoutes"));
		}
	}

	@Test
	void a_defaults_file_that_misses_an_agency_code_is_refused() {
		assertThatThrownBy(() -> PartnerAgencyDefaults.read("""
				agencies:
				  - { agency: POLICE, name: Police }
				""", Instant.EPOCH)).hasMessageContaining("has no default for").hasMessageContaining("AMBULANCE");
	}

	@Test
	void a_partner_agency_needs_a_name_and_a_contact_route_in_the_right_format_for_its_kind() {
		var edit = new UpdatePartnerAgency(Agency.ADULT_SOCIAL_CARE, 1, null,
				List.of(new ContactRoute(ContactRouteKind.PHONE, "call the office", null),
						new ContactRoute(ContactRouteKind.SECURE_EMAIL, "asc.example.gov.uk", null),
						new ContactRoute(ContactRouteKind.WEBHOOK, "http://asc.example.gov.uk/referrals", null),
						new ContactRoute(ContactRouteKind.PORTAL, "https://asc.example.gov.uk/refer", "24 hours")),
				"Monday to Friday", null);

		assertThat(PartnerAgencies.validate(edit).list()).extracting(v -> v.field() + ": " + v.message())
			.containsExactly("name: Enter the agency’s name",
					"contactRoutes[0].value: Enter a phone number for contact route 1, like 0300 123 4567 or 111",
					"contactRoutes[1].value: Enter an email address in the correct format for contact route 2, like mash@example.gov.uk",
					"contactRoutes[2].value: Enter a web address starting with https:// for contact route 3");
	}

	static Actor admin() {
		return new Actor("admin", "Admin", java.util.Set.of(org.sightline.shared.Role.ADMIN), java.util.Optional.empty());
	}
}
