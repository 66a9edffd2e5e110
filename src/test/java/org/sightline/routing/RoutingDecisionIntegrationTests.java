package org.sightline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.assessment.AssessmentFixtures;
import org.sightline.assessment.AssessmentManagement;
import org.sightline.assessment.RecordAssessment;
import org.sightline.encounter.EncounterFixtures;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.encounter.Location;
import org.sightline.encounter.RecordEncounter;
import org.sightline.identity.CurrentActor;
import org.sightline.shared.InvalidInputException;
import org.sightline.supervision.ReviewItem;
import org.sightline.supervision.ReviewOutcome;
import org.sightline.supervision.SupervisionManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class RoutingDecisionIntegrationTests {

	@Autowired
	EncounterManagement encounters;

	@Autowired
	AssessmentManagement assessments;

	@Autowired
	RoutingManagement routing;

	@Autowired
	SupervisionManagement supervision;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.sightline.partnership.PartnershipAgreements agreements;

	/** An encounter in the given situation about one person, assessed once. */
	static EncounterId assessedEncounter(EncounterManagement encounters, AssessmentManagement assessments,
			String situation, int age, List<String> vulnerabilities, List<String> facts, String risk) {
		var person = new RecordEncounter.PersonDetails("SUBJECT", "Jo", "Doe", null, null, age, vulnerabilities,
				List.of(), List.of(), List.of(), null, null, List.of(), null);
		var command = new RecordEncounter("NON_EMERGENCY_CALL", Instant.now().minus(10, ChronoUnit.MINUTES),
				new Location("High Street", null, null), situation, "Test encounter", List.of(person));
		EncounterView encounter = encounters.record(CurrentActor.require(), command, Optional.empty()).encounter();
		var assessment = new RecordAssessment("INITIAL", null, null, AssessmentFixtures.allElements(), "PRIORITY",
				AssessmentFixtures.fullRationale(),
				List.of(new RecordAssessment.PersonRisk(encounter.people().get(0).id(), risk)), facts, null, List.of(), null);
		assessments.record(CurrentActor.require(), new EncounterId(encounter.id()), assessment);
		return new EncounterId(encounter.id());
	}

	EncounterId welfareConcern() {
		return assessedEncounter(encounters, assessments, "CONCERN_FOR_WELFARE", 84, List.of("FALLEN_AT_HOME"), List.of(),
				"LOW");
	}

	static RoutingManagement.Decide accept() {
		return new RoutingManagement.Decide(null, null, null, null, null, null);
	}

	@Test
	@WithUserDetails("handler")
	void a_decision_records_the_recommendation_and_the_agreement_version_in_force() {
		EncounterId id = welfareConcern();
		RoutingDecisionView decision = routing.decide(CurrentActor.require(), id, accept());
		assertThat(decision.outcome()).isEqualTo(RoutingOutcome.PARTNER_ONLY);
		assertThat(decision.recommendation().primaryAgency()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("AMBULANCE"));
		assertThat(decision.recommendation().agreement().id()).isEqualTo("national-rcrp");
		// the stored decision keeps the reason for who responds, not only that there was one
		assertThat(decision.recommendation().reasons())
			.anySatisfy(reason -> assertThat(reason).containsIgnoringCase("ambulance"));
		assertThat(decision.callerStillToBeTold()).isTrue();
		assertThat(jdbc.sql("select agreement_version from routing.routing_decision where id = :id").param("id", decision.id())
			.query(String.class).single()).isEqualTo(agreements.inForce().version());
	}

	@Test
	@WithUserDetails("handler")
	void the_assessors_high_risk_reaches_the_route_and_a_decision_sending_no_police_goes_to_a_supervisor_as_under_triage() {
		EncounterId id = assessedEncounter(encounters, assessments, "CONCERN_FOR_WELFARE", 84, List.of("FALLEN_AT_HOME"),
				List.of(), "HIGH");
		RoutingManagement.Recommendation recommended = routing.recommend(CurrentActor.require(), id,
				java.util.OptionalInt.empty(), java.util.OptionalInt.empty());
		assertThat(recommended.routing().riskLevel()).isEqualTo(org.sightline.assessment.RiskLevel.HIGH);
		assertThat(recommended.routing().outcome()).isEqualTo(RoutingOutcome.POLICE_PRIMARY);
		assertThat(recommended.routing().reasons()).anyMatch(r -> r.contains("THRIVE assessment graded Jo Doe high risk"));

		RoutingDecisionView decision = routing.decide(CurrentActor.require(), id,
				new RoutingManagement.Decide("PARTNER_ONLY", "The ambulance is already there.", null, null, null, null));
		List<ReviewItem> items = supervision.itemsFor(RoutingManagement.AUDIT_SUBJECT, decision.id().toString());
		assertThat(items).extracting(ReviewItem::reasonCode).containsExactlyInAnyOrder("ROUTING_OVERRIDE", "UNDER_TRIAGE");
		assertThat(items).filteredOn(i -> i.reasonCode().equals("UNDER_TRIAGE")).singleElement()
			.satisfies(i -> assertThat(i.reason()).contains("no police to a high risk"));
	}

	@Test
	@WithUserDetails("handler")
	void when_police_will_not_attend_what_the_caller_was_told_and_when_is_recorded() {
		RoutingDecisionView decision = routing.decide(CurrentActor.require(), welfareConcern(), accept());
		Instant told = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.SECONDS);
		RoutingDecisionView after = routing.recordCallerInformed(CurrentActor.require(), decision.id(),
				"Ambulance is coming within the hour; call 999 if she gets worse.", told);
		assertThat(after.callerStillToBeTold()).isFalse();
		assertThat(after.callerNotices()).singleElement().satisfies(n -> {
			assertThat(n.toldAt()).isEqualTo(told);
			assertThat(n.whatTold()).contains("Ambulance");
			assertThat(n.recordedBy()).isEqualTo("handler");
		});
		assertThatThrownBy(() -> routing.recordCallerInformed(CurrentActor.require(), decision.id(), " ", null))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	@WithUserDetails("handler")
	void an_override_needs_a_rationale_and_a_rejected_one_stores_nothing() {
		EncounterId id = welfareConcern();
		long before = jdbc.sql("select count(*) from routing.routing_decision").query(Long.class).single();
		assertThatThrownBy(() -> routing.decide(CurrentActor.require(), id,
				new RoutingManagement.Decide("POLICE_PRIMARY", null, null, null, null, null)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("overrideRationale");
		assertThat(jdbc.sql("select count(*) from routing.routing_decision").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("supervisor")
	void every_override_goes_to_another_supervisor_who_ratifies_or_overturns_it() {
		EncounterId id = welfareConcern();
		RoutingDecisionView decision = org.sightline.TestActors.as(org.sightline.TestActors.HANDLER,
				() -> routing.decide(org.sightline.TestActors.HANDLER, id, new RoutingManagement.Decide("POLICE_PRIMARY",
						"Neighbour says she has been on the floor all night", null, null, null, null)));
		assertThat(decision.overridden()).isTrue();
		ReviewItem item = supervision.itemsFor("ROUTING_DECISION", decision.id().toString()).get(0);
		assertThat(item.reasonCode()).isEqualTo("ROUTING_OVERRIDE");

		supervision.decide(CurrentActor.require(), item.id(), ReviewOutcome.RATIFIED, "Right call");

		RoutingDecisionView reviewed = routing.decisions(CurrentActor.require(), id).get(0);
		assertThat(reviewed.overrideReview()).contains("RATIFIED");
	}

	@Test
	@WithUserDetails("supervisor")
	void a_supervisor_cannot_ratify_their_own_override_four_eyes() {
		EncounterId id = welfareConcern();
		RoutingDecisionView decision = routing.decide(CurrentActor.require(), id,
				new RoutingManagement.Decide("POLICE_PRIMARY", "I want officers there", null, null, null, null));
		ReviewItem item = supervision.itemsFor("ROUTING_DECISION", decision.id().toString()).get(0);

		assertThatThrownBy(() -> supervision.decide(CurrentActor.require(), item.id(), ReviewOutcome.RATIFIED, "Fine"))
			.isInstanceOf(org.sightline.shared.ConflictException.class)
			.hasMessageContaining("another supervisor must");
		assertThat(supervision.itemsFor("ROUTING_DECISION", decision.id().toString()).get(0).open()).isTrue();
		assertThat(jdbc.sql("select count(*) from audit.audit_entry where subject_type = 'REVIEW_ITEM' and subject_id = :id "
				+ "and action = 'REFUSAL' and actor = 'supervisor'").param("id", item.id().toString()).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	@WithUserDetails("handler")
	void a_decision_cannot_be_made_before_the_encounter_is_assessed() {
		var command = EncounterFixtures.encounter(Instant.now().minusSeconds(600));
		EncounterView encounter = encounters.record(CurrentActor.require(), command, Optional.empty()).encounter();
		assertThatThrownBy(() -> routing.decide(CurrentActor.require(), new EncounterId(encounter.id()), accept()))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("Assess the encounter");
	}

	@Test
	@WithUserDetails("responder")
	void a_handover_timer_that_runs_out_is_breached_and_goes_to_a_supervisor() {
		EncounterId id = assessedEncounter(encounters, assessments, "SECTION_136_PLACE_OF_SAFETY", 30,
				List.of("MENTAL_ILL_HEALTH"), List.of(), "MEDIUM");
		RoutingDecisionView decision = routing.decide(CurrentActor.require(), id, accept());
		assertThat(decision.outcome()).isEqualTo(RoutingOutcome.PARTNER_PRIMARY_POLICE_SUPPORTING);
		assertThat(decision.timers()).isEmpty();

		Instant arrivedLongAgo = Instant.now().minus(61, ChronoUnit.MINUTES);
		RoutingDecisionView running = routing.recordEvent(CurrentActor.require(), decision.id(),
				"ARRIVED_AT_HEALTH_PLACE_OF_SAFETY", arrivedLongAgo);
		assertThat(running.timers()).extracting(RoutingDecisionView.TimerView::code)
			.containsExactlyInAnyOrder("HANDOVER", "S136_DETENTION_LIMIT");
		UUID handover = running.timers().stream().filter(t -> t.code().equals("HANDOVER")).findFirst().orElseThrow().id();

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
				jdbc.sql("select status from routing.timer where id = :id").param("id", handover).query(String.class).single())
			.isEqualTo("BREACHED"));
		assertThat(jdbc.sql("select count(*) from supervision.review_item where subject_id = :id and reason_code = 'TIMER_BREACHED'")
			.param("id", handover.toString()).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select status from routing.timer where decision_id = :d and code = 'S136_DETENTION_LIMIT'")
			.param("d", decision.id()).query(String.class).single()).isEqualTo("RUNNING");
	}

	@Test
	@WithUserDetails("responder")
	void a_handover_done_in_time_is_not_breached() {
		EncounterId id = assessedEncounter(encounters, assessments, "SECTION_136_PLACE_OF_SAFETY", 30,
				List.of("MENTAL_ILL_HEALTH"), List.of(), "MEDIUM");
		RoutingDecisionView decision = routing.decide(CurrentActor.require(), id, accept());
		RoutingDecisionView running = routing.recordEvent(CurrentActor.require(), decision.id(),
				"ARRIVED_AT_HEALTH_PLACE_OF_SAFETY", Instant.now().minus(20, ChronoUnit.MINUTES));
		UUID handover = running.timers().stream().filter(t -> t.code().equals("HANDOVER")).findFirst().orElseThrow().id();
		assertThat(routing.completeTimer(CurrentActor.require(), handover)).isTrue();
		assertThat(routing.completeTimer(CurrentActor.require(), handover)).isFalse();
		assertThat(jdbc.sql("select count(*) from audit.audit_entry where subject_type = 'ROUTING_TIMER' and subject_id = :id")
			.param("id", handover.toString())
			.query(Long.class)
			.single()).as("a second completion changes nothing and is not logged as a change").isOne();
		assertThat(jdbc.sql("select status from routing.timer where id = :id").param("id", handover).query(String.class).single())
			.isEqualTo("COMPLETED");
	}
}
