package org.sightline.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sightline.assessment.AssessmentFixtures.initial;
import static org.sightline.assessment.AssessmentFixtures.reassessment;
import static org.sightline.assessment.AssessmentFixtures.withTools;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditEntry;
import org.sightline.audit.AuditTrail;
import org.sightline.encounter.EncounterFixtures;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.identity.CurrentActor;
import org.sightline.shared.ConflictException;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.RecordNotFoundException;
import org.sightline.supervision.ReviewItem;
import org.sightline.supervision.SupervisionManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@RecordApplicationEvents
class AssessmentIntegrationTests {

	@Autowired
	AssessmentManagement assessments;

	@Autowired
	EncounterManagement encounters;

	@Autowired
	SupervisionManagement supervision;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	EncounterView encounter;

	@BeforeEach
	void recordEncounter() {
		var handler = new org.sightline.shared.Actor("handler", "Handler",
				java.util.Set.of(org.sightline.shared.Role.CALL_HANDLER), Optional.empty());
		var auth = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("handler",
				null, org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_CALL_HANDLER"));
		var saved = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(auth);
		try {
			encounter = encounters
				.record(handler, EncounterFixtures.encounter(Instant.now().minus(1, ChronoUnit.HOURS)), Optional.empty())
				.encounter();
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(saved);
		}
	}

	List<RecordAssessment.PersonRisk> risks(String victim, String child) {
		return List.of(new RecordAssessment.PersonRisk(encounter.people().get(0).id(), victim),
				new RecordAssessment.PersonRisk(encounter.people().get(1).id(), child));
	}

	EncounterId encounterId() {
		return new EncounterId(encounter.id());
	}

	long rows() {
		return jdbc.sql("select count(*) from assessment.thrive_assessment").query(Long.class).single();
	}

	@Test
	@WithUserDetails("responder")
	void re_assessment_keeps_every_version_and_each_is_audited() {
		AssessmentView first = assessments.record(CurrentActor.require(), encounterId(), initial(risks("MEDIUM", "LOW")));
		AssessmentView second = assessments.record(CurrentActor.require(), encounterId(),
				reassessment(initial(risks("HIGH", "LOW")), "ON_SCENE", "Weapon seen on arrival", 1, "EMERGENCY"));

		List<AssessmentView> history = assessments.history(CurrentActor.require(), encounterId());
		assertThat(history).extracting(AssessmentView::version).containsExactly(1, 2);
		assertThat(history.get(0).grade()).isEqualTo(ResponseGrade.PRIORITY);
		assertThat(history.get(0).personRisks().get(0).riskLevel()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(history.get(1).changes()).contains("Response grade: Priority → Emergency");
		assertThat(history.get(1).snapshot().people()).hasSize(2);

		assertThat(audit.entriesFor("ASSESSMENT", first.id().toString())).extracting(AuditEntry::action)
			.startsWith(AuditAction.COLLECTION)
			.contains(AuditAction.CONSULTATION);
		assertThat(audit.entriesFor("ASSESSMENT", second.id().toString())).first()
			.extracting(AuditEntry::reason)
			.isEqualTo("RE-THRIVE (ON_SCENE)");
		assertThat(events.stream(AssessmentRecorded.class)).extracting(AssessmentRecorded::version).containsExactly(1, 2);
	}

	@Test
	@WithUserDetails("responder")
	void a_stored_version_can_never_be_changed_or_deleted() {
		AssessmentView view = assessments.record(CurrentActor.require(), encounterId(), initial(risks("LOW", "LOW")));
		assertThatThrownBy(() -> jdbc.sql("update assessment.thrive_assessment set grade = 'EMERGENCY' where id = :id")
			.param("id", view.id()).update()).hasMessageContaining("never changed");
		assertThatThrownBy(() -> jdbc.sql("delete from assessment.thrive_assessment where id = :id")
			.param("id", view.id()).update()).hasMessageContaining("never changed");
	}

	@Test
	@WithUserDetails("responder")
	void a_high_risk_and_a_judgement_above_the_tool_go_to_the_supervisor_queue() {
		var dash = new RecordAssessment.ToolAnswers("DASH", encounter.people().get(0).id(),
				DashAnswersBuilder.firstYes(4).build(), new RecordAssessment.Judgement("HIGH", "Strangled last week"));
		AssessmentView view = assessments.record(CurrentActor.require(), encounterId(),
				withTools(initial(risks("HIGH", "LOW")), List.of(dash)));

		List<ReviewItem> items = supervision.itemsFor("ASSESSMENT", view.id().toString());
		assertThat(items).extracting(ReviewItem::reasonCode)
			.containsExactlyInAnyOrder("HIGH_RISK", "JUDGEMENT_DIFFERS_FROM_TOOL:DASH:" + encounter.people().get(0).id(),
					// a domestic abuse victim graded high on the DASH meets a MARAC criterion (professional judgement)
					"MARAC_REFERRAL_DUE:" + encounter.people().get(0).id());
		assertThat(items).allSatisfy(item -> assertThat(item.subject().link())
			.isEqualTo("/encounters/" + encounter.id() + "#version-1"));
		assertThat(view.tools().get(0).toolVersion()).isNotBlank();
	}

	@Test
	@WithUserDetails("responder")
	void a_rejected_assessment_stores_nothing() {
		long before = rows();
		long auditBefore = jdbc.sql("select count(*) from audit.audit_entry where subject_type = 'ASSESSMENT'")
			.query(Long.class).single();
		var dash = new RecordAssessment.ToolAnswers("DASH", encounter.people().get(0).id(),
				DashAnswersBuilder.firstYes(15).build(), null);
		assertThatThrownBy(() -> assessments.record(CurrentActor.require(), encounterId(),
				withTools(initial(risks("LOW", "LOW")), List.of(dash))))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("personRisks[0].riskLevel");
		assertThat(rows()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from audit.audit_entry where subject_type = 'ASSESSMENT'")
			.query(Long.class).single()).isEqualTo(auditBefore);
		assertThat(events.stream(AssessmentRecorded.class)).isEmpty();
	}

	@Test
	@WithUserDetails("responder")
	void a_re_assessment_based_on_an_old_version_is_a_conflict() {
		assessments.record(CurrentActor.require(), encounterId(), initial(risks("LOW", "LOW")));
		assessments.record(CurrentActor.require(), encounterId(),
				reassessment(initial(risks("LOW", "LOW")), "RECONTACT", "Caller rang back", 1, "PRIORITY"));
		assertThatThrownBy(() -> assessments.record(CurrentActor.require(), encounterId(),
				reassessment(initial(risks("LOW", "LOW")), "NEW_INFORMATION", "School rang", 1, "SCHEDULED")))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	@WithUserDetails("analyst")
	void someone_who_may_not_read_the_encounter_cannot_read_its_assessments() {
		assertThatThrownBy(() -> assessments.history(CurrentActor.require(), encounterId()))
			.isInstanceOf(RecordNotFoundException.class);
		// the refused attempt is kept in the audit log although the request was rolled back
		assertThat(audit.entriesFor("ENCOUNTER", encounterId().toString()))
			.anySatisfy(entry -> assertThat(entry.action()).isEqualTo(AuditAction.REFUSAL));
		assertThatThrownBy(() -> assessments.history(CurrentActor.require(), new EncounterId(UUID.randomUUID())))
			.isInstanceOf(RecordNotFoundException.class);
	}
}
