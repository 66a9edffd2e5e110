package org.sightline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** The supervisor's and data protection officer's audit page: search, names not ids, pages, CSV. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail audit;

	@Test
	@WithUserDetails("supervisor")
	void a_search_by_user_and_action_shows_only_matching_entries_in_plain_words_with_names() throws Exception {
		String record = UUID.randomUUID().toString();
		audit.record("analyst", AuditAction.REFUSAL, "ENCOUNTER", record, "Refused by role", null);
		audit.record("responder", AuditAction.CONSULTATION, "ENCOUNTER", record, "Live incident", null);

		mvc.perform(get("/audit").param("user", "analyst").param("action", "REFUSAL").param("record", record))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 entry")))
			.andExpect(content().string(containsString("Ana Lister (analyst) (analyst)")))
			.andExpect(content().string(containsString(">Refused<")))
			.andExpect(content().string(not(containsString(">Live incident<"))));
	}

	@Test
	@WithUserDetails("supervisor")
	void many_entries_come_in_pages_of_fifty_newest_first() throws Exception {
		String record = UUID.randomUUID().toString();
		for (int i = 0; i < 51; i++) {
			audit.record("handler", AuditAction.CONSULTATION, "TEST", record, "Reading " + i, null);
		}
		mvc.perform(get("/audit").param("record", record))
			.andExpect(content().string(containsString("51 entries")))
			.andExpect(content().string(containsString("Page 1 of 2")))
			.andExpect(content().string(containsString("Reading 50")))
			.andExpect(content().string(not(containsString(">Reading 0<"))));
		mvc.perform(get("/audit").param("record", record).param("page", "2"))
			.andExpect(content().string(containsString(">Reading 0<")));
	}

	@Test
	@WithUserDetails("supervisor")
	void the_csv_export_is_safe_in_a_spreadsheet_and_is_itself_audited_as_a_disclosure() throws Exception {
		String record = UUID.randomUUID().toString();
		audit.record("handler", AuditAction.CONSULTATION, "TEST", record, "=HYPERLINK(\"http://evil.example\",\"x\")", null);

		String csv = mvc.perform(get("/audit/export").param("record", record))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(csv).startsWith("when,who,username,what,record,record_type,record_id,why,detail\n")
			.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")
			.doesNotContain(",=HYPERLINK");
		assertThat(audit.entriesFor("AUDIT_LOG", "export")).last()
			.satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.DISCLOSURE));
	}

	@Test
	@WithUserDetails("supervisor")
	void a_bad_date_shows_the_error_summary_and_keeps_the_filters() throws Exception {
		mvc.perform(get("/audit").param("from", "yesterday").param("user", "handler"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter a date like 2026-11-30")))
			.andExpect(content().string(containsString("value=\"handler\"")));
	}
}
