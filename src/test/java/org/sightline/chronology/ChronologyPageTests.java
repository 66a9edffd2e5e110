package org.sightline.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.GovukFormErrors;
import org.sightline.SessionCookie;
import org.sightline.TestActors;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditEntry;
import org.sightline.audit.AuditTrail;
import org.sightline.encounter.EncounterFixtures;
import org.sightline.identity.CurrentActor;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.EncounterView;
import org.sightline.encounter.RecordEncounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** The person page: a reason first (audited), then the chronology newest first. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ChronologyPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EncounterManagement encounters;

	@Autowired
	AuditTrail audit;

	EncounterView record(String situation, int daysAgo, String family) {
		RecordEncounter base = EncounterFixtures.encounter(Instant.now().minus(daysAgo, ChronoUnit.DAYS),
				new RecordEncounter.PersonDetails("SUBJECT", "Morgan", family, null, LocalDate.of(1982, 11, 5), null,
						List.of(), List.of(), List.of(), List.of(), null, null, List.of(), null));
		RecordEncounter command = new RecordEncounter(base.source(), base.occurredAt(), base.location(), situation,
				base.narrative(), base.people());
		return encounters.record(CurrentActor.require(), command, Optional.empty()).encounter();
	}

	@Test
	@WithUserDetails("handler")
	void opening_a_person_asks_for_a_reason_before_showing_anything() throws Exception {
		String family = TestActors.uniqueSurname("Trevelyan");
		UUID person = record("CONCERN_FOR_WELFARE", 3, family).people().get(0).personId();

		mvc.perform(get("/people/" + person))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Why are you opening this person")))
			.andExpect(content().string(not(containsString(family))));
	}

	@Test
	@WithUserDetails("handler")
	void no_reason_shows_the_error_summary_and_other_without_words_keeps_the_choice() throws Exception {
		UUID person = record("CONCERN_FOR_WELFARE", 3, TestActors.uniqueSurname("Penhaligon"))
			.people().get(0).personId();

		String noReason = mvc.perform(post("/people/" + person + "/access").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Select why you need to open")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		GovukFormErrors.assertShownBeside(noReason, "reason", "Select why you need to open this person's record");
		String noWords = mvc.perform(post("/people/" + person + "/access").with(csrf()).param("reason", "OTHER").param("otherReason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Say why you need to open")))
			.andExpect(content().string(containsString("value=\"OTHER\" checked=\"checked\"")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		GovukFormErrors.assertShownBeside(noWords, "otherReason", "Say why you need to open this person's record");
	}

	@Test
	@WithUserDetails("handler")
	void with_a_reason_the_chronology_lists_every_contact_newest_first_and_the_reason_is_audited() throws Exception {
		String family = TestActors.uniqueSurname("Carrow");
		EncounterView older = record("MISSING_PERSON", 40, family);
		EncounterView newer = record("CONCERN_FOR_WELFARE", 2, family);
		UUID person = newer.people().get(0).personId();
		var session = SessionCookie.from(mvc.perform(post("/people/" + person + "/access").with(csrf()).param("reason", "OTHER")
			.param("otherReason", "Checking history before a welfare visit"))
			.andExpect(redirectedUrl("/people/" + person)).andReturn());
		String page = mvc.perform(get("/people/" + person).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Morgan " + family)))
			.andExpect(content().string(containsString("Missing episode")))
			.andExpect(content().string(containsString("2 contacts in 90 days")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page.indexOf(newer.reference())).isPositive().isLessThan(page.indexOf(older.reference()));
		List<AuditEntry> entries = audit.entriesFor("PERSON", person.toString());
		assertThat(entries).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo(AuditAction.CONSULTATION);
			assertThat(e.actor()).isEqualTo("handler");
			assertThat(e.reason()).isEqualTo("Other: Checking history before a welfare visit");
		});
	}

	@Test
	@WithUserDetails("supervisor")
	void a_supervisor_sees_who_has_viewed_the_person_with_names_and_reasons_and_a_handler_does_not() throws Exception {
		String family = TestActors.uniqueSurname("Viewed");
		UUID person = record("CONCERN_FOR_WELFARE", 2, family).people().get(0).personId();
		// the handler read the person earlier, with a reason (as the person page records it)
		audit.record("handler", AuditAction.CONSULTATION, "PERSON", person.toString(), "Other: Welfare visit tonight", null);
		var session = SessionCookie.from(mvc.perform(post("/people/" + person + "/access").with(csrf()).param("reason", "SUPERVISION")).andReturn());

		mvc.perform(get("/people/" + person).cookie(session))
			.andExpect(content().string(containsString("Who has viewed this person")))
			.andExpect(content().string(containsString("Hannah Hale (call handler) (handler): Other: Welfare visit tonight")));
	}

	@Test
	@WithUserDetails("handler")
	void a_handler_is_not_shown_who_has_viewed_the_person() throws Exception {
		UUID person = record("CONCERN_FOR_WELFARE", 2, TestActors.uniqueSurname("Unviewed"))
			.people().get(0).personId();
		var session = SessionCookie.from(mvc.perform(post("/people/" + person + "/access").with(csrf()).param("reason", "SUPERVISION")).andReturn());
		mvc.perform(get("/people/" + person).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Who has viewed this person"))));
	}

	@Test
	@WithUserDetails("handler")
	void a_long_chronology_shows_the_newest_hundred_entries_and_offers_the_rest() throws Exception {
		String family = TestActors.uniqueSurname("Frequent");
		UUID person = null;
		for (int i = 0; i < 101; i++) {
			person = record("CONCERN_FOR_WELFARE", 300 - i, family).people().get(0).personId();
		}
		var session = SessionCookie.from(mvc.perform(post("/people/" + person + "/access").with(csrf()).param("reason", "SUPERVISION")).andReturn());

		String first = mvc.perform(get("/people/" + person).cookie(session))
			.andExpect(content().string(containsString("older entr")))
			.andReturn().getResponse().getContentAsString();
		String all = mvc.perform(get("/people/" + person).param("all", "true").cookie(session))
			.andReturn().getResponse().getContentAsString();

		int total = all.split("sl-chronology__entry\"", -1).length - 1;
		assertThat(total).isGreaterThan(100);
		assertThat(first.split("sl-chronology__entry\"", -1).length - 1).isEqualTo(100);
		assertThat(first).contains("Show " + (total - 100) + " older");
	}

	@Test
	@WithUserDetails("analyst")
	void an_analyst_may_not_open_a_person() throws Exception {
		// no encounter needed: the URL rule refuses before any lookup
		mvc.perform(get("/people/" + UUID.randomUUID())).andExpect(status().isForbidden());
	}
}
