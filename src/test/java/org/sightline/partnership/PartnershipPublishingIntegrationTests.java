package org.sightline.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditEntry;
import org.sightline.audit.AuditTrail;
import org.sightline.identity.CurrentActor;
import org.sightline.partnership.internal.AgreementComparison;
import org.sightline.partnership.internal.AgreementVersions;
import org.sightline.shared.ConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Publishing, on a database of its own (the property gives this class its own Spring context),
 * so that no other test finds a different agreement in force. Tests here never assume which
 * version is in force when they start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = PartnershipPublishingIntegrationTests.OWN_DATABASE)
@AutoConfigureMockMvc
@RecordApplicationEvents
public class PartnershipPublishingIntegrationTests {

	/** Gives a test class the Spring context, and so the database, of the publishing tests. */
	public static final String OWN_DATABASE = "sightline.test.context=partnership-publishing";

	@Autowired
	PartnershipAgreements agreements;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	AgreementRef reviewed(String version) {
		AgreementRef ref = agreements.importDraft(CurrentActor.require(), AgreementBuilder.nationalYamlAs(version)).ref();
		agreements.submitForReview(CurrentActor.require(), ref);
		return ref;
	}

	/** Four eyes: the version "admin" drafted and submitted is published by a second administrator. */
	AgreementVersionView publishAsSecondAdmin(AgreementRef ref) {
		return org.sightline.TestActors.as(org.sightline.TestActors.SECOND_ADMIN,
				() -> agreements.publish(org.sightline.TestActors.SECOND_ADMIN, ref));
	}

	@Test
	@WithUserDetails("admin")
	void nobody_publishes_a_version_they_drafted_or_submitted_four_eyes() {
		AgreementRef inForce = agreements.inForce().ref();
		AgreementRef mine = reviewed("mine-" + UUID.randomUUID().toString().substring(0, 8));

		assertThatThrownBy(() -> agreements.publish(CurrentActor.require(), mine)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("another administrator must review and publish it");
		assertThat(agreements.inForce().ref()).isEqualTo(inForce);
		assertThat(audit.entriesFor(PartnershipAgreements.AUDIT_SUBJECT, mine.toString())).last()
			.satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.REFUSAL));
		assertThat(agreements.maySecondPublish(CurrentActor.require(), mine)).isFalse();

		assertThat(publishAsSecondAdmin(mine).status()).isEqualTo(AgreementStatus.PUBLISHED);
	}

	@Test
	@WithUserDetails("admin")
	void the_second_person_sees_the_draft_beside_the_version_in_force_clause_by_clause() {
		PartnershipAgreement inForce = agreements.inForce();
		AgreementRef ref = agreements.importDraft(CurrentActor.require(), AgreementBuilder.nationalYamlAs(
				"moved-" + UUID.randomUUID().toString().substring(0, 8), "whenAnyFact: [FALLEN_AT_HOME, SELF_HARM_IN_PROGRESS]",
				"whenAnyFact: [FALLEN_AT_HOME]", "  - id: other\n    situation: OTHER\n    primary: NONE\n",
				"  - id: other\n    situation: OTHER\n    primary: VICTIM_SUPPORT\n")).ref();
		AgreementComparison comparison = AgreementComparison.between(inForce, agreements.version(ref).orElseThrow());

		assertThat(comparison.anyChange()).isTrue();
		assertThat(comparison.changes()).filteredOn(c -> c.kind() == AgreementComparison.Kind.CHANGED)
			.extracting(AgreementComparison.ClauseChange::clauseId).containsExactlyInAnyOrder("welfare-medical", "other");
		assertThat(comparison.changes()).filteredOn(c -> c.clauseId().equals("other")).singleElement()
			.satisfies(c -> assertThat(c.moved()).containsExactly(
					"led by no agency (advice and signposting) → VICTIM_SUPPORT"));
		assertThat(comparison.changes()).filteredOn(c -> c.clauseId().equals("welfare-medical")).singleElement()
			.satisfies(c -> assertThat(c.moved()).singleElement().asString().contains("FALLEN_AT_HOME, SELF_HARM_IN_PROGRESS")
				.contains("→ when any of FALLEN_AT_HOME"));
	}

	@Test
	@WithUserDetails("admin")
	void publishing_a_new_version_supersedes_the_old_one_and_never_changes_it() {
		PartnershipAgreement before = agreements.inForce();
		String beforeYaml = agreements.exportYaml(before.ref());
		AgreementRef next = reviewed("next-" + UUID.randomUUID().toString().substring(0, 8));

		AgreementVersionView published = publishAsSecondAdmin(next);

		assertThat(published.status()).isEqualTo(AgreementStatus.PUBLISHED);
		assertThat(published.published()).get().extracting(AgreementVersionView.Step::by).isEqualTo("admin2");
		assertThat(agreements.inForce().ref()).isEqualTo(next);
		AgreementVersionView old = agreements.view(before.ref());
		assertThat(old.status()).isEqualTo(AgreementStatus.SUPERSEDED);
		assertThat(old.replacedBy()).contains(next);
		assertThat(old.superseded()).get().extracting(AgreementVersionView.Step::by).isEqualTo("admin2");
		assertThat(old.agreement().clauses()).isEqualTo(before.clauses());
		assertThat(old.published()).isEqualTo(agreements.view(before.ref()).published());
		assertThat(agreements.exportYaml(before.ref())).isEqualTo(beforeYaml);
		assertThat(jdbc.sql("select count(*) from partnership.agreement_version where status = 'PUBLISHED'")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(events.stream(AgreementPublished.class))
			.containsExactly(new AgreementPublished(next, before.ref()));
		assertThat(audit.entriesFor(PartnershipAgreements.AUDIT_SUBJECT, before.ref().toString()))
			.last()
			.satisfies(e -> {
				assertThat(e.action()).isEqualTo(AuditAction.ALTERATION);
				assertThat(e.reason()).isEqualTo("Agreement superseded");
			});
		assertThat(audit.entriesFor(PartnershipAgreements.AUDIT_SUBJECT, next.toString()))
			.extracting(AuditEntry::reason)
			.containsExactly("Agreement draft imported", "Agreement submitted for review", "Agreement published");
	}

	@Autowired
	AgreementVersions versions;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	/**
	 * The version in force is parsed once per version, not per call; a version put in force after it
	 * was parsed is used from its commit on, even one published by another instance of the
	 * application (a second service over the same database, which this instance hears nothing from).
	 */
	@Test
	@WithUserDetails("admin")
	void a_version_put_in_force_elsewhere_is_used_at_once_though_the_old_one_was_parsed() {
		PartnershipAgreement before = agreements.inForce();
		assertThat(agreements.inForce()).isSameAs(before);
		String version = "elsewhere-" + UUID.randomUUID().toString().substring(0, 8);
		AgreementRef next = agreements.importDraft(CurrentActor.require(), AgreementBuilder.nationalYamlAs(version,
				"title: \"National Partnership Agreement: Right Care, Right Person\"", "title: \"Published elsewhere\"")).ref();
		agreements.submitForReview(CurrentActor.require(), next);
		var otherInstance = new PartnershipAgreements(versions, audit, event -> {
		}, java.time.Clock.systemUTC());
		new org.springframework.transaction.support.TransactionTemplate(transactions)
			.executeWithoutResult(status -> otherInstance.publish(org.sightline.TestActors.SECOND_ADMIN, next));

		PartnershipAgreement now = agreements.inForce();

		assertThat(now.ref()).isEqualTo(next);
		assertThat(now.title()).isEqualTo("Published elsewhere");
		assertThat(now.status()).isEqualTo(AgreementStatus.PUBLISHED);
		assertThat(agreements.inForce()).isSameAs(now);
		assertThat(agreements.version(before.ref()).orElseThrow().status()).isEqualTo(AgreementStatus.SUPERSEDED);
	}

	@Test
	@WithUserDetails("admin")
	void a_past_version_stays_readable_by_its_ref_after_two_more_are_published() {
		AgreementRef first = reviewed("first-" + UUID.randomUUID().toString().substring(0, 8));
		publishAsSecondAdmin(first);
		PartnershipAgreement asPublished = agreements.inForce();
		AgreementRef second = reviewed("second-" + UUID.randomUUID().toString().substring(0, 8));
		publishAsSecondAdmin(second);
		AgreementRef third = reviewed("third-" + UUID.randomUUID().toString().substring(0, 8));
		publishAsSecondAdmin(third);

		PartnershipAgreement past = agreements.version(first).orElseThrow();

		assertThat(past.status()).isEqualTo(AgreementStatus.SUPERSEDED);
		assertThat(past.clauses()).isEqualTo(asPublished.clauses());
		assertThat(past.clauseFor(org.sightline.shared.Situation.SECTION_136_PLACE_OF_SAFETY, java.util.Set.of())
			.orElseThrow()
			.timers()).extracting(AgreementTimer::minutes).containsExactly(60, 1440);
		assertThat(agreements.view(first).replacedBy()).contains(second);
		assertThat(agreements.version(new AgreementRef("national-rcrp", "no-such-version"))).isEmpty();
	}

	@Test
	@WithUserDetails("admin")
	void a_draft_must_be_reviewed_before_it_is_published() {
		AgreementRef draft = agreements
			.importDraft(CurrentActor.require(),
					AgreementBuilder.nationalYamlAs("unreviewed-" + UUID.randomUUID().toString().substring(0, 8)))
			.ref();
		AgreementRef inForce = agreements.inForce().ref();

		assertThatThrownBy(() -> agreements.publish(CurrentActor.require(), draft)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("only a version in review can be published");
		assertThat(agreements.inForce().ref()).isEqualTo(inForce);
	}
}
