package org.sightline.encounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sightline.assessment.AssessmentFixtures;
import org.sightline.assessment.AssessmentManagement;
import org.sightline.assessment.RecordAssessment;
import org.sightline.identity.CurrentActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The live incidents list is cut to a length; a grade chosen narrows the query before the cut, so
 * an emergency older than the newest incidents is still listed, and a cut list says it was cut.
 */
// a list of three, in an application of its own, so that a handful of encounters fills it
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sightline.encounters.list-limit=3")
@AutoConfigureMockMvc
class LiveIncidentListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EncounterManagement encounters;

	@Autowired
	AssessmentManagement assessments;

	EncounterView record(String familyName, int minutesAgo) {
		var person = new RecordEncounter.PersonDetails("SUBJECT", "Jo", familyName, null, null, 40, List.of(), List.of(),
				List.of(), List.of(), null, null, List.of(), null);
		var command = new RecordEncounter("EMERGENCY_CALL", Instant.now().minus(minutesAgo, ChronoUnit.MINUTES),
				new Location("High Street", null, null), "CONCERN_FOR_WELFARE", "Test encounter", List.of(person));
		return encounters.record(CurrentActor.require(), command, Optional.empty()).encounter();
	}

	void grade(EncounterView encounter, String grade) {
		assessments.record(CurrentActor.require(), new EncounterId(encounter.id()),
				new RecordAssessment("INITIAL", null, null, AssessmentFixtures.allElements(), grade,
						AssessmentFixtures.fullRationale(),
						List.of(new RecordAssessment.PersonRisk(encounter.people().get(0).id(), "HIGH")), List.of(), null,
						List.of(), null));
	}

	@Test
	@WithUserDetails("responder")
	void an_emergency_older_than_the_newest_incidents_is_listed_when_emergencies_are_asked_for() throws Exception {
		EncounterView oldest = record("Oldestemergency", 50);
		grade(oldest, "EMERGENCY");
		for (int i = 0; i < 3; i++) {
			grade(record("Newer" + (char) ('a' + i), 40 - i), "SCHEDULED");
		}

		Document all = Jsoup.parse(mvc.perform(get("/encounters")).andReturn().getResponse().getContentAsString());
		assertThat(all.select("#encounters tbody tr")).hasSize(3);
		assertThat(all.select("#encounters").text()).doesNotContain(oldest.reference());
		assertThat(all.select("#list-cut").text()).contains("Only the newest 3 are shown");

		Document emergencies = Jsoup
			.parse(mvc.perform(get("/encounters").param("grade", "EMERGENCY")).andReturn().getResponse().getContentAsString());
		assertThat(emergencies.select("#encounters").text()).contains(oldest.reference());
		assertThat(emergencies.select("#encounters tbody tr")).allSatisfy(row -> assertThat(row.text()).contains("Emergency"));
	}
}
