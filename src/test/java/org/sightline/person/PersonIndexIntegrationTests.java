package org.sightline.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditEntry;
import org.sightline.audit.AuditTrail;
import org.sightline.identity.CurrentActor;
import org.sightline.shared.Actor;
import org.sightline.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Searching the person index at the point of call, against the real PostgreSQL. */
@SpringBootTest
class PersonIndexIntegrationTests {

	@Autowired
	PersonIndex index;

	@Autowired
	AuditTrail audit;

	private List<Candidate> search(String name, LocalDate dateOfBirth) {
		return index.search(CurrentActor.require(), PersonQuery.of(name, dateOfBirth, null));
	}

	private PersonId register(String given, String family, LocalDate dateOfBirth) {
		return index.register(CurrentActor.require(), NewPerson.named(given, family, dateOfBirth));
	}

	@Test
	@WithUserDetails("handler")
	void a_misspelt_surname_finds_the_person_first_as_a_close_spelling() {
		PersonId taylor = register("Sam", "Taylor", LocalDate.of(1990, 5, 17));
		register("Sam", "Tyler", LocalDate.of(1985, 2, 3));
		register("Sam", "Naylor", LocalDate.of(1979, 11, 30));
		register("Samuel", "Tailby", null);

		List<Candidate> found = search("Sam Tayler", null);

		assertThat(found).isNotEmpty();
		assertThat(found.get(0).id()).isEqualTo(taylor);
		assertThat(found.get(0).rank()).isEqualTo(1);
		assertThat(found.get(0).evidence()).anyMatch(e -> e.startsWith("surname: close spelling"));
	}

	@Test
	@WithUserDetails("handler")
	void a_nickname_finds_the_person_under_their_formal_name() {
		PersonId robert = register("Robert", "Smithers", LocalDate.of(1970, 1, 20));
		register("Roberta", "Smithson", LocalDate.of(1971, 6, 2));
		register("Alan", "Smithers", LocalDate.of(1960, 8, 8));

		List<Candidate> found = search("Bob Smithers", null);

		assertThat(found.get(0).id()).isEqualTo(robert);
		assertThat(found.get(0).evidence()).anyMatch(e -> e.startsWith("given name: nickname"));
	}

	@Test
	@WithUserDetails("handler")
	void a_date_of_birth_with_day_and_month_swapped_outranks_the_same_name_born_on_another_day() {
		PersonId swapped = register("Megan", "Pritchard", LocalDate.of(1988, 4, 3));
		PersonId other = register("Megan", "Pritchard", LocalDate.of(1992, 9, 21));

		List<Candidate> found = search("Megan Pritchard", LocalDate.of(1988, 3, 4));

		assertThat(found).extracting(Candidate::id).startsWith(swapped, other);
		assertThat(found.get(0).evidence()).anyMatch(e -> e.startsWith("date of birth: day and month swapped"));
	}

	@Test
	@WithUserDetails("handler")
	void a_person_found_only_by_date_of_birth_is_still_a_candidate() {
		PersonId remarried = register("Olwen", "Hughes", LocalDate.of(1966, 12, 25));

		List<Candidate> found = search("Olwen Baptiste", LocalDate.of(1966, 12, 25));

		assertThat(found).extracting(Candidate::id).contains(remarried);
	}

	@Test
	@WithUserDetails("handler")
	void every_search_is_audited_as_a_consultation_without_the_name_sought() {
		int before = audit.entriesFor(PersonIndex.AUDIT_SUBJECT, "search").size();

		search("Ffion Vaughan-Jones", null);

		List<AuditEntry> entries = audit.entriesFor(PersonIndex.AUDIT_SUBJECT, "search");
		assertThat(entries).hasSize(before + 1);
		AuditEntry entry = entries.get(entries.size() - 1);
		assertThat(entry.action()).isEqualTo(AuditAction.CONSULTATION);
		assertThat(entry.reason()).isEqualTo("person search");
		assertThat(entry.actor()).isEqualTo("handler");
		assertThat(entry.detail()).doesNotContainIgnoringCase("ffion").doesNotContainIgnoringCase("vaughan");
	}

	@Test
	@WithUserDetails("handler")
	void a_person_is_found_by_another_name_a_phone_number_or_an_identifier() {
		PersonId daniel = index.register(CurrentActor.require(), new NewPerson("Daniel", "Okafor-Quist",
				LocalDate.of(1980, 1, 1), null, "MALE", List.of(new NewPerson.Name("Danny", "Brightwater")), List.of(),
				List.of("07700 900123"), List.of(new NewPerson.Identifier("PNC_ID", "01/123456X"))));

		assertThat(search("Danny Brightwater", null)).extracting(Candidate::id).first().isEqualTo(daniel);
		List<Candidate> byPhone = index.search(CurrentActor.require(),
				PersonQuery.of(null, null, null).withPhoneAndIdentifier("07700-900-123", null));
		assertThat(byPhone).singleElement().satisfies(c -> {
			assertThat(c.id()).isEqualTo(daniel);
			assertThat(c.evidence()).containsExactly("phone: same number – strong sign of the same person");
		});
		List<Candidate> byIdentifier = index.search(CurrentActor.require(),
				PersonQuery.of("Daniel Okafor-Quist", null, null).withPhoneAndIdentifier(null, "01/123456x"));
		assertThat(byIdentifier.get(0).id()).isEqualTo(daniel);
		assertThat(byIdentifier.get(0).evidence()).contains("identifier: same 01/123456X – strong sign of the same person");
	}

	@Test
	@WithUserDetails("handler")
	void every_evidence_line_says_in_words_what_the_field_says_about_a_match_without_statistics() {
		register("Iolo", "Prydderch", LocalDate.of(1955, 3, 3));

		assertThat(search("Iolo Prydderch", LocalDate.of(1955, 3, 3)).get(0).evidence())
			.allMatch(line -> line.matches(".+: .+ – (strong sign of the same person|points to the same person|says little either way"
					+ "|points to different people|strong sign of different people)"))
			.noneMatch(line -> line.contains("Jaro") || line.matches(".*\\d\\.\\d.*"));
	}

	@Test
	@WithUserDetails("handler")
	void a_search_needs_a_name() {
		Actor handler = CurrentActor.require();
		assertThatThrownBy(() -> index.search(handler, PersonQuery.of("  ", LocalDate.of(1990, 1, 1), null)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("Enter a name");
	}

	@Test
	@WithUserDetails("partner-csc")
	void a_partner_practitioner_may_not_search_the_index() {
		Actor partner = CurrentActor.require();
		assertThatThrownBy(() -> index.search(partner, PersonQuery.of("Sam Taylor", null, null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("analyst")
	void an_analyst_may_not_search_the_index() {
		Actor analyst = CurrentActor.require();
		assertThatThrownBy(() -> index.search(analyst, PersonQuery.of("Sam Taylor", null, null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void surnames_enter_their_trigram_index_at_once_so_no_search_reads_every_surname() {
		// a GIN pending list makes the planner scan the whole surname table on every search
		String options = jdbc.sql("select array_to_string(reloptions, ',') from pg_class where oid = 'person.family_name_trigram'::regclass")
			.query(String.class)
			.single();
		assertThat(options).contains("fastupdate=off");
	}
}
