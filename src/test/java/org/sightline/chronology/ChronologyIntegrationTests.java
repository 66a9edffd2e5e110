package org.sightline.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sightline.TestActors;
import org.sightline.assessment.AssessmentFixtures;
import org.sightline.assessment.AssessmentManagement;
import org.sightline.assessment.RecordAssessment;
import org.sightline.audit.AuditTrail;
import org.sightline.encounter.EncounterFixtures;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.encounter.RecordEncounter;
import org.sightline.person.PersonId;
import org.sightline.referral.CreateReferral;
import org.sightline.referral.ReferralManagement;
import org.sightline.routing.RoutingManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The chronology gathers assessments, routing decisions and referrals about the person, newest first. */
@SpringBootTest
class ChronologyIntegrationTests {

	@Autowired
	EncounterManagement encounters;

	@Autowired
	AssessmentManagement assessments;

	@Autowired
	RoutingManagement routing;

	@Autowired
	ReferralManagement referrals;

	@Autowired
	Chronology chronology;

	@Autowired
	AuditTrail audit;

	@Test
	void every_kind_of_record_about_the_person_is_on_the_chronology_and_a_referral_about_someone_else_is_not() {
		String family = TestActors.uniqueSurname("Morgan");
		RecordEncounter.PersonDetails victim = EncounterFixtures.victim();
		RecordEncounter.PersonDetails her = new RecordEncounter.PersonDetails(victim.role(), "Carys", family, null,
				victim.dateOfBirth(), null, victim.vulnerabilities(), victim.barriers(), victim.communicationNeeds(),
				victim.adjustments(), victim.spokenToAlone(), victim.voice(), victim.checks(), victim.nextStepsExplained());
		RecordEncounter.PersonDetails child = new RecordEncounter.PersonDetails("CHILD_PRESENT", "Alex", family, null,
				null, 6, List.of(), List.of(), List.of(), List.of(), null, null, List.of(), null);
		EncounterView e = TestActors.as(TestActors.RESPONDER, () -> encounters.record(TestActors.RESPONDER,
				EncounterFixtures.encounter(Instant.now().minus(2, ChronoUnit.HOURS), her, child), Optional.empty())
			.encounter());
		EncounterId id = new EncounterId(e.id());
		TestActors.as(TestActors.RESPONDER, () -> assessments.record(TestActors.RESPONDER, id,
				AssessmentFixtures.initial(List.of(new RecordAssessment.PersonRisk(e.people().get(0).id(), "HIGH"),
						new RecordAssessment.PersonRisk(e.people().get(1).id(), "MEDIUM")))));
		TestActors.as(TestActors.RESPONDER, () -> routing.decide(TestActors.RESPONDER, id,
				new RoutingManagement.Decide(null, null, null, null, null, null)));
		TestActors.as(TestActors.RESPONDER, () -> referrals.create(TestActors.RESPONDER, new CreateReferral(e.id(),
				"CHILDRENS_SOCIAL_CARE", List.of(e.people().get(1).id()), "Child present", null, List.of("AGES"),
				"CHILDREN_ACT_2004_S11", "NOT_SOUGHT_PREJUDICE", "Would alert the suspect", true)));
		TestActors.as(TestActors.RESPONDER, () -> referrals.create(TestActors.RESPONDER, new CreateReferral(e.id(),
				"IDVA", List.of(e.people().get(0).id()), "High-risk victim", null, List.of("NAMES"),
				"DPA_PART3_S35_SCHED8_SAFEGUARDING", "GIVEN", null, true)));
		PersonId carys = new PersonId(e.people().get(0).personId());

		Chronology.PersonChronology page = TestActors.as(TestActors.HANDLER,
				() -> chronology.open(TestActors.HANDLER, carys, "Test"));

		assertThat(page.entries()).extracting(Chronology.Entry::kind)
			.containsExactly(Chronology.Kind.REFERRAL, Chronology.Kind.ROUTING, Chronology.Kind.ASSESSMENT,
					Chronology.Kind.ENCOUNTER);
		assertThat(page.entries().get(0).title()).contains("to IDVA");
		assertThat(page.entries().get(2).details()).anyMatch(d -> d.contains("highest risk: High"));
		for (String subject : List.of("ASSESSMENT", "ROUTING_DECISION", "REFERRAL")) {
			assertThat(audit.entriesFor(subject, "chronology:" + carys)).as(subject).singleElement()
				.satisfies(entry -> assertThat(entry.actor()).isEqualTo("handler"));
		}
	}
}
