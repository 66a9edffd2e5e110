package org.sightline.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditEntry;
import org.sightline.audit.AuditTrail;
import org.sightline.identity.CurrentActor;
import org.sightline.shared.ConflictException;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Violation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Agreement versions on the real database, in the shared test context. Nothing here publishes, so
 * the national agreement stays in force for every other test; publishing is tested in
 * {@link PartnershipPublishingIntegrationTests}, on a database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PartnershipAgreementsIntegrationTests {

	static final AgreementRef NATIONAL = new AgreementRef("national-rcrp", "2023-07-26");

	@Autowired
	PartnershipAgreements agreements;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	static String newVersion() {
		return "test-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	@WithUserDetails("admin")
	void the_national_agreement_is_in_force_on_a_fresh_database() {
		PartnershipAgreement inForce = agreements.inForce();

		assertThat(inForce.ref()).isEqualTo(NATIONAL);
		assertThat(inForce.status()).isEqualTo(AgreementStatus.PUBLISHED);
		assertThat(inForce.clauses()).isEqualTo(AgreementYaml.nationalRcrp().clauses());
		AgreementVersionView view = agreements.view(NATIONAL);
		assertThat(view.published()).get().extracting(AgreementVersionView.Step::by).isEqualTo("system");
		assertThat(agreements.exportYaml(NATIONAL)).isEqualTo(PartnershipReferenceData.nationalYaml());
		assertThat(audit.entriesFor(PartnershipAgreements.AUDIT_SUBJECT, NATIONAL.toString()))
			.extracting(AuditEntry::actor, AuditEntry::action)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("system", AuditAction.COLLECTION));
	}

	@Test
	@WithUserDetails("admin")
	void an_imported_draft_is_stored_whole_and_audited_and_changes_nothing_in_force() {
		String version = newVersion();
		String yaml = AgreementBuilder.nationalYamlAs(version);

		AgreementVersionView draft = agreements.importDraft(CurrentActor.require(), yaml);

		AgreementRef ref = new AgreementRef("national-rcrp", version);
		assertThat(draft.ref()).isEqualTo(ref);
		assertThat(draft.status()).isEqualTo(AgreementStatus.DRAFT);
		assertThat(draft.drafted().by()).isEqualTo("admin");
		assertThat(agreements.drafts()).extracting(AgreementVersionView::ref).contains(ref);
		assertThat(agreements.exportYaml(ref)).isEqualTo(yaml);
		assertThat(agreements.version(ref)).get().extracting(PartnershipAgreement::status).isEqualTo(AgreementStatus.DRAFT);
		assertThat(agreements.inForce().ref()).isEqualTo(NATIONAL);
		assertThat(audit.entriesFor(PartnershipAgreements.AUDIT_SUBJECT, ref.toString()))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.action()).isEqualTo(AuditAction.COLLECTION);
				assertThat(e.actor()).isEqualTo("admin");
				assertThat(e.reason()).isEqualTo("Agreement draft imported");
			});
	}

	@Test
	@WithUserDetails("admin")
	void a_version_must_be_new_for_its_agreement() {
		assertThatThrownBy(() -> agreements.importDraft(CurrentActor.require(), PartnershipReferenceData.nationalYaml()))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).violations()).containsExactly(new Violation("version",
					"Version 2023-07-26 of national-rcrp already exists: give this draft a version of its own")));
	}

	@Test
	@WithUserDetails("admin")
	void editing_a_version_in_review_makes_it_a_draft_again_and_is_audited() {
		AgreementRef ref = agreements.importDraft(CurrentActor.require(), AgreementBuilder.nationalYamlAs(newVersion()))
			.ref();
		assertThat(agreements.submitForReview(CurrentActor.require(), ref).status()).isEqualTo(AgreementStatus.IN_REVIEW);
		String edited = agreements.exportYaml(ref).replace("primary: IDVA", "primary: POLICE");

		AgreementVersionView draft = agreements.updateDraft(CurrentActor.require(), ref,
				edited.replace("supporting: [IDVA]", "supporting: [IDVA, VICTIM_SUPPORT]"));

		assertThat(draft.status()).isEqualTo(AgreementStatus.DRAFT);
		assertThat(draft.submitted()).isEmpty();
		assertThat(draft.agreement().clauses()).filteredOn(c -> c.id().equals("domestic-abuse"))
			.singleElement()
			.satisfies(c -> assertThat(c.supporting()).containsExactly(org.sightline.shared.Agency.IDVA,
					org.sightline.shared.Agency.VICTIM_SUPPORT));
		assertThat(audit.entriesFor(PartnershipAgreements.AUDIT_SUBJECT, ref.toString()))
			.extracting(AuditEntry::action, AuditEntry::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.COLLECTION, "Agreement draft imported"),
					org.assertj.core.groups.Tuple.tuple(AuditAction.ALTERATION, "Agreement submitted for review"),
					org.assertj.core.groups.Tuple.tuple(AuditAction.ALTERATION, "Agreement draft edited"));
	}

	@Test
	@WithUserDetails("admin")
	void a_draft_that_breaks_the_publishing_rules_is_kept_but_cannot_go_for_review() {
		String yaml = AgreementBuilder.nationalYamlAs(newVersion(), "primary: CHILDRENS_SOCIAL_CARE\n", "primary: NONE\n");
		AgreementVersionView draft = agreements.importDraft(CurrentActor.require(), yaml);

		assertThat(draft.problems()).extracting(PublishingProblem::clauseId).containsExactly("child");
		assertThatThrownBy(() -> agreements.submitForReview(CurrentActor.require(), draft.ref()))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(Violation::message)
				.singleElement()
				.asString()
				.startsWith("Clause ‘child’ (CHILD_CONCERN) has primary NONE"));
		assertThat(agreements.view(draft.ref()).status()).isEqualTo(AgreementStatus.DRAFT);
	}

	@Test
	@WithUserDetails("admin")
	void a_published_version_is_never_changed_not_even_in_the_database() {
		assertThatThrownBy(() -> agreements.updateDraft(CurrentActor.require(), NATIONAL,
				AgreementBuilder.nationalYamlAs("2023-07-26")))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("published versions are never changed");

		assertThatThrownBy(() -> jdbc.sql("""
				update partnership.agreement_version set yaml = 'changed' where agreement_id = 'national-rcrp'
				""").update()).isInstanceOf(DataAccessException.class)
			// published, or superseded when the publishing tests share this database (the external PostgreSQL run)
			.hasMessageMatching("(?s).*national-rcrp 2023-07-26 is (published|superseded).*");
		assertThatThrownBy(() -> jdbc.sql("""
				update partnership.agreement_version set status = 'DRAFT' where agreement_id = 'national-rcrp'
				    and version = '2023-07-26'
				""").update()).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("""
				delete from partnership.agreement_version where agreement_id = 'national-rcrp' and version = '2023-07-26'
				""").update()).isInstanceOf(DataAccessException.class).hasMessageContaining("never deleted");
		assertThat(agreements.exportYaml(NATIONAL)).isEqualTo(PartnershipReferenceData.nationalYaml());
	}

	@Test
	@WithUserDetails("admin")
	void a_second_version_cannot_be_put_in_force_beside_the_first_even_in_the_database() {
		assertThatThrownBy(() -> jdbc.sql("""
				insert into partnership.agreement_version (agreement_id, version, title, status, yaml, document,
				    drafted_by, drafted_at, edited_by, edited_at, submitted_by, submitted_at, published_by, published_at)
				values ('rogue', '1', 'Rogue', 'PUBLISHED', 'x', '{}', 'x', now(), 'x', now(), 'x', now(), 'x', now())
				""").update()).isInstanceOf(DataAccessException.class);
	}

	@Test
	@WithUserDetails("supervisor")
	void a_supervisor_may_read_the_versions_but_not_import_one() {
		assertThat(agreements.versions()).extracting(AgreementVersionView::ref).contains(NATIONAL);
		assertThatThrownBy(() -> agreements.importDraft(CurrentActor.require(), AgreementBuilder.nationalYamlAs(newVersion())))
			.isInstanceOf(AccessDeniedException.class);
	}
}
