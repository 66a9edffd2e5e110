package org.sightline.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.TestActors;
import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.encounter.EncounterFixtures;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.RecordEncounter;
import org.sightline.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** A restricted record: others learn that it exists, never whose it is; the named roles open it with a reason. */
@SpringBootTest
class PersonRestrictionTests {

	@Autowired
	EncounterManagement encounters;

	@Autowired
	PersonIndex index;

	@Autowired
	PersonLinking linking;

	@Autowired
	PersonRestrictions restrictions;

	@Autowired
	AuditTrail audit;

	@Test
	void a_restricted_person_is_hidden_from_other_roles_and_open_to_the_named_ones() {
		String family = TestActors.uniqueSurname("Constable");
		var command = EncounterFixtures.encounter(java.time.Instant.now().minusSeconds(3600),
				new RecordEncounter.PersonDetails("VICTIM", "Jordan", family, null, LocalDate.of(1985, 4, 4), null, List.of(),
						List.of(), List.of(), List.of(), null, null, List.of(), null));
		UUID person = TestActors.as(TestActors.RESPONDER,
				() -> encounters.record(TestActors.RESPONDER, command, Optional.empty()).encounter().people().get(0).personId());

		TestActors.as(TestActors.SUPERVISOR, () -> {
			restrictions.restrict(TestActors.SUPERVISOR, new PersonId(person), "Police colleague as victim",
					EnumSet.of(Role.SUPERVISOR));
			return null;
		});

		PersonQuery query = new PersonQuery("Jordan", family, Optional.of(LocalDate.of(1985, 4, 4)), Optional.empty());
		Candidate seenByHandler = TestActors.as(TestActors.HANDLER, () -> index.search(TestActors.HANDLER, query)).get(0);
		assertThat(seenByHandler.familyName()).isEqualTo("Restricted record");
		assertThat(seenByHandler.givenName()).isNull();
		assertThat(seenByHandler.dateOfBirth()).isNull();
		assertThatThrownBy(() -> TestActors.as(TestActors.HANDLER,
				() -> linking.profile(TestActors.HANDLER, new PersonId(person), "Welfare visit")))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(audit.entriesFor(PersonIndex.AUDIT_SUBJECT, person.toString()))
			.anySatisfy(e -> {
				assertThat(e.action()).isEqualTo(AuditAction.REFUSAL);
				assertThat(e.actor()).isEqualTo("handler");
			});

		Candidate seenBySupervisor = TestActors.as(TestActors.SUPERVISOR, () -> index.search(TestActors.SUPERVISOR, query)).get(0);
		assertThat(seenBySupervisor.familyName()).isEqualTo(family);
		assertThat(TestActors.as(TestActors.SUPERVISOR,
				() -> linking.profile(TestActors.SUPERVISOR, new PersonId(person), "Supervision")).familyName()).isEqualTo(family);

		TestActors.as(TestActors.HUB, () -> {
			restrictions.lift(TestActors.HUB, new PersonId(person));
			return null;
		});
		assertThat(TestActors.as(TestActors.HANDLER, () -> index.search(TestActors.HANDLER, query)).get(0).familyName())
			.isEqualTo(family);
	}

	@Test
	void a_restriction_needs_a_reason_and_roles() {
		assertThatThrownBy(() -> TestActors.as(TestActors.SUPERVISOR, () -> {
			restrictions.restrict(TestActors.SUPERVISOR, new PersonId(UUID.randomUUID()), " ", EnumSet.noneOf(Role.class));
			return null;
		})).isInstanceOf(org.sightline.shared.InvalidInputException.class)
			.hasMessageContaining("restrictionReason").hasMessageContaining("allowedRoles");
	}
}
