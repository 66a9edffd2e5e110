package org.sightline.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.TestActors;
import org.sightline.encounter.EncounterFixtures;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.RecordEncounter;
import org.sightline.identity.CurrentActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** The supervisor's records review and subject access pages. */
@SpringBootTest
@AutoConfigureMockMvc
class RecordsReviewPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EncounterManagement encounters;

	@Autowired
	JdbcClient jdbc;

	UUID oldContact(String family) {
		var old = EncounterFixtures.encounter(java.time.Instant.now().minus(12 * 366, java.time.temporal.ChronoUnit.DAYS),
				new RecordEncounter.PersonDetails("SUBJECT", "Kit", family, null, LocalDate.of(1960, 1, 1), null, List.of(),
						List.of(), List.of(), List.of(), null, null, List.of(), null));
		return encounters.record(CurrentActor.require(), old, Optional.empty()).encounter().people().get(0).personId();
	}

	@Test
	@WithUserDetails("supervisor")
	void a_person_due_is_listed_and_disposing_needs_a_reason_and_a_confirmation() throws Exception {
		String family = TestActors.uniqueSurname("Overdue");
		UUID person = oldContact(family);
		mvc.perform(get("/records-review"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kit " + family)));

		mvc.perform(post("/records-review/" + person).with(csrf()).param("decision", "DISPOSE").param("reason", "No purpose"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tick to confirm")));
		assertThat(jdbc.sql("select count(*) from person.person where id = :id").param("id", person).query(Long.class).single())
			.as("nothing disposed without the confirmation").isEqualTo(1);

		mvc.perform(post("/records-review/" + person).with(csrf()).param("decision", "DISPOSE").param("reason", "No purpose")
			.param("confirm", "yes"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from person.person where id = :id").param("id", person).query(Long.class).single())
			.isZero();
	}

	@Test
	@WithUserDetails("supervisor")
	void a_subject_access_export_downloads_as_pdf_or_json_with_a_request_reference() throws Exception {
		UUID person = oldContact(TestActors.uniqueSurname("Requester"));
		mvc.perform(get("/people/" + person + "/subject-access"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("subject access request’s reference")));
		mvc.perform(get("/people/" + person + "/subject-access").param("request", "SAR-1").param("format", "pdf"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		mvc.perform(get("/people/" + person + "/subject-access").param("request", "SAR-1").param("format", "json"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"request\":\"SAR-1\"")))
			.andExpect(content().string(containsString("\"encounters\":[{")));
	}
}
