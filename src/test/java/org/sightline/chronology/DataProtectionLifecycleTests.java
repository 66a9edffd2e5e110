package org.sightline.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.TestActors;
import org.sightline.assessment.AssessmentFixtures;
import org.sightline.assessment.AssessmentManagement;
import org.sightline.assessment.RecordAssessment;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditEntry;
import org.sightline.audit.AuditTrail;
import org.sightline.chronology.internal.RecordsReview;
import org.sightline.chronology.internal.SubjectAccess;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.identity.CurrentActor;
import org.sightline.person.PersonId;
import org.sightline.referral.CreateReferral;
import org.sightline.referral.ReferralManagement;
import org.sightline.routing.RoutingManagement;
import org.sightline.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The data-protection lifecycle on a demo person (Sam Taylor, three domestic abuse calls, one with
 * her child present): a subject access export holds every record linked to her, and a disposal
 * after review removes them all, in every module, leaving an audit entry with no personal data.
 */
@SpringBootTest(properties = "sightline.demo-records=true")
@DirtiesContext
class DataProtectionLifecycleTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SubjectAccess subjectAccess;

	@Autowired
	RecordsReview review;

	@Autowired
	EncounterManagement encounters;

	@Autowired
	AssessmentManagement assessments;

	@Autowired
	RoutingManagement routing;

	@Autowired
	ReferralManagement referrals;

	@Autowired
	AuditTrail audit;

	UUID sam() {
		return jdbc.sql("select distinct l.person_id from person.person_link l join person.person p on p.id = l.person_id "
				+ "where p.given_name = 'Sam' and p.family_name = 'Taylor'").query(UUID.class).single();
	}

	List<UUID> encountersOf(UUID person) {
		return jdbc.sql("select distinct encounter_id from person.person_link where person_id = :p").param("p", person)
			.query(UUID.class).list();
	}

	List<UUID> mentionsOf(UUID person) {
		return jdbc.sql("select source_id from person.person_link where person_id = :p").param("p", person)
			.query(UUID.class).list();
	}

	/** An assessment, a routing decision and a referral on her call without her child, as a supervisor makes them. */
	UUID assessedDecidedAndReferred(Actor actor, UUID person) {
		UUID alone = encountersOf(person).stream()
			.filter(e -> encounters.view(actor, new EncounterId(e)).people().size() == 1)
			.findFirst()
			.orElseThrow();
		EncounterView encounter = encounters.view(actor, new EncounterId(alone));
		assessments.record(actor, new EncounterId(alone), AssessmentFixtures.initial(
				List.of(new RecordAssessment.PersonRisk(encounter.people().get(0).id(), "HIGH"))));
		routing.decide(actor, new EncounterId(alone), new RoutingManagement.Decide(null, null, null, null, null, null));
		referrals.create(actor, new CreateReferral(alone, "IDVA", List.of(encounter.people().get(0).id()),
				"High-risk domestic abuse", "Threats to kill", List.of("NAMES"), "CONSENT", "GIVEN", null, true));
		return alone;
	}

	@Test
	@WithUserDetails("supervisor")
	@DirtiesContext // adds records to the demo person
	void the_subject_access_export_of_a_demo_person_holds_every_record_linked_to_them() {
		Actor supervisor = CurrentActor.require();
		UUID sam = sam();
		UUID assessed = assessedDecidedAndReferred(supervisor, sam);

		SubjectAccess.Export export = subjectAccess.export(supervisor, new PersonId(sam), "SAR-2026-0042");

		assertThat(export.person().displayName()).isEqualTo("Sam Taylor");
		assertThat(export.encounters()).extracting(EncounterView::id).containsExactlyInAnyOrderElementsOf(encountersOf(sam));
		assertThat(export.assessments()).extracting(a -> a.encounterId()).containsExactly(assessed);
		assertThat(export.routingDecisions()).singleElement().satisfies(d -> assertThat(d.encounterId()).isEqualTo(assessed));
		assertThat(export.referrals()).singleElement().satisfies(r -> assertThat(r.encounterId()).isEqualTo(assessed));
		assertThat(export.triggers()).extracting(TriggerFiring::ruleCode).contains("MARAC_POTENTIAL_ESCALATION");
		assertThat(SubjectAccess.pdf(export, java.time.ZoneId.of("Europe/London"))).startsWith("%PDF".getBytes());
		assertThat(audit.entriesFor("PERSON", sam.toString())).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo(AuditAction.DISCLOSURE);
			assertThat(e.reason()).isEqualTo("Subject access request SAR-2026-0042");
		});
		assertThatThrownBy(() -> subjectAccess.export(supervisor, new PersonId(sam), " "))
			.isInstanceOf(org.sightline.shared.InvalidInputException.class);
	}

	@Test
	@WithUserDetails("supervisor")
	@DirtiesContext // disposes of the demo person
	void a_disposal_after_review_removes_every_record_of_the_person_and_logs_it_without_personal_data() {
		Actor supervisor = CurrentActor.require();
		UUID sam = sam();
		assessedDecidedAndReferred(supervisor, sam);
		List<UUID> mentions = mentionsOf(sam);
		List<UUID> hers = encountersOf(sam);
		jdbc.sql("update encounter.encounter_person set sex = 'FEMALE', ethnicity = 'W1' where id in (:ids)")
			.param("ids", mentions).update();

		RecordsReview.Disposal disposal = review.dispose(supervisor, new PersonId(sam), "Review 2036: no policing purpose");

		assertThat(disposal.records()).isEqualTo(1);
		assertThat(disposal.mentionsAnonymised()).isEqualTo(3);
		assertThat(disposal.encountersDeleted()).as("the call about her alone").isEqualTo(1);
		assertThat(count("select count(*) from person.person where id = :id", sam)).isZero();
		assertThat(count("select count(*) from person.person_link where person_id = :id", sam)).isZero();
		assertThat(count("select count(*) from chronology.trigger_firing where person_id = :id", sam)).isZero();
		assertThat(jdbc.sql("select count(*) from encounter.encounter_person where id in (:ids) and (given_name is not null "
				+ "or family_name is not null or date_of_birth is not null)").param("ids", mentions).query(Long.class).single())
			.as("no mention of her keeps her name or date of birth").isZero();
		assertThat(jdbc.sql("select count(*) from encounter.encounter_person where id in (:ids) and (sex is not null "
				+ "or ethnicity is not null)").param("ids", mentions).query(Long.class).single())
			.as("nor her sex or ethnicity").isZero();
		assertThat(jdbc.sql("select count(*) from encounter.encounter where id in (:ids)").param("ids", hers)
			.query(Long.class).single()).as("the calls her child was at stay, without her").isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from assessment.thrive_assessment where encounter_id in (:ids)")
			.param("ids", hers).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from routing.routing_decision where encounter_id in (:ids)")
			.param("ids", hers).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from referral.referral where encounter_id in (:ids)")
			.param("ids", hers).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from encounter.encounter_person where given_name = 'Sam' and family_name = 'Taylor'")
			.query(Long.class).single()).isZero();

		AuditEntry erasure = audit.entriesFor("PERSON", sam.toString()).stream()
			.filter(e -> e.action() == AuditAction.ERASURE).findFirst().orElseThrow();
		assertThat(erasure.detail()).contains("encounters deleted=1").doesNotContain("Taylor").doesNotContain("Sam");
		assertThat(erasure.reason()).doesNotContain("Taylor");
	}

	@Test
	@WithUserDetails("supervisor")
	void a_person_is_due_for_review_after_the_forces_period_and_a_retained_one_leaves_the_queue() {
		Actor supervisor = CurrentActor.require();
		String family = TestActors.uniqueSurname("Longago");
		var old = org.sightline.encounter.EncounterFixtures.encounter(java.time.Instant.now().minus(7 * 366, java.time.temporal.ChronoUnit.DAYS),
				new org.sightline.encounter.RecordEncounter.PersonDetails("SUBJECT", "Robin", family, null, LocalDate.of(1970, 3, 3),
						null, List.of(), List.of(), List.of(), List.of(), null, null, List.of(), null));
		var welfare = new org.sightline.encounter.RecordEncounter(old.source(), old.occurredAt(), old.location(),
				"CONCERN_FOR_WELFARE", old.narrative(), old.people());
		UUID robin = encounters.record(supervisor, welfare, Optional.empty()).encounter().people().get(0).personId();
		UUID megan = jdbc.sql("select distinct l.person_id from person.person_link l join person.person p on p.id = l.person_id "
				+ "where p.given_name = 'Megan' and p.family_name = 'Pritchard'").query(UUID.class).single();

		assertThat(review.due(supervisor, 500)).extracting(d -> d.person().value())
			.as("a welfare contact seven years ago is past the six-year review; recent demo contacts are not")
			.contains(robin).doesNotContain(megan);

		assertThatThrownBy(() -> review.retain(supervisor, new PersonId(robin), "Open case", LocalDate.now().minusDays(1)))
			.isInstanceOf(org.sightline.shared.InvalidInputException.class)
			.hasMessageContaining("nextReview");
		review.retain(supervisor, new PersonId(robin), "Linked to an open investigation", LocalDate.now().plusYears(1));
		assertThat(review.due(supervisor, 500)).extracting(d -> d.person().value()).doesNotContain(robin);
	}

	long count(String sql, UUID id) {
		return jdbc.sql(sql).param("id", id).query(Long.class).single();
	}
}
