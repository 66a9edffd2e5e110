package org.sightline.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.identity.CurrentActor;
import org.sightline.partnership.internal.PartnerAgencyDefaults;
import org.sightline.shared.Agency;
import org.sightline.shared.ConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PartnerAgenciesIntegrationTests {

	@Autowired
	PartnerAgencies agencies;

	@Autowired
	AuditTrail audit;

	@Test
	void every_agency_code_has_a_partner_agency_on_a_fresh_database() {
		assertThat(agencies.all()).extracting(PartnerAgency::agency).containsExactly(Agency.values());
		assertThat(agencies.find(Agency.MENTAL_HEALTH_SERVICE)).get().satisfies(mh -> {
			assertThat(mh.contactRoutes()).extracting(ContactRoute::kind, ContactRoute::value)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(ContactRouteKind.PHONE, "111"));
			assertThat(mh.updatedBy()).isEqualTo("system");
		});
	}

	@Test
	@WithUserDetails("admin")
	void an_administrators_edit_is_audited_and_never_overwritten_by_the_defaults() {
		PartnerAgency housing = agencies.find(Agency.HOUSING).orElseThrow();
		List<ContactRoute> routes = List.of(
				new ContactRoute(ContactRouteKind.SECURE_EMAIL, "housing.options@anytown.gov.uk", null),
				new ContactRoute(ContactRouteKind.PHONE, "01632 960 000", "Out of hours, 24 hours"));

		PartnerAgency edited = agencies.update(CurrentActor.require(), new UpdatePartnerAgency(Agency.HOUSING,
				housing.revision(), "Anytown Council housing options", routes, "Monday to Friday, 9am to 5pm", null));
		agencies.seedIfAbsent(PartnerAgencyDefaults.bundled(Instant.now()));

		assertThat(agencies.find(Agency.HOUSING)).contains(edited);
		assertThat(edited.name()).isEqualTo("Anytown Council housing options");
		assertThat(edited.contactRoutes()).isEqualTo(routes);
		assertThat(edited.revision()).isEqualTo(housing.revision() + 1);
		assertThat(edited.updatedBy()).isEqualTo("admin");
		assertThat(audit.entriesFor(PartnerAgencies.AUDIT_SUBJECT, "HOUSING")).last().satisfies(e -> {
			assertThat(e.action()).isEqualTo(AuditAction.ALTERATION);
			assertThat(e.actor()).isEqualTo("admin");
		});
	}

	@Test
	@WithUserDetails("admin")
	void an_edit_from_an_older_revision_is_a_conflict_and_changes_nothing() {
		PartnerAgency marac = agencies.find(Agency.MARAC).orElseThrow();
		var edit = new UpdatePartnerAgency(Agency.MARAC, marac.revision(), "MARAC coordinator, Anytown",
				List.of(new ContactRoute(ContactRouteKind.EMAIL, "marac@anytown.gov.uk", null)), null, null);
		agencies.update(CurrentActor.require(), edit);

		assertThatThrownBy(() -> agencies.update(CurrentActor.require(), edit)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("since you opened it");
		assertThat(agencies.find(Agency.MARAC).orElseThrow().revision()).isEqualTo(marac.revision() + 1);
	}

	@Test
	@WithUserDetails("supervisor")
	void only_an_administrator_may_edit_a_partner_agency() {
		PartnerAgency police = agencies.find(Agency.POLICE).orElseThrow();
		assertThatThrownBy(() -> agencies.update(CurrentActor.require(), new UpdatePartnerAgency(Agency.POLICE,
				police.revision(), "Changed", police.contactRoutes(), null, null)))
			.isInstanceOf(AccessDeniedException.class);
	}
}
