package org.sightline.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.GovukFormErrors;
import org.sightline.identity.CurrentActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** The merge, unmerge and possible-match pages, through Spring MVC with the real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PersonMergePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonIndex index;

	@Autowired
	PersonLinking linking;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	long aliases(PersonId person) {
		return jdbc.sql("select count(*) from person.person_alias where person_id = :id")
			.param("id", person.value())
			.query(Long.class)
			.single();
	}

	PersonId register(String given, String family) {
		return index.register(CurrentActor.require(), NewPerson.named(given, family, LocalDate.of(1977, 4, 4)));
	}

	@Test
	@WithUserDetails("hub")
	void the_hub_finds_the_other_record_by_name_merges_it_with_a_reason_and_undoes_it() throws Exception {
		String family = PersonLinkingIntegrationTests.uniqueSurname("Rhydderch");
		PersonId survivor = register("Cerys", family);
		PersonId other = register("Ceri", family);

		mvc.perform(get("/people/" + survivor + "/merge").param("name", "Ceri " + family))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + other + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"" + survivor + "\""))));

		mvc.perform(post("/people/" + survivor + "/merge").with(csrf()).param("name", "Ceri " + family)
			.param("otherId", other.toString())
			.param("reason", "Same NHS number"))
			.andExpect(redirectedUrl("/people/" + survivor));
		assertThat(linking.personOf(other)).isEqualTo(survivor);

		mvc.perform(post("/people/" + other + "/unmerge").with(csrf()).param("reason", "Sisters, not one person"))
			.andExpect(redirectedUrl("/people/" + survivor));
		assertThat(linking.personOf(other)).isEqualTo(other);
	}

	@Test
	@WithUserDetails("hub")
	void a_merge_without_a_choice_or_a_reason_shows_the_error_summary_and_keeps_the_search() throws Exception {
		String family = PersonLinkingIntegrationTests.uniqueSurname("Pugh");
		PersonId survivor = register("Eleri", family);
		register("Elery", family);

		String page = mvc.perform(post("/people/" + survivor + "/merge").with(csrf()).param("name", "Elery " + family))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Choose the record to merge into this person")))
			.andExpect(content().string(containsString("Enter why these records are the same person")))
			.andExpect(content().string(containsString("value=\"Elery " + family + "\"")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		GovukFormErrors.assertShownBeside(page, "otherId", "Choose the record to merge into this person");
		GovukFormErrors.assertShownBeside(page, "reason", "Enter why these records are the same person");
	}

	@Test
	@WithUserDetails("supervisor")
	void unmerging_a_record_that_was_never_merged_shows_why_it_is_refused() throws Exception {
		PersonId never = register("Gwyn", PersonLinkingIntegrationTests.uniqueSurname("Tudor"));

		String page = mvc.perform(post("/people/" + never + "/unmerge").with(csrf()).param("reason", "Checking"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("never merged")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		GovukFormErrors.assertShownBeside(page, "reason", "never merged");
		GovukFormErrors.assertKept(page, "reason", "Checking");
		assertThat(linking.personOf(never)).isEqualTo(never);
	}

	@Test
	@WithUserDetails("responder")
	void details_with_a_mistake_show_the_error_summary_keep_what_was_typed_and_add_nothing() throws Exception {
		PersonId person = register("Rhian", PersonLinkingIntegrationTests.uniqueSurname("Lloyd"));

		String page = mvc.perform(post("/people/" + person + "/details").with(csrf()).param("aliasGiven", "Rhi")
			.param("aliasFamily", "Pritchard")
			.param("phone", "ring the bell"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#phone\"")))
			.andExpect(content().string(containsString("value=\"Pritchard\"")))
			.andExpect(content().string(containsString("value=\"ring the bell\"")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		GovukFormErrors.assertShownBeside(page, "phone", "");
		assertThat(aliases(person)).isZero();

		mvc.perform(post("/people/" + person + "/details").with(csrf()).param("aliasGiven", "Rhi")
			.param("aliasFamily", "Pritchard")
			.param("phone", "029 2018 0000"))
			.andExpect(redirectedUrl("/people/" + person));
		assertThat(aliases(person)).isOne();
	}

	@Test
	@WithUserDetails("supervisor")
	void the_possible_matches_page_lists_nothing_unknown_and_an_unknown_match_is_not_found() throws Exception {
		mvc.perform(get("/people/matches")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Possible matches")));
		mvc.perform(get("/people/matches/" + UUID.randomUUID())).andExpect(status().isNotFound());
	}
}
